package io.github.vertxtim.api.moderation;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.List;
import java.util.Map;

/**
 * Answer of get_cloud_audit_keywords_ids: the libraries on this page and how many there are.
 *
 * @see <a href="https://www.tencentcloud.com/document/product/1047/77829">Get Blocklists</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetCloudAuditKeywordsIdsResult(@JsonProperty("RequestId") String requestId,
                                             @JsonProperty("TotalCount") Integer totalCount,
                                             @JsonProperty("Infos") List<Library> infos,
                                             @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public GetCloudAuditKeywordsIdsResult {
    infos = infos == null ? List.of() : List.copyOf(infos);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  /**
   * A keyword library: its ID (what the keyword endpoints take as LibID), name, description, creation time
   * and the suggestion for text that matches it.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Library(@JsonProperty("ID") String id,
                        @JsonProperty("LibName") String libName,
                        @JsonProperty("Describe") String describe,
                        @JsonProperty("CreateTime") String createTime,
                        @JsonProperty("Suggestion") String suggestion,
                        @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
      implements JsonRecord {

    public Library {
      unknownFields = JsonRecord.copyOf(unknownFields);
    }
  }
}
