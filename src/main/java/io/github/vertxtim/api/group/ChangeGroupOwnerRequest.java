package io.github.vertxtim.api.group;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.Map;
import java.util.Objects;

/**
 * Body of change_group_owner: the group and its new owner, already a member.
 *
 * @see <a href="https://www.tencentcloud.com/document/product/1047/34966">Changing the Group Owner</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChangeGroupOwnerRequest(@JsonProperty("GroupId") String groupId,
                                      @JsonProperty("NewOwner_Account") String newOwnerAccount,
                                      @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public ChangeGroupOwnerRequest {
    Objects.requireNonNull(groupId, "GroupId");
    Objects.requireNonNull(newOwnerAccount, "NewOwner_Account");
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public ChangeGroupOwnerRequest(String groupId, String newOwnerAccount) {
    this(groupId, newOwnerAccount, null);
  }
}
