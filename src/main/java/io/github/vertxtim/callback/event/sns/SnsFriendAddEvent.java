package io.github.vertxtim.callback.event.sns;

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
 * Friends were added: the pairs, the command that triggered it (ClientCmd), the admin and whether it was forced.
 *
 * @see <a href="https://trtc.io/document/34359">After a Friend Is Added</a>
 */
@TimCallback("Sns.CallbackFriendAdd")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SnsFriendAddEvent(@JsonProperty("CallbackCommand") String callbackCommand,
                                @JsonProperty("PairList") List<AccountPair> pairs,
                                @JsonProperty("ClientCmd") String clientCmd,
                                @JsonProperty("Admin_Account") String adminAccount,
                                @JsonProperty("ForceFlag") Integer forceFlag,
                                @JsonProperty("EventTime") Long eventTime,
                                @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) implements CallbackEvent {

  public SnsFriendAddEvent {
    pairs = pairs == null ? List.of() : List.copyOf(pairs);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }
}
