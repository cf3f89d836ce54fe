package io.github.vertxtim.callback.event.bot;

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
 * Sent after a user sent a one-to-one message to a chatbot account; the shape of an after-send C2C event.
 * <p>
 * {@code To_Account}: the chatbot ({@code @RBT#…}); {@code MsgTime}: Unix time in seconds;
 * {@code OnlineOnlyFlag}: 1 for an online-only message (not stored, no offline push), else 0;
 * {@code SendMsgResult}: 0 when the message was delivered; {@code MsgBody}: the message, in the library's one
 * message model; {@code EventTime}: when the event happened, Unix time in milliseconds (a number or a numeric
 * string on the wire).
 *
 * @see <a href="https://trtc.io/document/68952">Callback After a One-to-One Message Is Sent to a Chatbot</a>
 */
@TimCallback("Bot.OnC2CMessage")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BotOnC2cMessageEvent(@JsonProperty("CallbackCommand") String callbackCommand,
                                   @JsonProperty("From_Account") String fromAccount,
                                   @JsonProperty("To_Account") String toAccount,
                                   @JsonProperty("MsgSeq") Long msgSeq,
                                   @JsonProperty("MsgRandom") Long msgRandom,
                                   @JsonProperty("MsgTime") Long msgTime,
                                   @JsonProperty("MsgKey") String msgKey,
                                   @JsonProperty("MsgId") String msgId,
                                   @JsonProperty("OnlineOnlyFlag") Integer onlineOnlyFlag,
                                   @JsonProperty("SendMsgResult") Integer sendMsgResult,
                                   @JsonProperty("ErrorInfo") String errorInfo,
                                   @JsonProperty("UnreadMsgNum") Integer unreadMsgNum,
                                   @JsonProperty("MsgBody") List<MsgElement> msgBody,
                                   @JsonProperty("CloudCustomData") String cloudCustomData,
                                   @JsonProperty("EventTime") Long eventTime,
                                   @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements CallbackEvent {

  public BotOnC2cMessageEvent {
    msgBody = msgBody == null ? List.of() : List.copyOf(msgBody);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public BotOnC2cMessageEvent(String callbackCommand, String fromAccount, String toAccount, Long msgSeq,
      Long msgRandom, Long msgTime, String msgKey, String msgId, Integer onlineOnlyFlag, Integer sendMsgResult,
      String errorInfo, Integer unreadMsgNum, List<MsgElement> msgBody, String cloudCustomData, Long eventTime) {
    this(callbackCommand, fromAccount, toAccount, msgSeq, msgRandom, msgTime, msgKey, msgId, onlineOnlyFlag,
        sendMsgResult, errorInfo, unreadMsgNum, msgBody, cloudCustomData, eventTime, null);
  }
}
