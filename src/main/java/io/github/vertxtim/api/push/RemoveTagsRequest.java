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
 * Body of im_remove_tag and timpush/remove_tag: the tags to remove, for up to 100 accounts.
 *
 * @see <a href="https://www.tencentcloud.com/document/product/1047/37174">Deleting User Tags</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RemoveTagsRequest(@JsonProperty("UserTags") List<UserTags> userTags,
                                @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public RemoveTagsRequest {
    userTags = List.copyOf(Objects.requireNonNull(userTags, "UserTags"));
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public static RemoveTagsRequest of(List<UserTags> userTags) {
    return new RemoveTagsRequest(userTags, null);
  }
}
