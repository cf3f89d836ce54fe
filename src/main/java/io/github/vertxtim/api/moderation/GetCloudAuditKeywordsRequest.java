package io.github.vertxtim.api.moderation;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.Map;
import java.util.Objects;

/**
 * Body of get_cloud_audit_keywords: a page ({@code Limit} ≤ 100) of one library's keywords, or those
 * containing {@code Content}.
 *
 * @see <a href="https://www.tencentcloud.com/document/product/1047/77830">Get Blocked Words</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetCloudAuditKeywordsRequest(@JsonProperty("SdkAppId") Long sdkAppId,
                                           @JsonProperty("Offset") Integer offset,
                                           @JsonProperty("Limit") Integer limit,
                                           @JsonProperty("LibID") String libId,
                                           @JsonProperty("Content") String content,
                                           @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  /** The documented page size limit. */
  public static final int MAX_LIMIT = 100;

  public GetCloudAuditKeywordsRequest {
    Objects.requireNonNull(offset, "Offset");
    Objects.requireNonNull(libId, "LibID");
    if (limit != null && (limit < 1 || limit > MAX_LIMIT)) {
      throw new IllegalArgumentException("Limit must be 1 to " + MAX_LIMIT + ", got " + limit);
    }
    Objects.requireNonNull(limit, "Limit");
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  /** Without unknown fields. */
  public GetCloudAuditKeywordsRequest(Long sdkAppId, Integer offset, Integer limit, String libId, String content) {
    this(sdkAppId, offset, limit, libId, content, null);
  }

  public static GetCloudAuditKeywordsRequest page(String libId, int offset, int limit) {
    return new GetCloudAuditKeywordsRequest(null, offset, limit, libId, null, null);
  }
}
