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
 * Body of im_set_attr and timpush/set_attr: attributes for up to 100 accounts, by attribute name (set the app's
 * attribute names first).
 *
 * @see <a href="https://www.tencentcloud.com/document/product/1047/37170">Setting User Attributes</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SetAttrsRequest(@JsonProperty("UserAttrs") List<UserAttrs> userAttrs,
                              @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public SetAttrsRequest {
    userAttrs = List.copyOf(Objects.requireNonNull(userAttrs, "UserAttrs"));
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public static SetAttrsRequest of(List<UserAttrs> userAttrs) {
    return new SetAttrsRequest(userAttrs, null);
  }
}
