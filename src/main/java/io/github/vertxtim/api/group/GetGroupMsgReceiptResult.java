package io.github.vertxtim.api.group;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.List;
import java.util.Map;

/**
 * What get_group_msg_receipt answers: per message Code (0, or 10062 when it has no receipt), ReadNum
 * and UnreadNum.
 *
 * @see <a href="https://trtc.io/document/49439">Pulling Read Receipts for Group Messages</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetGroupMsgReceiptResult(@JsonProperty("GroupMsgReceiptList") List<Item> groupMsgReceiptList,
                                       @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public GetGroupMsgReceiptResult {
    groupMsgReceiptList = groupMsgReceiptList == null ? List.of() : List.copyOf(groupMsgReceiptList);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public GetGroupMsgReceiptResult(List<Item> groupMsgReceiptList) {
    this(groupMsgReceiptList, null);
  }

  /**
   * {"Code", "MsgSeq", "ReadNum", "UnreadNum"} of one message.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Item(@JsonProperty("Code") int code,
                     @JsonProperty("MsgSeq") long msgSeq,
                     @JsonProperty("ReadNum") int readNum,
                     @JsonProperty("UnreadNum") int unreadNum,
                     @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
      implements JsonRecord {

    public Item {
      unknownFields = JsonRecord.copyOf(unknownFields);
    }

    public Item(int code, long msgSeq, int readNum, int unreadNum) {
      this(code, msgSeq, readNum, unreadNum, null);
    }
  }
}
