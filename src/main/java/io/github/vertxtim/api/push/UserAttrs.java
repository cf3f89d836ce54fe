package io.github.vertxtim.api.push;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.Map;
import java.util.Objects;

/**
 * One account's push attributes (attribute name to value, a value at most 50 bytes): an item of im_set_attr's and
 * im_get_attr's {@code UserAttrs}.
 *
 * @see <a href="https://www.tencentcloud.com/document/product/1047/37170">Setting User Attributes</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UserAttrs(@JsonProperty("To_Account") String account,
                        @JsonProperty("Attrs") Map<String, String> attrs,
                        @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) implements JsonRecord {

  public UserAttrs {
    Objects.requireNonNull(account, "To_Account");
    attrs = attrs == null ? Map.of() : Map.copyOf(attrs);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public UserAttrs(String account, Map<String, String> attrs) {
    this(account, attrs, null);
  }
}
