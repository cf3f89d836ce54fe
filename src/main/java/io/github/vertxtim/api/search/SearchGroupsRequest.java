package io.github.vertxtim.api.search;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;
import io.github.vertxtim.api.RequestLimits;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Body of group_search/search: groups whose name contains the keywords, or whose GroupID equals one; up to 100 per
 * call, continued by Cursor.
 *
 * @param keywords         the keywords
 * @param keywordMatchType {@value #MATCH_ANY} any keyword (default), {@value #MATCH_ALL} all
 * @param groupType        only these types (Private, Public, ChatRoom, Community)
 * @param count            results per call, 1 to {@value #MAX_COUNT}
 * @param cursor           the previous answer's Cursor; null on the first call
 *
 * @see <a href="https://cloud.tencent.com/document/product/269/114549">Group Search</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SearchGroupsRequest(@JsonProperty("Keywords") List<String> keywords,
                                  @JsonProperty("KeywordMatchType") Integer keywordMatchType,
                                  @JsonProperty("GroupType") List<String> groupType,
                                  @JsonProperty("Count") Integer count,
                                  @JsonProperty("Cursor") String cursor,
                                  @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  /** KeywordMatchType 1: a result matches every keyword. */
  public static final int MATCH_ALL = 1;

  public SearchGroupsRequest {
    Objects.requireNonNull(keywords, "Keywords");
    keywords = keywords == null ? null : List.copyOf(keywords);
    groupType = groupType == null ? null : List.copyOf(groupType);
    Objects.requireNonNull(count, "Count");
    RequestLimits.within(count, 1, MAX_COUNT, "Count");
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public SearchGroupsRequest(List<String> keywords, Integer keywordMatchType, List<String> groupType, Integer count,
                             String cursor) {
    this(keywords, keywordMatchType, groupType, count, cursor, null);
  }

  /** The most results one call answers (the service treats a larger Count as 100). */
  public static final int MAX_COUNT = 100;

  /** KeywordMatchType 0: a result matches any keyword (the default). */
  public static final int MATCH_ANY = 0;

  public static SearchGroupsRequest of(List<String> keywords, int count) {
    return new SearchGroupsRequest(keywords, null, null, count, null);
  }

  /** The same search from {@code nextCursor}. */
  public SearchGroupsRequest withCursor(String nextCursor) {
    return new SearchGroupsRequest(keywords, keywordMatchType, groupType, count, nextCursor, unknownFields);
  }
}
