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
 * Body of get_group_member_info: a page of members by Limit and Offset (a Community pages by Next), optionally
 * filtered by role and fields.
 *
 * @param limit  page size, at most 6000
 * @param offset members to skip
 * @param next   Community cursor
 *
 * @see <a href="https://www.tencentcloud.com/document/product/1047/34948">Getting Group Member Profiles</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetGroupMemberInfoRequest(@JsonProperty("GroupId") String groupId,
                                        @JsonProperty("Limit") Integer limit,
                                        @JsonProperty("Offset") Integer offset,
                                        @JsonProperty("Next") String next,
                                        @JsonProperty("MemberInfoFilter") List<String> memberInfoFilter,
                                        @JsonProperty("MemberRoleFilter") List<String> memberRoleFilter,
                                        @JsonProperty("AppDefinedDataFilter_GroupMember") List<String> memberDataFilter,
                                        @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public GetGroupMemberInfoRequest {
    Objects.requireNonNull(groupId, "GroupId");
    memberInfoFilter = memberInfoFilter == null ? null : List.copyOf(memberInfoFilter);
    memberRoleFilter = memberRoleFilter == null ? null : List.copyOf(memberRoleFilter);
    memberDataFilter = memberDataFilter == null ? null : List.copyOf(memberDataFilter);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public GetGroupMemberInfoRequest(String groupId, Integer limit, Integer offset, String next,
                                   List<String> memberInfoFilter, List<String> memberRoleFilter,
                                   List<String> memberDataFilter) {
    this(groupId, limit, offset, next, memberInfoFilter, memberRoleFilter, memberDataFilter, null);
  }

  public static GetGroupMemberInfoRequest page(String groupId, int limit, int offset) {
    return new GetGroupMemberInfoRequest(groupId, limit, offset, null, null, null, null);
  }
}
