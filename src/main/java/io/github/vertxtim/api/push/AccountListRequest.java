package io.github.vertxtim.api.push;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The body {@code {"To_Account":[..]}} that the push attribute and tag pages document for reading attributes,
 * reading tags and removing all tags (im_get_attr, im_get_tag, im_remove_all_tags, timpush/get_attr,
 * timpush/get_tag, timpush/clear_all_tags); at most 100 accounts.
 *
 * @see <a href="https://www.tencentcloud.com/document/product/1047/37169">Getting User Attributes</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AccountListRequest(@JsonProperty("To_Account") List<String> accounts,
                                 @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public AccountListRequest {
    accounts = List.copyOf(Objects.requireNonNull(accounts, "To_Account"));
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public static AccountListRequest of(Collection<String> accounts) {
    return new AccountListRequest(List.copyOf(accounts), null);
  }

  public static AccountListRequest of(String... accounts) {
    return new AccountListRequest(List.of(accounts), null);
  }
}
