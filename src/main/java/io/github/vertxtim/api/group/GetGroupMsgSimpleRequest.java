package io.github.vertxtim.api.group;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.Map;
import java.util.Objects;

/**
 * Body of group_msg_get_simple: up to 20 messages with MsgSeq at most ReqMsgSeq (the newest when ReqMsgSeq is
 * null), newest first. The next page starts at the smallest MsgSeq returned minus one; {@code client.pages}
 * walks it so. WithRecalledMsg 1 includes recalled messages.
 *
 * @see <a href="https://www.tencentcloud.com/document/product/1047/34971">Pulling Historical Group Messages</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetGroupMsgSimpleRequest(@JsonProperty("GroupId") String groupId,
                                       @JsonProperty("ReqMsgNumber") int reqMsgNumber,
                                       @JsonProperty("ReqMsgSeq") Long reqMsgSeq,
                                       @JsonProperty("WithRecalledMsg") Integer withRecalledMsg,
                                       @JsonProperty("TopicId") String topicId,
                                       @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public GetGroupMsgSimpleRequest {
    Objects.requireNonNull(groupId, "GroupId");
    if (reqMsgNumber < 1 || reqMsgNumber > MAX_MSG_NUMBER) {
      throw new IllegalArgumentException("ReqMsgNumber must be 1 to " + MAX_MSG_NUMBER + ", got " + reqMsgNumber);
    }
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public GetGroupMsgSimpleRequest(String groupId, int reqMsgNumber, Long reqMsgSeq, Integer withRecalledMsg,
      String topicId) {
    this(groupId, reqMsgNumber, reqMsgSeq, withRecalledMsg, topicId, null);
  }

  /** At most this many messages per request. */
  public static final int MAX_MSG_NUMBER = 20;

  /** The newest {@code count} messages. */
  public static GetGroupMsgSimpleRequest latest(String groupId, int count) {
    return new GetGroupMsgSimpleRequest(groupId, count, null, null, null);
  }

  /** Up to {@code count} messages with MsgSeq at most {@code reqMsgSeq}. */
  public static GetGroupMsgSimpleRequest upTo(String groupId, long reqMsgSeq, int count) {
    return new GetGroupMsgSimpleRequest(groupId, count, reqMsgSeq, null, null);
  }
}
