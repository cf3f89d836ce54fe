package io.github.vertxtim.api.group;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Body of get_group_msg_receipt: read and unread counts of the listed messages.
 *
 * @see <a href="https://trtc.io/document/49439">Pulling Read Receipts for Group Messages</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetGroupMsgReceiptRequest(@JsonProperty("GroupId") String groupId,
                                        @JsonProperty("MsgSeqList") List<MsgSeqItem> msgSeqList,
                                        @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public GetGroupMsgReceiptRequest {
    Objects.requireNonNull(groupId, "GroupId");
    Objects.requireNonNull(msgSeqList, "MsgSeqList");
    msgSeqList = List.copyOf(msgSeqList);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public GetGroupMsgReceiptRequest(String groupId, List<MsgSeqItem> msgSeqList) {
    this(groupId, msgSeqList, null);
  }

  public static GetGroupMsgReceiptRequest of(String groupId, long... msgSeqs) {
    return new GetGroupMsgReceiptRequest(groupId, MsgSeqItem.of(msgSeqs));
  }
}
