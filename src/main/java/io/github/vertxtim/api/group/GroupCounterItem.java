package io.github.vertxtim.api.group;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.Map;
import java.util.Objects;

/**
 * {"Key", "Value"}: one group counter (key at most 128 bytes, a signed 64-bit value).
 *
 * @see <a href="https://www.tencentcloud.com/document/product/1047/53428">Updating Group Counters</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GroupCounterItem(@JsonProperty("Key") String key,
                               @JsonProperty("Value") long value,
                               @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public GroupCounterItem {
    Objects.requireNonNull(key, "Key");
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public GroupCounterItem(String key, long value) {
    this(key, value, null);
  }
}
