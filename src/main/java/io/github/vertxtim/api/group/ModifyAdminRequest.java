package io.github.vertxtim.api.group;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Body of modify_admin: makes accounts AVChatRoom admins ({@value #SET_ADMIN}) or no longer admins
 * ({@value #UNSET_ADMIN}). An admin need not be in the room and stays admin when it leaves; a room has at most
 * 5 admins.
 *
 * @see <a href="https://www.tencentcloud.com/document/product/1047/60525">Setting/Deleting Live Streaming Group Administrators</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ModifyAdminRequest(@JsonProperty("GroupId") String groupId,
                                 @JsonProperty("CommandType") Integer commandType,
                                 @JsonProperty("Admin_Account") List<String> adminAccounts,
                                 @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public ModifyAdminRequest {
    Objects.requireNonNull(groupId, "GroupId");
    Objects.requireNonNull(commandType, "CommandType");
    Objects.requireNonNull(adminAccounts, "Admin_Account");
    adminAccounts = List.copyOf(adminAccounts);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public static final int SET_ADMIN = 1;
  public static final int UNSET_ADMIN = 2;

  public ModifyAdminRequest(String groupId, int commandType, List<String> adminAccounts) {
    this(groupId, commandType, adminAccounts, null);
  }
}
