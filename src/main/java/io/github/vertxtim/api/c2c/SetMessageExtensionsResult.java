package io.github.vertxtim.api.c2c;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;
import java.util.List;
import java.util.Map;

/**
 * Answer of set_key_values: one outcome per pair of the request, with the pair as now stored.
 *
 * @see <a href="https://trtc.io/document/51195">Configuring Message Extension for a One-to-One Message</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SetMessageExtensionsResult(@JsonProperty("ExtensionList") List<Outcome> results,
                                         @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) implements JsonRecord {

  public SetMessageExtensionsResult {
    results = results == null ? List.of() : List.copyOf(results);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  /**
   * The outcome of one pair: ErrorCode 0 and the pair with its new Seq, or the code of its failure.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Outcome(@JsonProperty("ErrorCode") int errorCode,
                        @JsonProperty("Extension") MessageExtension extension,
                        @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) implements JsonRecord {

    public Outcome {
      unknownFields = JsonRecord.copyOf(unknownFields);
    }
  }
}
