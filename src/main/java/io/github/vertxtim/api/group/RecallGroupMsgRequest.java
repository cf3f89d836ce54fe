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
 * Body of group_msg_recall: recalls up to 10 messages of a group by MsgSeq (Reason at most 100 bytes).
 *
 * @see <a href="https://www.tencentcloud.com/document/product/1047/34965">Recalling Group Messages</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RecallGroupMsgRequest(@JsonProperty("GroupId") String groupId,
                                    @JsonProperty("MsgSeqList") List<MsgSeqItem> msgSeqList,
                                    @JsonProperty("Reason") String reason,
                                    @JsonProperty("TopicId") String topicId,
                                    @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public RecallGroupMsgRequest {
    Objects.requireNonNull(groupId, "GroupId");
    Objects.requireNonNull(msgSeqList, "MsgSeqList");
    msgSeqList = List.copyOf(msgSeqList);
    if (msgSeqList.isEmpty() || msgSeqList.size() > MAX_MSG_SEQS) {
      throw new IllegalArgumentException("MsgSeqList holds 1 to " + MAX_MSG_SEQS + " items, got " + msgSeqList.size());
    }
    if (reason != null && reason.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_REASON_BYTES) {
      throw new IllegalArgumentException("Reason is at most " + MAX_REASON_BYTES + " bytes");
    }
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public RecallGroupMsgRequest(String groupId, List<MsgSeqItem> msgSeqList, String reason, String topicId) {
    this(groupId, msgSeqList, reason, topicId, null);
  }

  /** At most this many messages per request. */
  public static final int MAX_MSG_SEQS = 10;
  /** Reason is at most this many bytes of UTF-8. */
  public static final int MAX_REASON_BYTES = 100;

  public static RecallGroupMsgRequest of(String groupId, long... msgSeqs) {
    return new RecallGroupMsgRequest(groupId, MsgSeqItem.of(msgSeqs), null, null);
  }
}
