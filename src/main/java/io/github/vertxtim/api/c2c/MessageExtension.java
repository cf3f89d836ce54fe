package io.github.vertxtim.api.c2c;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;
import java.util.Map;
import java.util.Objects;

/**
 * One key-value pair of a message's extension: Key up to 100 bytes, Value up to 1000 bytes, Seq its version.
 *
 * @see <a href="https://trtc.io/document/51195">Configuring Message Extension for a One-to-One Message</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MessageExtension(@JsonProperty("Key") String key,
                               @JsonProperty("Value") String value,
                               @JsonProperty("Seq") Long seq,
                               @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) implements JsonRecord {

  public MessageExtension {
    Objects.requireNonNull(key, "Key");
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  /** A pair to set (Seq 0: the admin is not checked against versions). */
  public static MessageExtension of(String key, String value) {
    return new MessageExtension(key, value, 0L, null);
  }
}
