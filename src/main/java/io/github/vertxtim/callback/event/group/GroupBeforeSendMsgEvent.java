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
 * Sent before a group message is delivered; the answer allows, rejects, silently drops or rewrites it.
 * <p>
 * {@code Type}: the group type, one of {@link GroupType}; {@code Random}: the message's random number (uint32);
 * {@code OnlineOnlyFlag}: 1 for an online-only message (not stored, no offline push), else 0; {@code MsgBody}:
 * the message, in the library's one message model; {@code TopicId}: the topic of a community group, absent
 * outside topics; {@code EventTime}: when the event happened, Unix time in milliseconds (a number or a numeric
 * string on the wire).
 *
 * @see <a href="https://trtc.io/document/34374">Before a Group Message Is Sent</a>
 */
@TimCallback("Group.CallbackBeforeSendMsg")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GroupBeforeSendMsgEvent(@JsonProperty("CallbackCommand") String callbackCommand,
                                      @JsonProperty("GroupId") String groupId,
                                      @JsonProperty("Type") String type,
                                      @JsonProperty("From_Account") String fromAccount,
                                      @JsonProperty("Operator_Account") String operatorAccount,
                                      @JsonProperty("Random") Long random,
                                      @JsonProperty("OnlineOnlyFlag") Integer onlineOnlyFlag,
                                      @JsonProperty("MsgBody") List<MsgElement> msgBody,
                                      @JsonProperty("CloudCustomData") String cloudCustomData,
                                      @JsonProperty("TopicId") String topicId,
                                      @JsonProperty("EventTime") Long eventTime,
                                      @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements CallbackEvent {

  public GroupBeforeSendMsgEvent {
    msgBody = msgBody == null ? List.of() : List.copyOf(msgBody);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public GroupBeforeSendMsgEvent(String callbackCommand, String groupId, String type, String fromAccount,
      String operatorAccount, Long random, Integer onlineOnlyFlag, List<MsgElement> msgBody, String cloudCustomData,
      String topicId, Long eventTime) {
    this(callbackCommand, groupId, type, fromAccount, operatorAccount, random, onlineOnlyFlag, msgBody,
        cloudCustomData, topicId, eventTime, null);
  }
}
