package io.github.vertxtim.api.account;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Body of account_check: {@code {"CheckItem":[{"UserID":…}]}}; at most 100 accounts.
 *
 * @see <a href="https://trtc.io/document/34956">Querying Accounts</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CheckAccountsRequest(@JsonProperty("CheckItem") List<UserIdItem> items,
                                   @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public CheckAccountsRequest {
    items = List.copyOf(items);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public static CheckAccountsRequest of(Collection<String> userIds) {
    return new CheckAccountsRequest(UserIdItem.of(userIds), null);
  }
}
