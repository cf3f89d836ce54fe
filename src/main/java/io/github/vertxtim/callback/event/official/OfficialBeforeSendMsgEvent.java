package io.github.vertxtim.callback.event.official;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;
import io.github.vertxtim.api.message.MsgElement;
import io.github.vertxtim.callback.CallbackEvent;
import io.github.vertxtim.callback.TimCallback;

import java.util.List;
import java.util.Map;

/**
 * Sent before an official account's message is delivered; the answer allows, rejects, silently drops or rewrites it.
 * <p>
 * {@code Official_Account}: the official account's ID; {@code OnlineOnlyFlag}: 1 for an online-only message (not
 * stored, no offline push), else 0; {@code MsgBody}: the message, in the library's one message model;
 * {@code EventTime}: when the event happened, Unix time in milliseconds (a number or a numeric string on the
 * wire).
 *
 * @see <a href="https://trtc.io/document/60803">Callback Before Sending an Official Account Message</a>
 */
@TimCallback("OfficialAccount.CallbackBeforeSendMsg")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OfficialBeforeSendMsgEvent(@JsonProperty("CallbackCommand") String callbackCommand,
                                         @JsonProperty("Official_Account") String officialAccount,
                                         @JsonProperty("OnlineOnlyFlag") Integer onlineOnlyFlag,
                                         @JsonProperty("MsgBody") List<MsgElement> msgBody,
                                         @JsonProperty("CloudCustomData") String cloudCustomData,
                                         @JsonProperty("EventTime") Long eventTime,
                                         @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements CallbackEvent {

  public OfficialBeforeSendMsgEvent {
    msgBody = msgBody == null ? List.of() : List.copyOf(msgBody);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public OfficialBeforeSendMsgEvent(String callbackCommand, String officialAccount, Integer onlineOnlyFlag,
      List<MsgElement> msgBody, String cloudCustomData, Long eventTime) {
    this(callbackCommand, officialAccount, onlineOnlyFlag, msgBody, cloudCustomData, eventTime, null);
  }
}
