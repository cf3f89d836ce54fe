package io.github.vertxtim.api.moderation;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.Map;

/**
 * The answer of the moderation endpoints that answer only a request ID (adding and deleting local words,
 * adding cloud words).
 *
 * @see <a href="https://cloud.tencent.com/document/product/269/79139">Content Moderation (local moderation)</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RequestIdResult(@JsonProperty("RequestId") String requestId,
                              @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public RequestIdResult {
    unknownFields = JsonRecord.copyOf(unknownFields);
  }
}
