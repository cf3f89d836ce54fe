package io.github.vertxtim.api.group;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.List;
import java.util.Map;

/**
 * Answer of destroy_permission_group: one {@link Item} per permission group.
 *
 * @see <a href="https://trtc.io/document/61233">Terminating Permission Groups</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DestroyPermissionGroupsResult(@JsonProperty("PermissionGroupResultList") List<Item> items,
                                            @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public DestroyPermissionGroupsResult {
    items = items == null ? List.of() : List.copyOf(items);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  /**
   * One permission group's outcome (ErrorCode 0: deleted).
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Item(@JsonProperty("PermissionGroupId") String permissionGroupId,
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
