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
 * Sent after an official account has been destroyed.
 * <p>
 * {@code Official_Account}: the official account's ID; {@code EventTime}: when the event happened, Unix time in
 * milliseconds (a number or a numeric string on the wire).
 *
 * @see <a href="https://trtc.io/document/60798">Callback After Official Account Destroyed</a>
 */
@TimCallback("OfficialAccount.CallbackAfterOfficialAccountDestroyed")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OfficialAfterOfficialAccountDestroyedEvent(
    @JsonProperty("CallbackCommand") String callbackCommand,
    @JsonProperty("Official_Account") String officialAccount,
    @JsonProperty("Owner_Account") String ownerAccount,
    @JsonProperty("Name") String name,
    @JsonProperty("EventTime") Long eventTime,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements CallbackEvent {

  public OfficialAfterOfficialAccountDestroyedEvent {
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public OfficialAfterOfficialAccountDestroyedEvent(String callbackCommand, String officialAccount,
      String ownerAccount, String name, Long eventTime) {
    this(callbackCommand, officialAccount, ownerAccount, name, eventTime, null);
  }
}
