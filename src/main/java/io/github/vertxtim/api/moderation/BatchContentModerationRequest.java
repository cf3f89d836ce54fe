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
 * Body of batch_content_moderation: up to 10 text or image items, each with a distinct {@code ContentId}.
 *
 * @see <a href="https://www.tencentcloud.com/document/product/1047/77828">On-demand Batch Moderation</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BatchContentModerationRequest(@JsonProperty("AuditName") String auditName,
                                            @JsonProperty("Contents") List<Content> contents,
                                            @JsonProperty("ExtSender") String extSender,
                                            @JsonProperty("ExtReceiver") String extReceiver,
                                            @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public BatchContentModerationRequest {
    Objects.requireNonNull(auditName, "AuditName");
    Objects.requireNonNull(contents, "Contents");
    contents = List.copyOf(contents);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  /** Without unknown fields. */
  public BatchContentModerationRequest(String auditName,
                                       List<Content> contents,
                                       String extSender,
                                       String extReceiver) {
    this(auditName, contents, extSender, extReceiver, null);
  }

  public static BatchContentModerationRequest of(String auditName, List<Content> contents) {
    return new BatchContentModerationRequest(auditName, contents, null, null, null);
  }

  /**
   * One item: its ID, type (Text or Image) and content (text ≤ 8 KB, or a URL).
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Content(@JsonProperty("ContentId") Long contentId,
                        @JsonProperty("ContentType") String contentType,
                        @JsonProperty("Content") String content,
                        @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
      implements JsonRecord {

    public Content {
      Objects.requireNonNull(contentId, "ContentId");
      Objects.requireNonNull(contentType, "ContentType");
      Objects.requireNonNull(content, "Content");
      unknownFields = JsonRecord.copyOf(unknownFields);
    }

    /** Without unknown fields. */
    public Content(Long contentId, String contentType, String content) {
      this(contentId, contentType, content, null);
    }

    public static Content text(long contentId, String text) {
      return new Content(contentId, ContentModerationRequest.TEXT, text, null);
    }
  }
}
