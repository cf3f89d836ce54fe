package io.github.vertxtim.api.push;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.List;
import java.util.Map;

/**
 * Answer of im_get_attr and timpush/get_attr: each account's attributes (empty when it has none), and, from
 * TIMPush, the accounts that are not imported in {@code ErrorList} (70107).
 *
 * @see <a href="https://trtc.io/document/67817">Obtaining User Attributes</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetAttrsResult(@JsonProperty("UserAttrs") List<UserAttrs> userAttrs,
                             @JsonProperty("ErrorList") List<PushAccountError> errors,
                             @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public GetAttrsResult {
    userAttrs = userAttrs == null ? List.of() : List.copyOf(userAttrs);
    errors = errors == null ? List.of() : List.copyOf(errors);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  /** The attributes of {@code account}, or null when the answer does not list it. */
  public Map<String, String> attrsOf(String account) {
    return userAttrs.stream().filter(u -> u.account().equals(account)).map(UserAttrs::attrs).findFirst()
        .orElse(null);
  }
}
