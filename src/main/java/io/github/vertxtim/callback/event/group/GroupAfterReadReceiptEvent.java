package io.github.vertxtim.callback.event.group;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;
import io.github.vertxtim.callback.CallbackEvent;
import io.github.vertxtim.callback.TimCallback;

import java.util.List;
import java.util.Map;

/**
 * Sent after members acknowledged group messages that ask for a read receipt.
 * <p>
 * {@code Type}: the group type, one of {@link GroupType}; {@code EventTime}: when the event happened, Unix time
 * in milliseconds (a number or a numeric string on the wire).
 *
 * @see <a href="https://trtc.io/document/60395">Callback After Read Receipt</a>
 */
@TimCallback("Group.CallbackAfterReadReceipt")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GroupAfterReadReceiptEvent(@JsonProperty("CallbackCommand") String callbackCommand,
                                         @JsonProperty("GroupId") String groupId,
                                         @JsonProperty("Type") String type,
                                         @JsonProperty("GroupMsgReceiptList") List<Receipt> groupMsgReceiptList,
                                         @JsonProperty("EventTime") Long eventTime,
                                         @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements CallbackEvent {

  public GroupAfterReadReceiptEvent {
    groupMsgReceiptList = groupMsgReceiptList == null ? List.of() : List.copyOf(groupMsgReceiptList);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public GroupAfterReadReceiptEvent(String callbackCommand, String groupId, String type,
      List<Receipt> groupMsgReceiptList, Long eventTime) {
    this(callbackCommand, groupId, type, groupMsgReceiptList, eventTime, null);
  }

  /**
   * The read state of one message: its MsgSeq, how many members have and have not read it, and
   * {@code ReadReceiptMembers}, the members who read it (the Chinese edition of the page, C-105355; the English
   * sample stops before the items).
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Receipt(@JsonProperty("MsgSeq") Long msgSeq,
                        @JsonProperty("ReadNum") Integer readNum,
                        @JsonProperty("UnreadNum") Integer unreadNum,
                        @JsonProperty("ReadReceiptMembers") List<MemberAccountItem> readReceiptMembers,
                        @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
      implements JsonRecord {

    public Receipt {
      readReceiptMembers = readReceiptMembers == null ? List.of() : List.copyOf(readReceiptMembers);
      unknownFields = JsonRecord.copyOf(unknownFields);
    }

    public Receipt(Long msgSeq, Integer readNum, Integer unreadNum, List<MemberAccountItem> readReceiptMembers) {
      this(msgSeq, readNum, unreadNum, readReceiptMembers, null);
    }

    public Receipt(Long msgSeq, Integer readNum, Integer unreadNum) {
      this(msgSeq, readNum, unreadNum, null, null);
    }
  }
}
