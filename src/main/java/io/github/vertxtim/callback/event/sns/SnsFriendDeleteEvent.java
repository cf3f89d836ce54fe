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
 * Friends were deleted: the pairs.
 *
 * @see <a href="https://trtc.io/document/34360">After a Friend Is Deleted</a>
 */
@TimCallback("Sns.CallbackFriendDelete")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SnsFriendDeleteEvent(@JsonProperty("CallbackCommand") String callbackCommand,
                                   @JsonProperty("PairList") List<AccountPair> pairs,
                                   @JsonProperty("EventTime") Long eventTime,
                                   @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) implements CallbackEvent {

  public SnsFriendDeleteEvent {
    pairs = pairs == null ? List.of() : List.copyOf(pairs);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }
}
