package io.github.vertxtim.api.push;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.List;
import java.util.Map;

/**
 * Answer of the TIMPush attribute and tag writes: OK, with the accounts it did not apply to in {@code ErrorList}
 * ("partially successful"), empty when every account succeeded.
 *
 * @see <a href="https://www.tencentcloud.com/document/product/1047/67818">Setting User Attributes</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AccountErrorsResult(@JsonProperty("ErrorList") List<PushAccountError> errors,
                                  @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public AccountErrorsResult {
    errors = errors == null ? List.of() : List.copyOf(errors);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }
}
