package io.github.vertxtim.callback.event.group;

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
 * Sent when a group message failed to be sent; ErrorCode and ErrorInfo say why.
 * <p>
 * {@code Type}: the group type, one of {@link GroupType}; {@code Random}: the message's random number (uint32);
 * {@code OnlineOnlyFlag}: 1 for an online-only message (not stored, no offline push), else 0; {@code MsgBody}:
 * the message, in the library's one message model; {@code EventTime}: when the event happened, Unix time in
 * milliseconds (a number or a numeric string on the wire).
 *
 * @see <a href="https://trtc.io/document/49462">Callback for Group Message Sending Exception</a>
 */
@TimCallback("Group.CallbackSendMsgException")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GroupSendMsgExceptionEvent(@JsonProperty("CallbackCommand") String callbackCommand,
                                         @JsonProperty("GroupId") String groupId,
                                         @JsonProperty("Type") String type,
                                         @JsonProperty("From_Account") String fromAccount,
                                         @JsonProperty("Operator_Account") String operatorAccount,
                                         @JsonProperty("Random") Long random,
                                         @JsonProperty("OnlineOnlyFlag") Integer onlineOnlyFlag,
                                         @JsonProperty("MsgBody") List<MsgElement> msgBody,
                                         @JsonProperty("CloudCustomData") String cloudCustomData,
                                         @JsonProperty("ErrorCode") Integer errorCode,
                                         @JsonProperty("ErrorInfo") String errorInfo,
                                         @JsonProperty("EventTime") Long eventTime,
                                         @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements CallbackEvent {

  public GroupSendMsgExceptionEvent {
    msgBody = msgBody == null ? List.of() : List.copyOf(msgBody);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public GroupSendMsgExceptionEvent(String callbackCommand, String groupId, String type, String fromAccount,
      String operatorAccount, Long random, Integer onlineOnlyFlag, List<MsgElement> msgBody, String cloudCustomData,
      Integer errorCode, String errorInfo, Long eventTime) {
    this(callbackCommand, groupId, type, fromAccount, operatorAccount, random, onlineOnlyFlag, msgBody,
        cloudCustomData, errorCode, errorInfo, eventTime, null);
  }
}
