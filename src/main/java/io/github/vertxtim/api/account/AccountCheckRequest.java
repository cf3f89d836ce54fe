package io.github.vertxtim.api.account;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Collection;
import java.util.List;

/** Body of account_check: {@code {"CheckItem":[{"UserID":…}]}}; at most 100 accounts. */
public record AccountCheckRequest(@JsonProperty("CheckItem") List<UserRef> items) {

  public AccountCheckRequest {
    items = List.copyOf(items);
  }

  public static AccountCheckRequest of(Collection<String> userIds) {
    return new AccountCheckRequest(UserRef.of(userIds));
  }
}
