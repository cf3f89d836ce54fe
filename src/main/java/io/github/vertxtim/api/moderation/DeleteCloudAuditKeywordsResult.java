package io.github.vertxtim.api.moderation;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.List;
import java.util.Map;

/**
 * Answer of delete_cloud_audit_keywords: how many were deleted and one detail per requested keyword.
 *
 * @see <a href="https://www.tencentcloud.com/document/product/1047/77832">Delete Blocked Words</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeleteCloudAuditKeywordsResult(@JsonProperty("RequestId") String requestId,
                                             @JsonProperty("Count") Integer count,
                                             @JsonProperty("Details") List<Detail> details,
                                             @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public DeleteCloudAuditKeywordsResult {
    details = details == null ? List.of() : List.copyOf(details);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  /**
   * One keyword's outcome.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Detail(@JsonProperty("KeywordID") String keywordId,
                       @JsonProperty("Keyword") String keyword,
                       @JsonProperty("Deleted") Boolean deleted,
                       @JsonProperty("ErrorInfo") String errorInfo,
                       @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
      implements JsonRecord {

    public Detail {
      unknownFields = JsonRecord.copyOf(unknownFields);
    }
  }
}
