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
 * Sent before an official account is created; the answer allows or rejects it (custom codes 120001-130000).
 * <p>
 * {@code EventTime}: when the event happened, Unix time in milliseconds (a number or a numeric string on the
 * wire).
 *
 * @see <a href="https://trtc.io/document/60795">Callback Before Creating an Official Account</a>
 */
@TimCallback("OfficialAccount.CallbackBeforeCreateOfficialAccount")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OfficialBeforeCreateOfficialAccountEvent(@JsonProperty("CallbackCommand") String callbackCommand,
                                                       @JsonProperty("Operator_Account") String operatorAccount,
                                                       @JsonProperty("Owner_Account") String ownerAccount,
                                                       @JsonProperty("Name") String name,
                                                       @JsonProperty("EventTime") Long eventTime,
                                                       @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements CallbackEvent {

  public OfficialBeforeCreateOfficialAccountEvent {
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public OfficialBeforeCreateOfficialAccountEvent(String callbackCommand, String operatorAccount,
      String ownerAccount, String name, Long eventTime) {
    this(callbackCommand, operatorAccount, ownerAccount, name, eventTime, null);
  }
}
