package io.github.vertxtim.api.group;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.Map;

/**
 * Answer of import_topic: the topic's ID.
 *
 * @see <a href="https://trtc.io/document/53448">Importing Topic</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ImportTopicResult(@JsonProperty("TopicId") String topicId,
                                @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public ImportTopicResult {
    unknownFields = JsonRecord.copyOf(unknownFields);
  }
}
