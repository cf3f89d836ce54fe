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
 * Body of import_group_member: members to import into a group, for migration (not AVChatRoom).
 *
 * @see <a href="https://www.tencentcloud.com/document/product/1047/34969">Importing Group Members</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ImportGroupMemberRequest(@JsonProperty("GroupId") String groupId,
                                       @JsonProperty("MemberList") List<Member> memberList,
                                       @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public ImportGroupMemberRequest {
    Objects.requireNonNull(groupId, "GroupId");
    Objects.requireNonNull(memberList, "MemberList");
    memberList = memberList == null ? null : List.copyOf(memberList);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public ImportGroupMemberRequest(String groupId, List<Member> memberList) {
    this(groupId, memberList, null);
  }

  /**
   * A member to import, with their role, original join time and unread count.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Member(@JsonProperty("Member_Account") String memberAccount,
                       @JsonProperty("Role") String role,
                       @JsonProperty("JoinTime") Long joinTime,
                       @JsonProperty("UnreadMsgNum") Long unreadMsgNum,
                       @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
      implements JsonRecord {

    public Member {
      Objects.requireNonNull(memberAccount, "Member_Account");
      unknownFields = JsonRecord.copyOf(unknownFields);
    }

    public Member(String memberAccount, String role, Long joinTime, Long unreadMsgNum) {
      this(memberAccount, role, joinTime, unreadMsgNum, null);
    }

    public static Member of(String userId) {
      return new Member(userId, null, null, null);
    }
  }
}
