package io.github.vertxtim.api.group;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.List;
import java.util.Map;

/**
 * Answer of add, set, delete and get_topic_permission_group (one shape): one {@link Item} per topic.
 *
 * @see <a href="https://trtc.io/document/61236">Adding Topic Permissions</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TopicPermissionsResult(@JsonProperty("TopicPermissionResultList") List<Item> items,
                                     @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public TopicPermissionsResult {
    items = items == null ? List.of() : List.copyOf(items);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  /** The items whose ErrorCode is not 0. */
  public List<Item> failures() {
    return items.stream().filter(i -> !i.ok()).toList();
  }

  /**
   * One topic's outcome and, where known, the permission bits.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Item(@JsonProperty("TopicId") String topicId,
                     @JsonProperty("Permission") Long permission,
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
