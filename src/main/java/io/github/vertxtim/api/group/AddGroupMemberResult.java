package io.github.vertxtim.api.group;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.List;
import java.util.Map;

/**
 * Answer of add_group_member: each requested member's Result.
 *
 * @see <a href="https://trtc.io/document/34921">Adding Group Members</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AddGroupMemberResult(@JsonProperty("MemberList") List<MemberResultItem> memberList,
                                   @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public AddGroupMemberResult {
    memberList = memberList == null ? List.of() : List.copyOf(memberList);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public AddGroupMemberResult(List<MemberResultItem> memberList) {
    this(memberList, null);
  }
}
