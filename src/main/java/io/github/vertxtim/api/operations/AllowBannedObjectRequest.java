package io.github.vertxtim.api.operations;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.Map;
import java.util.Objects;

/**
 * Body of im_cos_msg/allow_banned_object: lifts the ban of a chat file.
 *
 * @see <a href="https://cloud.tencent.com/document/product/269/74776">Unbanning Chat Files</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AllowBannedObjectRequest(@JsonProperty("RawURL") String rawUrl,
                                       @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public AllowBannedObjectRequest {
    Objects.requireNonNull(rawUrl, "RawURL");
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public AllowBannedObjectRequest(String rawUrl) {
    this(rawUrl, null);
  }
}
