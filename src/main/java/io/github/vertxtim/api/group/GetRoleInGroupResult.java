package io.github.vertxtim.api.group;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.List;
import java.util.Map;

/**
 * Answer of get_role_in_group: one item per requested user.
 *
 * @see <a href="https://www.tencentcloud.com/document/product/1047/34963">Querying the Roles of Users in a Group</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetRoleInGroupResult(@JsonProperty("UserIdList") List<Item> userIdList,
                                   @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public GetRoleInGroupResult {
    userIdList = userIdList == null ? List.of() : List.copyOf(userIdList);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public GetRoleInGroupResult(List<Item> userIdList) {
    this(userIdList, null);
  }

  /** UserID → role. */
  public Map<String, String> roles() {
    Map<String, String> m = new java.util.LinkedHashMap<>();
    userIdList.forEach(i -> m.put(i.memberAccount(), i.role()));
    return m;
  }

  /**
   * One user's role: Owner, Admin, Member, or NotMember.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Item(@JsonProperty("Member_Account") String memberAccount,
                     @JsonProperty("Role") String role,
                     @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
      implements JsonRecord {

    public static final String NOT_MEMBER = "NotMember";

    public Item {
      unknownFields = JsonRecord.copyOf(unknownFields);
    }

    public Item(String memberAccount, String role) {
      this(memberAccount, role, null);
    }
  }
}
