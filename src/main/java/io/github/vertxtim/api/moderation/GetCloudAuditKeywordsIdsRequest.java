package io.github.vertxtim.api.moderation;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.Map;
import java.util.Objects;

/**
 * Body of get_cloud_audit_keywords_ids: a page of the app's cloud keyword libraries ({@code Limit} ≤ 100).
 *
 * @see <a href="https://www.tencentcloud.com/document/product/1047/77829">Get Blocklists</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetCloudAuditKeywordsIdsRequest(@JsonProperty("SdkAppId") Long sdkAppId,
                                              @JsonProperty("Offset") Integer offset,
                                              @JsonProperty("Limit") Integer limit,
                                              @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  /** The documented page size limit. */
  public static final int MAX_LIMIT = 100;

  public GetCloudAuditKeywordsIdsRequest {
    Objects.requireNonNull(offset, "Offset");
    if (limit != null && (limit < 1 || limit > MAX_LIMIT)) {
      throw new IllegalArgumentException("Limit must be 1 to " + MAX_LIMIT + ", got " + limit);
    }
    Objects.requireNonNull(limit, "Limit");
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  /** Without unknown fields. */
  public GetCloudAuditKeywordsIdsRequest(Long sdkAppId, Integer offset, Integer limit) {
    this(sdkAppId, offset, limit, null);
  }

  public static GetCloudAuditKeywordsIdsRequest page(int offset, int limit) {
    return new GetCloudAuditKeywordsIdsRequest(null, offset, limit, null);
  }
}
