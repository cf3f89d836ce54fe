package io.github.vertxtim.callback.event.c2c;

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
 * A one-to-one message was sent (also when delivery failed: SendMsgResult and ErrorInfo say how it went).
 *
 * @see <a href="https://trtc.io/document/34365">After a One-to-One Message Is Sent</a>
 */
@TimCallback("C2C.CallbackAfterSendMsg")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record C2cAfterSendMsgEvent(@JsonProperty("CallbackCommand") String callbackCommand,
                                   @JsonProperty("From_Account") String fromAccount,
                                   @JsonProperty("To_Account") String toAccount,
                                   @JsonProperty("MsgSeq") Long msgSeq,
                                   @JsonProperty("MsgRandom") Long msgRandom,
                                   @JsonProperty("MsgTime") Long msgTime,
                                   @JsonProperty("MsgKey") String msgKey,
                                   @JsonProperty("OnlineOnlyFlag") Integer onlineOnlyFlag,
                                   @JsonProperty("SendMsgResult") Integer sendMsgResult,
                                   @JsonProperty("ErrorInfo") String errorInfo,
                                   @JsonProperty("UnreadMsgNum") Integer unreadMsgNum,
                                   @JsonProperty("MsgBody") List<MsgElement> msgBody,
                                   @JsonProperty("CloudCustomData") String cloudCustomData,
                                   @JsonProperty("EventTime") Long eventTime,
                                   @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) implements CallbackEvent {

  public C2cAfterSendMsgEvent {
    msgBody = msgBody == null ? List.of() : List.copyOf(msgBody);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }
}
