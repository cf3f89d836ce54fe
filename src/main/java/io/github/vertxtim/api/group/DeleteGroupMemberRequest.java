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
 * Body of delete_group_member: members to remove, with an optional reason; Silence 1 removes them quietly.
 *
 * @see <a href="https://www.tencentcloud.com/document/product/1047/34949">Deleting Group Members</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeleteGroupMemberRequest(@JsonProperty("GroupId") String groupId,
                                       @JsonProperty("Silence") Integer silence,
                                       @JsonProperty("Reason") String reason,
                                       @JsonProperty("MemberToDel_Account") List<String> memberToDelAccount,
                                       @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public DeleteGroupMemberRequest {
    Objects.requireNonNull(groupId, "GroupId");
    Objects.requireNonNull(memberToDelAccount, "MemberToDel_Account");
    memberToDelAccount = memberToDelAccount == null ? null : List.copyOf(memberToDelAccount);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public DeleteGroupMemberRequest(String groupId, Integer silence, String reason, List<String> memberToDelAccount) {
    this(groupId, silence, reason, memberToDelAccount, null);
  }

  public static DeleteGroupMemberRequest of(String groupId, List<String> userIds) {
    return new DeleteGroupMemberRequest(groupId, null, null, userIds);
  }
}
