package io.github.vertxtim.api.group;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.List;
import java.util.Map;

/**
 * One page of get_permission_group_member_list: members and the cursor of the next page ("" on the last).
 *
 * @see <a href="https://trtc.io/document/61242">Obtaining Permission Group Member List</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetPermissionGroupMemberListResult(@JsonProperty("MemberList") List<Member> members,
                                                 @JsonProperty("Next") String next,
                                                 @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public GetPermissionGroupMemberListResult {
    members = members == null ? List.of() : List.copyOf(members);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public boolean last() {
    return next == null || next.isEmpty();
  }

  public List<String> memberAccounts() {
    return members.stream().map(Member::memberAccount).toList();
  }

  /**
   * A permission group member.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Member(@JsonProperty("Member_Account") String memberAccount,
                       @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
      implements JsonRecord {

    public Member {
      unknownFields = JsonRecord.copyOf(unknownFields);
    }
  }
}
