package io.github.vertxtim.api.account;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.Map;
import java.util.Objects;

/**
 * Body of account_import: one account with its optional nickname and avatar.
 *
 * @param userId the UserID, at most 32 bytes
 * @see <a href="https://trtc.io/document/34953">Importing a Single Account</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ImportAccountRequest(@JsonProperty("UserID") String userId,
                                   @JsonProperty("Nick") String nick,
                                   @JsonProperty("FaceUrl") String faceUrl,
                                   @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public ImportAccountRequest {
    Objects.requireNonNull(userId, "UserID");
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public ImportAccountRequest(String userId, String nick, String faceUrl) {
    this(userId, nick, faceUrl, null);
  }

  public static ImportAccountRequest of(String userId) {
    return new ImportAccountRequest(userId, null, null, null);
  }
}
