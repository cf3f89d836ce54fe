package io.github.vertxtim.callback.event.bot;

import com.fasterxml.jackson.annotation.JsonAlias;
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
 * Sent after a group message @-mentioned chatbots (an @all does not trigger it).
 * <p>
 * {@code Type}: the group type, one of {@link GroupType}; {@code Random}: the message's random number (uint32);
 * {@code MsgTime}: Unix time in seconds; {@code OnlineOnlyFlag}: 1 for an online-only message (not stored, no
 * offline push), else 0; {@code MsgBody}: the message, in the library's one message model;
 * {@code AtRobots_Account}: the chatbots mentioned; {@code TopicId}: the topic of a community group, absent
 * outside topics; {@code EventTime}: when the event happened, Unix time in milliseconds (a number or a numeric
 * string on the wire).
 *
 * @see <a href="https://trtc.io/document/68953">Callback After @Chatbot in a Group</a>
 */
@TimCallback("Bot.OnGroupMessage")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BotOnGroupMessageEvent(
    @JsonProperty("CallbackCommand") String callbackCommand,
    @JsonProperty("GroupId") String groupId,
    @JsonProperty("Type") String type,
    @JsonProperty("From_Account") String fromAccount,
    @JsonProperty("Operator_Account") String operatorAccount,
    @JsonProperty("Random") Long random,
    @JsonProperty("MsgSeq") Long msgSeq,
    @JsonProperty("MsgTime") Long msgTime,
    @JsonProperty("OnlineOnlyFlag") Integer onlineOnlyFlag,
    @JsonProperty("MsgBody") List<MsgElement> msgBody,
    @JsonProperty("AtRobots_Account") @JsonAlias({"AtRobotAccount"}) List<String> atRobotsAccount,
    @JsonProperty("CloudCustomData") String cloudCustomData,
    @JsonProperty("TopicId") String topicId,
    @JsonProperty("EventTime") Long eventTime,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements CallbackEvent {

  public BotOnGroupMessageEvent {
    msgBody = msgBody == null ? List.of() : List.copyOf(msgBody);
    atRobotsAccount = atRobotsAccount == null ? List.of() : List.copyOf(atRobotsAccount);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public BotOnGroupMessageEvent(String callbackCommand, String groupId, String type, String fromAccount,
      String operatorAccount, Long random, Long msgSeq, Long msgTime, Integer onlineOnlyFlag,
      List<MsgElement> msgBody, List<String> atRobotsAccount, String cloudCustomData, String topicId,
      Long eventTime) {
    this(callbackCommand, groupId, type, fromAccount, operatorAccount, random, msgSeq, msgTime, onlineOnlyFlag,
        msgBody, atRobotsAccount, cloudCustomData, topicId, eventTime, null);
  }
}
