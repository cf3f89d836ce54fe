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
 * Body of add_cloud_audit_keywords: up to 10 keywords for one library, each with an optional label (Normal,
 * Illegal, Abuse, Polity, Ad, Porn, Sexy, Terror, Composite).
 *
 * @see <a href="https://www.tencentcloud.com/document/product/1047/77831">Add Blocked Words</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AddCloudAuditKeywordsRequest(@JsonProperty("SdkAppId") Long sdkAppId,
                                           @JsonProperty("LibID") String libId,
                                           @JsonProperty("UserKeywords") List<UserKeyword> userKeywords,
                                           @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public AddCloudAuditKeywordsRequest {
    Objects.requireNonNull(libId, "LibID");
    Objects.requireNonNull(userKeywords, "UserKeywords");
    userKeywords = List.copyOf(userKeywords);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  /** Without unknown fields. */
  public AddCloudAuditKeywordsRequest(Long sdkAppId, String libId, List<UserKeyword> userKeywords) {
    this(sdkAppId, libId, userKeywords, null);
  }

  public static AddCloudAuditKeywordsRequest of(String libId, List<UserKeyword> keywords) {
    return new AddCloudAuditKeywordsRequest(null, libId, keywords, null);
  }

  /**
   * One keyword and its label.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record UserKeyword(@JsonProperty("Content") String content,
                            @JsonProperty("Label") String label,
                            @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
      implements JsonRecord {

    public UserKeyword {
      Objects.requireNonNull(content, "Content");
      unknownFields = JsonRecord.copyOf(unknownFields);
    }

    /** Without unknown fields. */
    public UserKeyword(String content, String label) {
      this(content, label, null);
    }
  }
}
