package io.github.vertxtim.api.group;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.List;
import java.util.Map;

/**
 * Answer of get_admin_list: the AVChatRoom's admins.
 *
 * @see <a href="https://trtc.io/document/60524">Obtaining the List of Live Streaming Group Administrators</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetAdminListResult(@JsonProperty("Admin_List") List<Admin> admins,
                                 @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public GetAdminListResult {
    admins = admins == null ? List.of() : List.copyOf(admins);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public List<String> adminAccounts() {
    return admins.stream().map(Admin::adminAccount).toList();
  }

  /**
   * An admin: UserID, avatar URL and nickname.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Admin(@JsonProperty("Admin_Account") String adminAccount,
                      @JsonProperty("Avatar") String avatar,
                      @JsonProperty("NickName") String nickName,
                      @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
      implements JsonRecord {

    public Admin {
      unknownFields = JsonRecord.copyOf(unknownFields);
    }
  }
}
