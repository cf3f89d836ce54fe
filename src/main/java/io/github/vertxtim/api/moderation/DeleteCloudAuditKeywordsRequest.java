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
 * Body of delete_cloud_audit_keywords: up to 10 keywords of one library.
 *
 * @see <a href="https://www.tencentcloud.com/document/product/1047/77832">Delete Blocked Words</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeleteCloudAuditKeywordsRequest(@JsonProperty("SdkAppId") Long sdkAppId,
                                              @JsonProperty("LibID") String libId,
                                              @JsonProperty("Keywords") List<String> keywords,
                                              @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public DeleteCloudAuditKeywordsRequest {
    Objects.requireNonNull(libId, "LibID");
    Objects.requireNonNull(keywords, "Keywords");
    keywords = List.copyOf(keywords);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  /** Without unknown fields. */
  public DeleteCloudAuditKeywordsRequest(Long sdkAppId, String libId, List<String> keywords) {
    this(sdkAppId, libId, keywords, null);
  }

  public static DeleteCloudAuditKeywordsRequest of(String libId, List<String> keywords) {
    return new DeleteCloudAuditKeywordsRequest(null, libId, keywords, null);
  }
}
