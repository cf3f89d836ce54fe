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
 * Body of unban_group_member: lifts the ban of up to 20 members, who may then rejoin.
 *
 * @see <a href="https://trtc.io/document/50297">Unbanning Group Members</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UnbanGroupMembersRequest(@JsonProperty("GroupId") String groupId,
                                       @JsonProperty("Members_Account") List<String> memberAccounts,
                                       @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public UnbanGroupMembersRequest {
    Objects.requireNonNull(groupId, "GroupId");
    Objects.requireNonNull(memberAccounts, "Members_Account");
    memberAccounts = List.copyOf(memberAccounts);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public UnbanGroupMembersRequest(String groupId, List<String> memberAccounts) {
    this(groupId, memberAccounts, null);
  }
}
