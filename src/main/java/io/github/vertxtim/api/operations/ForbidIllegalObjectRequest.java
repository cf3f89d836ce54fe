package io.github.vertxtim.api.operations;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.Map;
import java.util.Objects;

/**
 * Body of im_cos_msg/forbid_illegal_object: bans a chat file by its URL, so SDKs can no longer download it.
 *
 * @see <a href="https://cloud.tencent.com/document/product/269/74775">Banning Chat Files</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ForbidIllegalObjectRequest(@JsonProperty("RawURL") String rawUrl,
                                         @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public ForbidIllegalObjectRequest {
    Objects.requireNonNull(rawUrl, "RawURL");
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public ForbidIllegalObjectRequest(String rawUrl) {
    this(rawUrl, null);
  }
}
