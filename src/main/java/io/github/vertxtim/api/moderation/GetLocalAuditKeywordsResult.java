package io.github.vertxtim.api.moderation;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.List;
import java.util.Map;

/**
 * Answer of get_local_audit_keywords: the page's words; {@code TotalCount}/{@code TotalRegCount} count the
 * matching words/regexes stored, {@code CurCount}/{@code CurRegCount} those on this page.
 *
 * @see <a href="https://cloud.tencent.com/document/product/269/79139">Content Moderation (local moderation)</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetLocalAuditKeywordsResult(@JsonProperty("RequestId") String requestId,
                                          @JsonProperty("LocalAuditWords") List<LocalAuditWord> localAuditWords,
                                          @JsonProperty("TotalCount") Integer totalCount,
                                          @JsonProperty("TotalRegCount") Integer totalRegCount,
                                          @JsonProperty("CurCount") Integer curCount,
                                          @JsonProperty("CurRegCount") Integer curRegCount,
                                          @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public GetLocalAuditKeywordsResult {
    localAuditWords = localAuditWords == null ? List.of() : List.copyOf(localAuditWords);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }
}
