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
 * Sent before users subscribe to an official account; the answer allows, rejects, or refuses some of them
 * ({@code RefusedSubscribers_Account}).
 * <p>
 * {@code Official_Account}: the official account's ID; {@code EventTime}: when the event happened, Unix time in
 * milliseconds (a number or a numeric string on the wire).
 *
 * @see <a href="https://trtc.io/document/60799">Callback Before Subscribing to an Official Account</a>
 */
@TimCallback("OfficialAccount.CallbackBeforeAddSubscriber")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OfficialBeforeAddSubscriberEvent(
    @JsonProperty("CallbackCommand") String callbackCommand,
    @JsonProperty("Official_Account") String officialAccount,
    @JsonProperty("Operator_Account") String operatorAccount,
    @JsonProperty("SubscribeAccountList") List<SubscriberItem> subscribeAccountList,
    @JsonProperty("EventTime") Long eventTime,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements CallbackEvent {

  public OfficialBeforeAddSubscriberEvent {
    subscribeAccountList = subscribeAccountList == null ? List.of() : List.copyOf(subscribeAccountList);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public OfficialBeforeAddSubscriberEvent(String callbackCommand, String officialAccount, String operatorAccount,
      List<SubscriberItem> subscribeAccountList, Long eventTime) {
    this(callbackCommand, officialAccount, operatorAccount, subscribeAccountList, eventTime, null);
  }
}
