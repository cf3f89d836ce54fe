package io.github.vertxtim.api.account;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Collection;
import java.util.List;

/** Body of account_delete: {@code {"DeleteItem":[{"UserID":…}]}}; at most 100 accounts. */
public record AccountDeleteRequest(@JsonProperty("DeleteItem") List<UserRef> items) {

  public AccountDeleteRequest {
    items = List.copyOf(items);
  }

  public static AccountDeleteRequest of(Collection<String> userIds) {
    return new AccountDeleteRequest(UserRef.of(userIds));
  }
}
