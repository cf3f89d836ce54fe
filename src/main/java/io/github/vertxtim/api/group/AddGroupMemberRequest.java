package io.github.vertxtim.api.group;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Body of add_group_member: up to 300 members to add to a group (not AVChatRoom); Silence 1 adds them without
 * notifying the group.
 *
 * @see <a href="https://trtc.io/document/34921">Adding Group Members</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AddGroupMemberRequest(@JsonProperty("GroupId") String groupId,
                                    @JsonProperty("Silence") Integer silence,
                                    @JsonProperty("MemberList") List<MemberAccountItem> memberList,
                                    @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public AddGroupMemberRequest {
    Objects.requireNonNull(groupId, "GroupId");
    Objects.requireNonNull(memberList, "MemberList");
    memberList = memberList == null ? null : List.copyOf(memberList);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public AddGroupMemberRequest(String groupId, Integer silence, List<MemberAccountItem> memberList) {
    this(groupId, silence, memberList, null);
  }

  public static AddGroupMemberRequest of(String groupId, Collection<String> userIds) {
    return new AddGroupMemberRequest(groupId, null, MemberAccountItem.of(userIds));
  }
}
