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
 * One account's tags (each at most 50 bytes): an item of {@code UserTags} in im_add_tag, im_remove_tag and
 * im_get_tag (and their TIMPush twins).
 *
 * @see <a href="https://www.tencentcloud.com/document/product/1047/37173">Adding User Tags</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UserTags(@JsonProperty("To_Account") String account,
                       @JsonProperty("Tags") List<String> tags,
                       @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) implements JsonRecord {

  public UserTags {
    Objects.requireNonNull(account, "To_Account");
    tags = tags == null ? List.of() : List.copyOf(tags);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public UserTags(String account, List<String> tags) {
    this(account, tags, null);
  }
}
