package io.github.vertxtim.api.group;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.Map;
import java.util.Objects;

/**
 * Body of get_group_msg_receipt_detail: one page of the members who read (Filter 0) or did not read (Filter 1)
 * a message; Cursor is "" for the first page, Count at most 200.
 *
 * @see <a href="https://trtc.io/document/49438">Pulling Group Message Read Receipt Details</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetGroupMsgReceiptDetailRequest(@JsonProperty("GroupId") String groupId,
                                              @JsonProperty("MsgSeq") long msgSeq,
                                              @JsonProperty("Filter") Integer filter,
                                              @JsonProperty("Cursor") String cursor,
                                              @JsonProperty("Count") Integer count,
                                              @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public GetGroupMsgReceiptDetailRequest {
    Objects.requireNonNull(groupId, "GroupId");
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public GetGroupMsgReceiptDetailRequest(String groupId, long msgSeq, Integer filter, String cursor, Integer count) {
    this(groupId, msgSeq, filter, cursor, count, null);
  }

  public static final int READ = 0;
  public static final int UNREAD = 1;

  /** The first page of readers ({@link #READ}) or non-readers ({@link #UNREAD}). */
  public static GetGroupMsgReceiptDetailRequest firstPage(String groupId, long msgSeq, int filter, int count) {
    return new GetGroupMsgReceiptDetailRequest(groupId, msgSeq, filter, "", count);
  }
}
