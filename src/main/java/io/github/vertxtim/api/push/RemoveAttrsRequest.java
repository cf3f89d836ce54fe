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
 * Body of im_remove_attr and timpush/remove_attr: the attribute names to remove, for up to 100 accounts.
 *
 * @see <a href="https://www.tencentcloud.com/document/product/1047/37171">Deleting User Attributes</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RemoveAttrsRequest(@JsonProperty("UserAttrs") List<UserAttrNames> userAttrs,
                                 @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public RemoveAttrsRequest {
    userAttrs = List.copyOf(Objects.requireNonNull(userAttrs, "UserAttrs"));
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public static RemoveAttrsRequest of(List<UserAttrNames> userAttrs) {
    return new RemoveAttrsRequest(userAttrs, null);
  }
}
