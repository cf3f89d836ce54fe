package io.github.vertxtim.callback.event.sns;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.Map;

/**
 * One pair of a relationship callback's {@code PairList}: From_Account's list gained or lost To_Account;
 * Initiator_Account (friend additions only) is who asked.
 *
 * @see <a href="https://trtc.io/document/34359">After a Friend Is Added</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AccountPair(@JsonProperty("From_Account") String fromAccount,
                          @JsonProperty("To_Account") String toAccount,
                          @JsonProperty("Initiator_Account") String initiatorAccount,
                          @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) implements JsonRecord {

  public AccountPair {
    unknownFields = JsonRecord.copyOf(unknownFields);
  }
}
