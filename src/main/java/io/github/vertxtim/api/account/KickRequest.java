package io.github.vertxtim.api.account;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.Map;
import java.util.Objects;

/**
 * Body of kick: the account whose login state is invalidated.
 *
 * @see <a href="https://www.tencentcloud.com/document/product/1047/34957">Invalidating Login Status</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record KickRequest(@JsonProperty("UserID") String userId,
                          @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) implements JsonRecord {

  public KickRequest {
    Objects.requireNonNull(userId, "UserID");
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public KickRequest(String userId) {
    this(userId, null);
  }
}
