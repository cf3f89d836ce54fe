package io.github.vertxtim.api.group;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.List;
import java.util.Map;

/**
 * Answer of get_specified_group_member_info: the profiles of the requested users who are members.
 *
 * @see <a href="https://trtc.io/document/64897">Getting Specified Group Member Profiles</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetSpecifiedGroupMemberInfoResult(@JsonProperty("MemberList") List<GroupMemberInfo> memberList,
                                                @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public GetSpecifiedGroupMemberInfoResult {
    memberList = memberList == null ? List.of() : List.copyOf(memberList);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public GetSpecifiedGroupMemberInfoResult(List<GroupMemberInfo> memberList) {
    this(memberList, null);
  }
}
