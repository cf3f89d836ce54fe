package io.github.vertxtim.api.group;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;
import io.github.vertxtim.api.message.MsgElement;

import java.util.List;
import java.util.Map;

/**
 * One page of group_msg_get_simple, newest first. IsFinished is 1 when the whole requested range came back
 * (0 when it was too large, 2 when every message in it had expired).
 *
 * @see <a href="https://www.tencentcloud.com/document/product/1047/34971">Pulling Historical Group Messages</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetGroupMsgSimpleResult(@JsonProperty("GroupId") String groupId,
                                      @JsonProperty("IsFinished") int isFinished,
                                      @JsonProperty("RspMsgList") List<GroupMsg> rspMsgList,
                                      @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public GetGroupMsgSimpleResult {
    rspMsgList = rspMsgList == null ? List.of() : List.copyOf(rspMsgList);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public GetGroupMsgSimpleResult(String groupId, int isFinished, List<GroupMsg> rspMsgList) {
    this(groupId, isFinished, rspMsgList, null);
  }

  /** The cursor of the next (older) page: the smallest MsgSeq here minus one, or 0 when there is none. */
  public long nextReqMsgSeq() {
    return rspMsgList.stream().mapToLong(GroupMsg::msgSeq).min().orElse(1) - 1;
  }

  /**
   * A stored group message. IsPlaceMsg is 0 for a message with its body, 1 for a deleted or expired one (no
   * body), 2 for a recalled one.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record GroupMsg(@JsonProperty("From_Account") String fromAccount,
                         @JsonProperty("IsPlaceMsg") int isPlaceMsg,
                         @JsonProperty("IsSystemMsg") Integer isSystemMsg,
                         @JsonProperty("MsgBody") List<MsgElement> msgBody,
                         @JsonProperty("MsgPriority") Integer msgPriority,
                         @JsonProperty("MsgRandom") long msgRandom,
                         @JsonProperty("MsgSeq") long msgSeq,
                         @JsonProperty("MsgTimeStamp") long msgTimeStamp,
                         @JsonProperty("MsgKey") String msgKey,
                         @JsonProperty("CloudCustomData") String cloudCustomData,
                         @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
      implements JsonRecord {

    public GroupMsg {
      msgBody = msgBody == null ? List.of() : List.copyOf(msgBody);
      unknownFields = JsonRecord.copyOf(unknownFields);
    }

    public GroupMsg(String fromAccount, int isPlaceMsg, Integer isSystemMsg, List<MsgElement> msgBody,
        Integer msgPriority, long msgRandom, long msgSeq, long msgTimeStamp, String msgKey, String cloudCustomData) {
      this(fromAccount, isPlaceMsg, isSystemMsg, msgBody, msgPriority, msgRandom, msgSeq, msgTimeStamp, msgKey,
          cloudCustomData, null);
    }

    public static final int STORED = 0;
    public static final int DELETED = 1;
    public static final int RECALLED = 2;
  }
}
