package io.github.vertxtim.api.moderation;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.List;
import java.util.Map;

/**
 * Answer of get_cloud_audit_keywords: the keywords on this page and how many match.
 *
 * @see <a href="https://www.tencentcloud.com/document/product/1047/77830">Get Blocked Words</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetCloudAuditKeywordsResult(@JsonProperty("RequestId") String requestId,
                                          @JsonProperty("TotalCount") Integer totalCount,
                                          @JsonProperty("Infos") List<Keyword> infos,
                                          @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public GetCloudAuditKeywordsResult {
    infos = infos == null ? List.of() : List.copyOf(infos);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  /**
   * A cloud keyword: its ID, content, label and creation time.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Keyword(@JsonProperty("ID") String id,
                        @JsonProperty("Content") String content,
                        @JsonProperty("Label") String label,
                        @JsonProperty("CreateTime") String createTime,
                        @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
      implements JsonRecord {

    public Keyword {
      unknownFields = JsonRecord.copyOf(unknownFields);
    }
  }
}
