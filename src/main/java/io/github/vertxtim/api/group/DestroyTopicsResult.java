package io.github.vertxtim.api.group;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.List;
import java.util.Map;

/**
 * Answer of destroy_topic: one {@link Item} per topic.
 *
 * @see <a href="https://www.tencentcloud.com/document/product/1047/49470">Deleting Topic</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DestroyTopicsResult(@JsonProperty("DestroyResultItem") List<Item> items,
                                  @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public DestroyTopicsResult {
    items = items == null ? List.of() : List.copyOf(items);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  /**
   * One topic's outcome (ErrorCode 0: deleted).
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Item(@JsonProperty("TopicId") String topicId,
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
