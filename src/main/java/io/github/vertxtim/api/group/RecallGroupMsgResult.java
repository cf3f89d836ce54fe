package io.github.vertxtim.api.group;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.List;
import java.util.Map;

/**
 * What group_msg_recall answers: one RetCode per MsgSeq (0 recalled, 10030 not found, 10031 past the
 * recall window, 10032 not recallable).
 *
 * @see <a href="https://www.tencentcloud.com/document/product/1047/34965">Recalling Group Messages</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RecallGroupMsgResult(@JsonProperty("RecallRetList") List<Item> recallRetList,
                                   @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public RecallGroupMsgResult {
    recallRetList = recallRetList == null ? List.of() : List.copyOf(recallRetList);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public RecallGroupMsgResult(List<Item> recallRetList) {
    this(recallRetList, null);
  }

  /**
   * {"MsgSeq", "RetCode"}: how the recall of one message went.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Item(@JsonProperty("MsgSeq") long msgSeq,
                     @JsonProperty("RetCode") int retCode,
                     @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
      implements JsonRecord {

    public Item {
      unknownFields = JsonRecord.copyOf(unknownFields);
    }

    public Item(long msgSeq, int retCode) {
      this(msgSeq, retCode, null);
    }
  }
}
