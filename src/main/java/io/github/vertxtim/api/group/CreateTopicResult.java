package io.github.vertxtim.api.group;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.Map;

/**
 * Answer of create_topic: the topic's ID (the custom one, or the one assigned).
 *
 * @see <a href="https://trtc.io/document/49471">Creating Topic</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateTopicResult(@JsonProperty("TopicId") String topicId,
                                @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public CreateTopicResult {
    unknownFields = JsonRecord.copyOf(unknownFields);
  }
}
