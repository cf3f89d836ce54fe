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
 * {@code {"Key": …, "Value": …}}: one custom field, the item of a group's AppDefinedData and a member's
 * AppMemberDefinedData, which the pages document alike. On modify, an empty Value deletes the key.
 *
 * @see <a href="https://www.tencentcloud.com/document/product/1047/34962">Modifying the Profile of a Group</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AppDefinedDataItem(@JsonProperty("Key") String key,
                                 @JsonProperty("Value") String value,
                                 @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public AppDefinedDataItem {
    Objects.requireNonNull(key, "Key");
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public AppDefinedDataItem(String key, String value) {
    this(key, value, null);
  }

  /** The custom fields of {@code fields} in their order, as items. */
  public static List<AppDefinedDataItem> of(Map<String, String> fields) {
    return fields.entrySet().stream().map(e -> new AppDefinedDataItem(e.getKey(), e.getValue())).toList();
  }
}
