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
 * Body of delete_local_audit_keywords: up to 10 words, named by {@code Id} or {@code Keyword}.
 *
 * @see <a href="https://cloud.tencent.com/document/product/269/79139">Content Moderation (local moderation)</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeleteLocalAuditKeywordsRequest(@JsonProperty("SdkAppId") Long sdkAppId,
                                              @JsonProperty("LocalAuditWords") List<LocalAuditWord> localAuditWords,
                                              @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public DeleteLocalAuditKeywordsRequest {
    Objects.requireNonNull(localAuditWords, "LocalAuditWords");
    localAuditWords = List.copyOf(localAuditWords);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  /** Without unknown fields. */
  public DeleteLocalAuditKeywordsRequest(Long sdkAppId, List<LocalAuditWord> localAuditWords) {
    this(sdkAppId, localAuditWords, null);
  }

  public static DeleteLocalAuditKeywordsRequest of(List<LocalAuditWord> words) {
    return new DeleteLocalAuditKeywordsRequest(null, words, null);
  }
}
