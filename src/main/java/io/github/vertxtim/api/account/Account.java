package io.github.vertxtim.api.account;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Objects;

/**
 * An app account as imported: the body of account_import and an item of multiaccount_import.
 *
 * @param userId  the UserID, at most 32 bytes
 * @param nick    optional nickname
 * @param faceUrl optional avatar URL
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Account(@JsonProperty("UserID") String userId,
                      @JsonProperty("Nick") String nick,
                      @JsonProperty("FaceUrl") String faceUrl) {

  public Account {
    Objects.requireNonNull(userId, "userId");
  }

  public static Account of(String userId) {
    return new Account(userId, null, null);
  }
}
