package io.github.vertxtim.api.push;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.Map;

/**
 * One entry of a push answer's {@code ErrorList}: an account the call did not apply to (70107 not imported, 90033
 * invalid attribute, 90035 attribute of another account type …).
 *
 * @see <a href="https://trtc.io/document/67817">Obtaining User Attributes</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PushAccountError(@JsonProperty("To_Account") String account,
                               @JsonProperty("ErrorCode") int errorCode,
                               @JsonProperty("ErrorInfo") String errorInfo,
                               @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public PushAccountError {
    unknownFields = JsonRecord.copyOf(unknownFields);
  }
}
