package io.github.vertxtim.api.push;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.List;
import java.util.Map;

/**
 * Answer of im_get_tag and timpush/get_tag: each account's tags, and, from TIMPush, the accounts that are not
 * imported in {@code ErrorList} (70107).
 *
 * @see <a href="https://www.tencentcloud.com/document/product/1047/37172">Getting User Tags</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetTagsResult(@JsonProperty("UserTags") List<UserTags> userTags,
                            @JsonProperty("ErrorList") List<PushAccountError> errors,
                            @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public GetTagsResult {
    userTags = userTags == null ? List.of() : List.copyOf(userTags);
    errors = errors == null ? List.of() : List.copyOf(errors);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  /** The tags of {@code account}, or null when the answer does not list it. */
  public List<String> tagsOf(String account) {
    return userTags.stream().filter(u -> u.account().equals(account)).map(UserTags::tags).findFirst().orElse(null);
  }
}
