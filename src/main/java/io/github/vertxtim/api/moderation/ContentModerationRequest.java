package io.github.vertxtim.api.moderation;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.Map;
import java.util.Objects;

/**
 * Body of content_moderation: one content item ({@code ContentType} Text, Image, Audio or Video; text ≤ 8 KB)
 * under a moderation configuration ({@code AuditName}: C2C, Group, UserInfo, GroupInfo, GroupMemberInfo,
 * RelationChain or a custom configuration ID).
 *
 * @see <a href="https://www.tencentcloud.com/document/product/1047/77827">On-demand Moderation</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ContentModerationRequest(@JsonProperty("AuditName") String auditName,
                                       @JsonProperty("ContentType") String contentType,
                                       @JsonProperty("Content") String content,
                                       @JsonProperty("ExtSender") String extSender,
                                       @JsonProperty("ExtReceiver") String extReceiver,
                                       @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public static final String TEXT = "Text";
  public static final String IMAGE = "Image";

  public ContentModerationRequest {
    Objects.requireNonNull(auditName, "AuditName");
    Objects.requireNonNull(contentType, "ContentType");
    Objects.requireNonNull(content, "Content");
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  /** Without unknown fields. */
  public ContentModerationRequest(String auditName,
                                  String contentType,
                                  String content,
                                  String extSender,
                                  String extReceiver) {
    this(auditName, contentType, content, extSender, extReceiver, null);
  }

  /** Text under a configuration. */
  public static ContentModerationRequest text(String auditName, String text) {
    return new ContentModerationRequest(auditName, TEXT, text, null, null, null);
  }
}
