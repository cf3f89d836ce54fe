package io.github.vertxtim.api.c2c;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;
import java.util.List;
import java.util.Map;

/**
 * Answer of get_key_values: the pairs in Seq order (at most 200 a page), CompleteFlag 1 when all were given,
 * LatestSeq the highest Seq and ClearSeq the Seq of the last clear.
 *
 * @see <a href="https://trtc.io/document/51194">Pulling the Message Extension of a One-to-One Message</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetMessageExtensionsResult(@JsonProperty("CompleteFlag") int completeFlag,
                                         @JsonProperty("LatestSeq") long latestSeq,
                                         @JsonProperty("ClearSeq") long clearSeq,
                                         @JsonProperty("ExtensionList") List<MessageExtension> extensions,
                                         @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) implements JsonRecord {

  public GetMessageExtensionsResult {
    extensions = extensions == null ? List.of() : List.copyOf(extensions);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }
}
