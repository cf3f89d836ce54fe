package io.github.vertxtim.api.moderation;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.Map;

/**
 * Body of get_local_audit_keywords: a page of local words ({@code Limit} ≤ 100 from {@code Offset}),
 * optionally only one FilterType or those containing {@code Keyword}.
 *
 * @see <a href="https://cloud.tencent.com/document/product/269/79139">Content Moderation (local moderation)</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetLocalAuditKeywordsRequest(@JsonProperty("SdkAppId") Long sdkAppId,
                                           @JsonProperty("FilterType") Integer filterType,
                                           @JsonProperty("Offset") Integer offset,
                                           @JsonProperty("Limit") Integer limit,
                                           @JsonProperty("Keyword") String keyword,
                                           @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  /** The documented page size limit. */
  public static final int MAX_LIMIT = 100;

  public GetLocalAuditKeywordsRequest {
    if (limit != null && (limit < 1 || limit > MAX_LIMIT)) {
      throw new IllegalArgumentException("Limit must be 1 to " + MAX_LIMIT + ", got " + limit);
    }
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  /** Without unknown fields. */
  public GetLocalAuditKeywordsRequest(Long sdkAppId,
                                      Integer filterType,
                                      Integer offset,
                                      Integer limit,
                                      String keyword) {
    this(sdkAppId, filterType, offset, limit, keyword, null);
  }

  public static GetLocalAuditKeywordsRequest page(int offset, int limit) {
    return new GetLocalAuditKeywordsRequest(null, null, offset, limit, null, null);
  }
}
