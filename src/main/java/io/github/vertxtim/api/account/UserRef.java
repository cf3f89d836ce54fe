package io.github.vertxtim.api.account;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

/** {@code {"UserID": …}}, the item of account_delete and account_check. */
public record UserRef(@JsonProperty("UserID") String userId) {

  public UserRef {
    Objects.requireNonNull(userId, "userId");
  }

  static List<UserRef> of(Collection<String> userIds) {
    return userIds.stream().map(UserRef::new).toList();
  }
}
