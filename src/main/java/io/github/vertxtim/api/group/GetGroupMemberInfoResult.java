package io.github.vertxtim.api.group;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.List;
import java.util.Map;

/**
 * A page of get_group_member_info: the group's member count, this page's members, and Next for a Community.
 *
 * @see <a href="https://www.tencentcloud.com/document/product/1047/34948">Getting Group Member Profiles</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetGroupMemberInfoResult(@JsonProperty("MemberNum") int memberNum,
                                       @JsonProperty("MemberList") List<GroupMemberInfo> memberList,
                                       @JsonProperty("Next") String next,
                                       @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public GetGroupMemberInfoResult {
    memberList = memberList == null ? List.of() : List.copyOf(memberList);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public GetGroupMemberInfoResult(int memberNum, List<GroupMemberInfo> memberList, String next) {
    this(memberNum, memberList, next, null);
  }
}
