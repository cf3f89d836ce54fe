package io.github.vertxtim.callback.event.group;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;
import io.github.vertxtim.api.group.MsgSeqItem;
import io.github.vertxtim.callback.CallbackEvent;
import io.github.vertxtim.callback.TimCallback;

import java.util.List;
import java.util.Map;

/**
 * Sent after group messages have been recalled.
 * <p>
 * {@code Type}: the group type, one of {@link GroupType}; {@code MsgSeqList}: the recalled messages, the
 * MsgSeqList items of group_msg_recall; {@code TopicId}: the topic of a community group, absent outside topics;
 * {@code EventTime}: when the event happened, Unix time in milliseconds (a number or a numeric string on the
 * wire).
 *
 * @see <a href="https://trtc.io/document/46979">Callback After Recalling Group Messages</a>
 */
@TimCallback("Group.CallbackAfterRecallMsg")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GroupAfterRecallMsgEvent(@JsonProperty("CallbackCommand") String callbackCommand,
                                       @JsonProperty("Operator_Account") String operatorAccount,
                                       @JsonProperty("Type") String type,
                                       @JsonProperty("GroupId") String groupId,
                                       @JsonProperty("MsgSeqList") List<MsgSeqItem> msgSeqList,
                                       @JsonProperty("TopicId") String topicId,
                                       @JsonProperty("EventTime") Long eventTime,
                                       @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements CallbackEvent {

  public GroupAfterRecallMsgEvent {
    msgSeqList = msgSeqList == null ? List.of() : List.copyOf(msgSeqList);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public GroupAfterRecallMsgEvent(String callbackCommand, String operatorAccount, String type, String groupId,
      List<MsgSeqItem> msgSeqList, String topicId, Long eventTime) {
    this(callbackCommand, operatorAccount, type, groupId, msgSeqList, topicId, eventTime, null);
  }
}
