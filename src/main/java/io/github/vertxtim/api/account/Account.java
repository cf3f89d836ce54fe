package io.github.vertxtim.api.account;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.Map;
import java.util.Objects;

/**
 * An item of multiaccount_import's {@code AccountList}: an account with its optional nickname and avatar.
 *
 * @param userId  the UserID, at most 32 bytes
 * @see <a href="https://trtc.io/document/34954">Importing Multiple Accounts</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Account(@JsonProperty("UserID") String userId,
                      @JsonProperty("Nick") String nick,
                      @JsonProperty("FaceUrl") String faceUrl,
                      @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) implements JsonRecord {

  public Account {
    Objects.requireNonNull(userId, "UserID");
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public Account(String userId, String nick, String faceUrl) {
    this(userId, nick, faceUrl, null);
  }

  public static Account of(String userId) {
    return new Account(userId, null, null, null);
  }
}
