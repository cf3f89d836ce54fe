package io.github.vertxtim.api.group;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.Map;
import java.util.Objects;

/**
 * One message-extension key-value: Key (at most 100 bytes), Value (at most 1000 bytes) and Seq, its version
 * (the app admin's writes are not checked against it).
 *
 * @see <a href="https://trtc.io/document/52170">Configuring Message Extension for a Group Message</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MsgExtension(@JsonProperty("Key") String key,
                           @JsonProperty("Value") String value,
                           @JsonProperty("Seq") Long seq,
                           @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public MsgExtension {
    Objects.requireNonNull(key, "Key");
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public MsgExtension(String key, String value, Long seq) {
    this(key, value, seq, null);
  }

  public static MsgExtension of(String key, String value) {
    return new MsgExtension(key, value, null);
  }
}
