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
 * Body of get_role_in_group: up to 500 users whose role in one group to read.
 *
 * @see <a href="https://www.tencentcloud.com/document/product/1047/34963">Querying the Roles of Users in a Group</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetRoleInGroupRequest(@JsonProperty("GroupId") String groupId,
                                    @JsonProperty("User_Account") List<String> userAccount,
                                    @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public GetRoleInGroupRequest {
    Objects.requireNonNull(groupId, "GroupId");
    Objects.requireNonNull(userAccount, "User_Account");
    userAccount = userAccount == null ? null : List.copyOf(userAccount);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public GetRoleInGroupRequest(String groupId, List<String> userAccount) {
    this(groupId, userAccount, null);
  }
}
