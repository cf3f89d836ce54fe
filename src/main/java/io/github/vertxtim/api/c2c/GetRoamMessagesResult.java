package io.github.vertxtim.api.c2c;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;
import io.github.vertxtim.api.message.MsgElement;
import java.util.List;
import java.util.Map;

/**
 * Answer of admin_getroammsg: one page of messages, newest first. {@code complete} is 1 when no further message
 * matched; otherwise pass LastMsgKey and LastMsgTime on ({@link GetRoamMessagesRequest#next}).
 *
 * @see <a href="https://www.tencentcloud.com/document/product/1047/35478">Querying One-to-One Message History</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetRoamMessagesResult(@JsonProperty("Complete") int complete,
                                    @JsonProperty("MsgCnt") int msgCnt,
                                    @JsonProperty("LastMsgTime") Long lastMsgTime,
                                    @JsonProperty("LastMsgKey") String lastMsgKey,
                                    @JsonProperty("MsgList") List<Message> messages,
                                    @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) implements JsonRecord {

  public GetRoamMessagesResult {
    messages = messages == null ? List.of() : List.copyOf(messages);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  /** MsgFlagBits of a recalled message. */
  public static final int RECALLED = 8;

  /** Whether this is the last page. */
  public boolean isComplete() {
    return complete == 1;
  }

  /**
   * One message of the history. {@code msgFlagBits} is {@value GetRoamMessagesResult#RECALLED} for a recalled message, 0
   * otherwise; {@code isPeerRead} 1 when the recipient sent a read receipt.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Message(@JsonProperty("From_Account") String fromAccount,
                        @JsonProperty("To_Account") String toAccount,
                        @JsonProperty("MsgSeq") long msgSeq,
                        @JsonProperty("MsgRandom") long msgRandom,
                        @JsonProperty("MsgTimeStamp") long msgTimeStamp,
                        @JsonProperty("MsgFlagBits") int msgFlagBits,
                        @JsonProperty("IsPeerRead") int isPeerRead,
                        @JsonProperty("MsgKey") String msgKey,
                        @JsonProperty("MsgBody") List<MsgElement> msgBody,
                        @JsonProperty("CloudCustomData") String cloudCustomData,
                        @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) implements JsonRecord {

    public Message {
      msgBody = msgBody == null ? List.of() : List.copyOf(msgBody);
      unknownFields = JsonRecord.copyOf(unknownFields);
    }

    /** Whether the message was recalled. */
    public boolean recalled() {
      return (msgFlagBits & RECALLED) != 0;
    }
  }
}
