package io.github.vertxtim.api.group;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.List;
import java.util.Map;

/**
 * Answer of add_permission_group_member and delete_permission_group_member: one {@link Item} per member.
 *
 * @see <a href="https://trtc.io/document/61240">Adding Members to a Permission Group</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PermissionGroupMembersResult(@JsonProperty("MemberResultList") List<Item> items,
                                           @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public PermissionGroupMembersResult {
    items = items == null ? List.of() : List.copyOf(items);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  /** The items whose ErrorCode is not 0. */
  public List<Item> failures() {
    return items.stream().filter(i -> !i.ok()).toList();
  }

  /**
   * One member's outcome (ErrorCode 0: done).
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Item(@JsonProperty("Member_Account") String memberAccount,
                     @JsonProperty("ErrorCode") int errorCode,
                     @JsonProperty("ErrorInfo") String errorInfo,
                     @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
      implements JsonRecord {

    public Item {
      unknownFields = JsonRecord.copyOf(unknownFields);
    }

    public boolean ok() {
      return errorCode == 0;
    }
  }
}
