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
 * Sent after an official account's message has been delivered.
 * <p>
 * {@code Official_Account}: the official account's ID; {@code MsgTime}: Unix time in seconds;
 * {@code OnlineOnlyFlag}: 1 for an online-only message (not stored, no offline push), else 0; {@code MsgBody}:
 * the message, in the library's one message model; {@code EventTime}: when the event happened, Unix time in
 * milliseconds (a number or a numeric string on the wire).
 *
 * @see <a href="https://trtc.io/document/60804">Callback After Sending an Official Account Message</a>
 */
@TimCallback("OfficialAccount.CallbackAfterSendMsg")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OfficialAfterSendMsgEvent(@JsonProperty("CallbackCommand") String callbackCommand,
                                        @JsonProperty("Official_Account") String officialAccount,
                                        @JsonProperty("MsgKey") String msgKey,
                                        @JsonProperty("MsgTime") Long msgTime,
                                        @JsonProperty("OnlineOnlyFlag") Integer onlineOnlyFlag,
                                        @JsonProperty("MsgBody") List<MsgElement> msgBody,
                                        @JsonProperty("CloudCustomData") String cloudCustomData,
                                        @JsonProperty("EventTime") Long eventTime,
                                        @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements CallbackEvent {

  public OfficialAfterSendMsgEvent {
    msgBody = msgBody == null ? List.of() : List.copyOf(msgBody);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public OfficialAfterSendMsgEvent(String callbackCommand, String officialAccount, String msgKey, Long msgTime,
      Integer onlineOnlyFlag, List<MsgElement> msgBody, String cloudCustomData, Long eventTime) {
    this(callbackCommand, officialAccount, msgKey, msgTime, onlineOnlyFlag, msgBody, cloudCustomData, eventTime,
        null);
  }
}
