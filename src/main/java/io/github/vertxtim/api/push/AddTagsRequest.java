package io.github.vertxtim.api.push;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Body of im_add_tag and timpush/add_tag: tags for up to 100 accounts, at most 10 per account in one call (100 with
 * TIMPush's {@code Replace: 1}, which replaces the account's tags); a tag is at most 50 bytes and an account holds at
 * most 100.
 *
 * @param replace TIMPush only: 1 replaces the account's tags, 0 (default) adds to them
 * @see <a href="https://www.tencentcloud.com/document/product/1047/37173">Adding User Tags</a>
 * @see <a href="https://www.tencentcloud.com/document/product/1047/67821">Adding User Tags (Push service)</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AddTagsRequest(@JsonProperty("UserTags") List<UserTags> userTags,
                             @JsonProperty("Replace") Integer replace,
                             @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  /** Tags per account in one add (Replace 0). */
  public static final int MAX_TAGS_PER_ADD = 10;
  /** Tags per account in one replace (Replace 1), and per account in all. */
  public static final int MAX_TAGS_PER_USER = 100;

  public AddTagsRequest {
    userTags = List.copyOf(Objects.requireNonNull(userTags, "UserTags"));
    int max = replace != null && replace == 1 ? MAX_TAGS_PER_USER : MAX_TAGS_PER_ADD;
    for (UserTags u : userTags) {
      if (u.tags().size() > max) {
        throw new IllegalArgumentException("Tags holds at most " + max + " tags per account (" + u.account() + ")");
      }
    }
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  /** Adds the tags to each account's. */
  public static AddTagsRequest of(List<UserTags> userTags) {
    return new AddTagsRequest(userTags, null, null);
  }

  /** TIMPush: replaces each account's tags with these. */
  public static AddTagsRequest replacing(List<UserTags> userTags) {
    return new AddTagsRequest(userTags, 1, null);
  }
}
