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
 * Sent after a group message has been delivered.
 * <p>
 * {@code Type}: the group type, one of {@link GroupType}; {@code Random}: the message's random number (uint32);
 * {@code MsgId}: the message's ID on the client; {@code MsgTime}: Unix time in seconds; {@code OnlineOnlyFlag}:
 * 1 for an online-only message (not stored, no offline push), else 0; {@code MsgBody}: the message, in the
 * library's one message model; {@code TopicId}: the topic of a community group, absent outside topics;
 * {@code GroupAtInfo}: who the message @-mentions; {@code EventTime}: when the event happened, Unix time in
 * milliseconds (a number or a numeric string on the wire).
 *
 * @see <a href="https://trtc.io/document/34375">After a Group Message Is Sent</a>
 */
@TimCallback("Group.CallbackAfterSendMsg")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GroupAfterSendMsgEvent(@JsonProperty("CallbackCommand") String callbackCommand,
                                     @JsonProperty("GroupId") String groupId,
                                     @JsonProperty("Type") String type,
                                     @JsonProperty("From_Account") String fromAccount,
                                     @JsonProperty("Operator_Account") String operatorAccount,
                                     @JsonProperty("Random") Long random,
                                     @JsonProperty("MsgId") String msgId,
                                     @JsonProperty("MsgSeq") Long msgSeq,
                                     @JsonProperty("MsgTime") Long msgTime,
                                     @JsonProperty("OnlineOnlyFlag") Integer onlineOnlyFlag,
                                     @JsonProperty("MsgBody") List<MsgElement> msgBody,
                                     @JsonProperty("CloudCustomData") String cloudCustomData,
                                     @JsonProperty("TopicId") String topicId,
                                     @JsonProperty("GroupAtInfo") List<AtInfo> groupAtInfo,
                                     @JsonProperty("EventTime") Long eventTime,
                                     @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements CallbackEvent {

  public GroupAfterSendMsgEvent {
    msgBody = msgBody == null ? List.of() : List.copyOf(msgBody);
    groupAtInfo = groupAtInfo == null ? List.of() : List.copyOf(groupAtInfo);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public GroupAfterSendMsgEvent(String callbackCommand, String groupId, String type, String fromAccount,
      String operatorAccount, Long random, String msgId, Long msgSeq, Long msgTime, Integer onlineOnlyFlag,
      List<MsgElement> msgBody, String cloudCustomData, String topicId, List<AtInfo> groupAtInfo, Long eventTime) {
    this(callbackCommand, groupId, type, fromAccount, operatorAccount, random, msgId, msgSeq, msgTime,
        onlineOnlyFlag, msgBody, cloudCustomData, topicId, groupAtInfo, eventTime, null);
  }

  /**
   * One @-mention: GroupAtAllFlag 1 for @all (then GroupAt_Account is absent), else 0 and the
   * mentioned member.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record AtInfo(@JsonProperty("GroupAtAllFlag") Integer groupAtAllFlag,
                       @JsonProperty("GroupAt_Account") String groupAtAccount,
                       @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
      implements JsonRecord {

    public AtInfo {
      unknownFields = JsonRecord.copyOf(unknownFields);
    }

    public AtInfo(Integer groupAtAllFlag, String groupAtAccount) {
      this(groupAtAllFlag, groupAtAccount, null);
    }
  }
}
