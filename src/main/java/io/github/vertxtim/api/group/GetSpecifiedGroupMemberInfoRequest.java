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
 * Body of get_specified_group_member_info: up to 50 members of one group (not AVChatRoom).
 *
 * @see <a href="https://trtc.io/document/64897">Getting Specified Group Member Profiles</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetSpecifiedGroupMemberInfoRequest(@JsonProperty("GroupId") String groupId,
                                                 @JsonProperty("Member_List_Account") List<String> memberListAccount,
                                                 @JsonProperty("MemberInfoFilter") List<String> memberInfoFilter,
                                                 @JsonProperty("MemberRoleFilter") List<String> memberRoleFilter,
                                                 @JsonProperty("AppDefinedDataFilter_GroupMember") List<String> memberDataFilter,
                                                 @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public GetSpecifiedGroupMemberInfoRequest {
    Objects.requireNonNull(groupId, "GroupId");
    Objects.requireNonNull(memberListAccount, "Member_List_Account");
    memberListAccount = memberListAccount == null ? null : List.copyOf(memberListAccount);
    memberInfoFilter = memberInfoFilter == null ? null : List.copyOf(memberInfoFilter);
    memberRoleFilter = memberRoleFilter == null ? null : List.copyOf(memberRoleFilter);
    memberDataFilter = memberDataFilter == null ? null : List.copyOf(memberDataFilter);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public GetSpecifiedGroupMemberInfoRequest(String groupId, List<String> memberListAccount,
                                            List<String> memberInfoFilter, List<String> memberRoleFilter,
                                            List<String> memberDataFilter) {
    this(groupId, memberListAccount, memberInfoFilter, memberRoleFilter, memberDataFilter, null);
  }

  public static GetSpecifiedGroupMemberInfoRequest of(String groupId, List<String> userIds) {
    return new GetSpecifiedGroupMemberInfoRequest(groupId, userIds, null, null, null);
  }
}
