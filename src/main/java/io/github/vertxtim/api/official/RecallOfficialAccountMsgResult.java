package io.github.vertxtim.api.official;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.List;
import java.util.Map;

/**
 * Answer of official_account_msg_recall: one result per MsgKey (RetCode 0: recalled; 10030: no such message).
 *
 * @see <a href="https://trtc.io/document/60811">Recalling Official Account Messages</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RecallOfficialAccountMsgResult(@JsonProperty("RecallRetList") List<Item> recallRetList,
                                             @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public RecallOfficialAccountMsgResult {
    recallRetList = recallRetList == null ? List.of() : List.copyOf(recallRetList);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  /**
   * One MsgKey's outcome.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Item(@JsonProperty("MsgKey") String msgKey,
                     @JsonProperty("RetCode") int retCode,
                     @JsonProperty("MsgSeq") Long msgSeq,
                     @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
      implements JsonRecord {

    public Item {
      unknownFields = JsonRecord.copyOf(unknownFields);
    }

    public boolean ok() {
      return retCode == 0;
    }
  }
}
