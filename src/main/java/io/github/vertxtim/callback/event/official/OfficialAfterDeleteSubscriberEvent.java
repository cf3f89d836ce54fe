package io.github.vertxtim.callback.event.official;

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
 * Sent after users unsubscribed from an official account.
 * <p>
 * {@code Official_Account}: the official account's ID; {@code EventTime}: when the event happened, Unix time in
 * milliseconds (a number or a numeric string on the wire).
 *
 * @see <a href="https://trtc.io/document/60802">Callback After Unsubscribing from an Official Account</a>
 */
@TimCallback("OfficialAccount.CallbackAfterDeleteSubscriber")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OfficialAfterDeleteSubscriberEvent(
    @JsonProperty("CallbackCommand") String callbackCommand,
    @JsonProperty("Official_Account") String officialAccount,
    @JsonProperty("Operator_Account") String operatorAccount,
    @JsonProperty("SubscribeAccountList") List<SubscriberItem> subscribeAccountList,
    @JsonProperty("EventTime") Long eventTime,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements CallbackEvent {

  public OfficialAfterDeleteSubscriberEvent {
    subscribeAccountList = subscribeAccountList == null ? List.of() : List.copyOf(subscribeAccountList);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public OfficialAfterDeleteSubscriberEvent(String callbackCommand, String officialAccount, String operatorAccount,
      List<SubscriberItem> subscribeAccountList, Long eventTime) {
    this(callbackCommand, officialAccount, operatorAccount, subscribeAccountList, eventTime, null);
  }
}
