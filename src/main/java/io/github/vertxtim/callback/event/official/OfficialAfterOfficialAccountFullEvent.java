package io.github.vertxtim.callback.event.official;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;
import io.github.vertxtim.callback.CallbackEvent;
import io.github.vertxtim.callback.TimCallback;

import java.util.Map;

/**
 * Sent when an official account has reached its subscriber limit.
 * <p>
 * {@code Official_Account}: the official account's ID; {@code EventTime}: when the event happened, Unix time in
 * milliseconds (a number or a numeric string on the wire).
 *
 * @see <a href="https://trtc.io/document/60801">Callback After the Number of Official Account Subscribers Reaches the Limit</a>
 */
@TimCallback("OfficialAccount.CallbackAfterOfficialAccountFull")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OfficialAfterOfficialAccountFullEvent(@JsonProperty("CallbackCommand") String callbackCommand,
                                                    @JsonProperty("Official_Account") String officialAccount,
                                                    @JsonProperty("EventTime") Long eventTime,
                                                    @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements CallbackEvent {

  public OfficialAfterOfficialAccountFullEvent {
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public OfficialAfterOfficialAccountFullEvent(String callbackCommand, String officialAccount, Long eventTime) {
    this(callbackCommand, officialAccount, eventTime, null);
  }
}
