package io.github.vertxtim.callback.event.follow;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;
import io.github.vertxtim.callback.CallbackEvent;
import io.github.vertxtim.callback.TimCallback;
import java.util.List;
import java.util.Map;

/**
 * A user unfollowed others: To_Account is a list of account IDs.
 *
 * @see <a href="https://trtc.io/document/70356">After a User Is Unfollowed</a>
 */
@TimCallback("Follow.CallbackAfterFollowDelete")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FollowAfterFollowDeleteEvent(@JsonProperty("CallbackCommand") String callbackCommand,
                                           @JsonProperty("From_Account") String fromAccount,
                                           @JsonProperty("To_Account") List<String> toAccounts,
                                           @JsonProperty("EventTime") Long eventTime,
                                           @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) implements CallbackEvent {

  public FollowAfterFollowDeleteEvent {
    toAccounts = toAccounts == null ? List.of() : List.copyOf(toAccounts);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }
}
