package io.github.vertxtim.api.moderation;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.Map;

/**
 * A local moderation word: the keyword or regular expression ({@code WordType} 1 word, 2 regex), what
 * happens to text that holds it ({@code FilterType} 1 replace with {@code ReplacedContent}, 2 intercept),
 * and, as answered, its {@code Id} and {@code UpdateTime}.
 *
 * @see <a href="https://cloud.tencent.com/document/product/269/79139">Content Moderation (local moderation)</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LocalAuditWord(@JsonProperty("Keyword") String keyword,
                             @JsonProperty("WordType") Integer wordType,
                             @JsonProperty("FilterType") Integer filterType,
                             @JsonProperty("ReplacedContent") String replacedContent,
                             @JsonProperty("Id") Long id,
                             @JsonProperty("UpdateTime") String updateTime,
                             @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public static final int WORD = 1;
  public static final int REGEX = 2;
  public static final int REPLACE = 1;
  public static final int INTERCEPT = 2;

  public LocalAuditWord {
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  /** Without unknown fields. */
  public LocalAuditWord(String keyword,
                        Integer wordType,
                        Integer filterType,
                        String replacedContent,
                        Long id,
                        String updateTime) {
    this(keyword, wordType, filterType, replacedContent, id, updateTime, null);
  }

  /** A word that intercepts the text holding it. */
  public static LocalAuditWord intercept(String keyword) {
    return new LocalAuditWord(keyword, WORD, INTERCEPT, null, null, null, null);
  }

  /** A word replaced by {@code replacement}. */
  public static LocalAuditWord replace(String keyword, String replacement) {
    return new LocalAuditWord(keyword, WORD, REPLACE, replacement, null, null, null);
  }

  /** A regular expression that intercepts the text it matches. */
  public static LocalAuditWord regex(String pattern) {
    return new LocalAuditWord(pattern, REGEX, INTERCEPT, null, null, null, null);
  }

  /** Names a stored word by its Id (for delete_local_audit_keywords). */
  public static LocalAuditWord byId(long id) {
    return new LocalAuditWord(null, null, null, null, id, null, null);
  }

  /** Names a stored word by its keyword (for delete_local_audit_keywords). */
  public static LocalAuditWord byKeyword(String keyword) {
    return new LocalAuditWord(keyword, null, null, null, null, null, null);
  }
}
