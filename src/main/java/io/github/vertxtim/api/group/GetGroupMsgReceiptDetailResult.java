package io.github.vertxtim.api.group;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.List;
import java.util.Map;

/**
 * One page of get_group_msg_receipt_detail: ReadList or UnreadList, the Cursor of the next page and IsFinished
 * (1 on the last page).
 *
 * @see <a href="https://trtc.io/document/49438">Pulling Group Message Read Receipt Details</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetGroupMsgReceiptDetailResult(@JsonProperty("IsFinished") int isFinished,
                                             @JsonProperty("MsgSeq") long msgSeq,
                                             @JsonProperty("ReadList") List<ReadItem> readList,
                                             @JsonProperty("UnreadList") List<UnreadItem> unreadList,
                                             @JsonProperty("Cursor") String cursor,
                                             @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public GetGroupMsgReceiptDetailResult {
    readList = readList == null ? List.of() : List.copyOf(readList);
    unreadList = unreadList == null ? List.of() : List.copyOf(unreadList);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public GetGroupMsgReceiptDetailResult(int isFinished, long msgSeq, List<ReadItem> readList,
      List<UnreadItem> unreadList, String cursor) {
    this(isFinished, msgSeq, readList, unreadList, cursor, null);
  }

  /**
   * {"Read_Account"}: a member who read the message.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record ReadItem(@JsonProperty("Read_Account") String readAccount,
                         @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
      implements JsonRecord {

    public ReadItem {
      unknownFields = JsonRecord.copyOf(unknownFields);
    }

    public ReadItem(String readAccount) {
      this(readAccount, null);
    }
  }

  /**
   * {"Unread_Account"}: a member who has not read the message.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record UnreadItem(@JsonProperty("Unread_Account") String unreadAccount,
                           @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
      implements JsonRecord {

    public UnreadItem {
      unknownFields = JsonRecord.copyOf(unknownFields);
    }

    public UnreadItem(String unreadAccount) {
      this(unreadAccount, null);
    }
  }
}
