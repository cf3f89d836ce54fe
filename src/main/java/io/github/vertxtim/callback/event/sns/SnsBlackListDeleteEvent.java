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
 * Users were removed from blocklists, per pair.
 *
 * @see <a href="https://trtc.io/document/34362">After a User Is Removed from Blocklist</a>
 */
@TimCallback("Sns.CallbackBlackListDelete")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SnsBlackListDeleteEvent(@JsonProperty("CallbackCommand") String callbackCommand,
                                      @JsonProperty("PairList") List<AccountPair> pairs,
                                      @JsonProperty("EventTime") Long eventTime,
                                      @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) implements CallbackEvent {

  public SnsBlackListDeleteEvent {
    pairs = pairs == null ? List.of() : List.copyOf(pairs);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }
}
