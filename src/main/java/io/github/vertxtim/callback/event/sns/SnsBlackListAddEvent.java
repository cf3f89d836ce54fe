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
 * Users were added to blocklists: From_Account blocked To_Account, per pair.
 *
 * @see <a href="https://trtc.io/document/34361">After a User Is Added to Blocklist</a>
 */
@TimCallback("Sns.CallbackBlackListAdd")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SnsBlackListAddEvent(@JsonProperty("CallbackCommand") String callbackCommand,
                                   @JsonProperty("PairList") List<AccountPair> pairs,
                                   @JsonProperty("EventTime") Long eventTime,
                                   @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) implements CallbackEvent {

  public SnsBlackListAddEvent {
    pairs = pairs == null ? List.of() : List.copyOf(pairs);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }
}
