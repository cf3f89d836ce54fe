package io.github.vertxtim.api.group;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.List;
import java.util.Map;

/**
 * Answer of import_group_member: each member's Result (0 failed, 1 imported, 2 already a member).
 *
 * @see <a href="https://www.tencentcloud.com/document/product/1047/34969">Importing Group Members</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ImportGroupMemberResult(@JsonProperty("MemberList") List<MemberResultItem> memberList,
                                      @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public ImportGroupMemberResult {
    memberList = memberList == null ? List.of() : List.copyOf(memberList);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public ImportGroupMemberResult(List<MemberResultItem> memberList) {
    this(memberList, null);
  }
}
