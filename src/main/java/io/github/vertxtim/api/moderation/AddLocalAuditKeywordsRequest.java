package io.github.vertxtim.api.moderation;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Body of add_local_audit_keywords: up to 10 words (2016 beyond). {@code SdkAppId} may be left null: the
 * request URL names the app.
 *
 * @see <a href="https://cloud.tencent.com/document/product/269/79139">Content Moderation (local moderation)</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AddLocalAuditKeywordsRequest(@JsonProperty("SdkAppId") Long sdkAppId,
                                           @JsonProperty("LocalAuditWords") List<LocalAuditWord> localAuditWords,
                                           @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public AddLocalAuditKeywordsRequest {
    Objects.requireNonNull(localAuditWords, "LocalAuditWords");
    localAuditWords = List.copyOf(localAuditWords);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  /** Without unknown fields. */
  public AddLocalAuditKeywordsRequest(Long sdkAppId, List<LocalAuditWord> localAuditWords) {
    this(sdkAppId, localAuditWords, null);
  }

  public static AddLocalAuditKeywordsRequest of(List<LocalAuditWord> words) {
    return new AddLocalAuditKeywordsRequest(null, words, null);
  }
}
