package io.github.vertxtim.api.account;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Objects;

/** Body of kick: the account whose login state is invalidated. */
public record KickRequest(@JsonProperty("UserID") String userId) {

  public KickRequest {
    Objects.requireNonNull(userId, "userId");
  }
}
