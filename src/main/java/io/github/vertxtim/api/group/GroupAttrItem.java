package io.github.vertxtim.api.group;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {"key", "value"} (lower case, as documented): one custom group attribute. Keys are at most 32 bytes,
 * values at most 4000 bytes.
 *
 * @see <a href="https://www.tencentcloud.com/document/product/1047/44188">Modifying Custom Group Attributes</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GroupAttrItem(@JsonProperty("key") String key,
                            @JsonProperty("value") String value,
                            @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public GroupAttrItem {
    Objects.requireNonNull(key, "key");
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public GroupAttrItem(String key, String value) {
    this(key, value, null);
  }

  /** The items of a map, in its order. */
  public static List<GroupAttrItem> of(Map<String, String> attributes) {
    return attributes.entrySet().stream().map(e -> new GroupAttrItem(e.getKey(), e.getValue())).toList();
  }

  /** Items naming keys only (delete_group_attr). */
  public static List<GroupAttrItem> keys(String... keys) {
    return java.util.Arrays.stream(keys).map(k -> new GroupAttrItem(k, null)).toList();
  }
}
