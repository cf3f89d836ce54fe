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
 * The attributes to remove from one account: an item of im_remove_attr's {@code UserAttrs}.
 *
 * @see <a href="https://www.tencentcloud.com/document/product/1047/37171">Deleting User Attributes</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UserAttrNames(@JsonProperty("To_Account") String account,
                            @JsonProperty("Attrs") List<String> attrs,
                            @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public UserAttrNames {
    Objects.requireNonNull(account, "To_Account");
    attrs = List.copyOf(Objects.requireNonNull(attrs, "Attrs"));
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public UserAttrNames(String account, List<String> attrs) {
    this(account, attrs, null);
  }
}
