package io.github.vertxtim.api.moderation;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.List;
import java.util.Map;

/**
 * Answer of batch_content_moderation: one verdict per item; an item that could not be moderated carries its
 * ErrorCode (93000 larger than 8 KB, 93005 not text or image).
 *
 * @see <a href="https://www.tencentcloud.com/document/product/1047/77828">On-demand Batch Moderation</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BatchContentModerationResult(@JsonProperty("AuditResults") List<Item> auditResults,
                                           @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public BatchContentModerationResult {
    auditResults = auditResults == null ? List.of() : List.copyOf(auditResults);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  /**
   * One item's verdict.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Item(@JsonProperty("ErrorCode") Integer errorCode,
                     @JsonProperty("ErrorInfo") String errorInfo,
                     @JsonProperty("ContentId") Long contentId,
                     @JsonProperty("Result") String result,
                     @JsonProperty("Keywords") List<String> keywords,
                     @JsonProperty("Score") Integer score,
                     @JsonProperty("Label") String label,
                     @JsonProperty("SubLabel") String subLabel,
                     @JsonProperty("RequestId") String requestId,
                     @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
      implements JsonRecord {

    public Item {
      keywords = keywords == null ? List.of() : List.copyOf(keywords);
      unknownFields = JsonRecord.copyOf(unknownFields);
    }

    public boolean blocked() {
      return ContentModerationResult.BLOCK.equals(result);
    }
  }
}
