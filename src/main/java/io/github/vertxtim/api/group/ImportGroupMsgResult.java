package io.github.vertxtim.api.group;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.List;
import java.util.Map;

/**
 * What import_group_msg answers: per message its MsgSeq, MsgTime and Result (0 imported, 1 a duplicate
 * of an imported message, 2 failed).
 *
 * @see <a href="https://trtc.io/document/34968">Importing Group Messages</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ImportGroupMsgResult(@JsonProperty("ImportMsgResult") List<Item> importMsgResult,
                                   @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public ImportGroupMsgResult {
    importMsgResult = importMsgResult == null ? List.of() : List.copyOf(importMsgResult);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public ImportGroupMsgResult(List<Item> importMsgResult) {
    this(importMsgResult, null);
  }

  public static final int IMPORTED = 0;
  public static final int DUPLICATE = 1;
  public static final int FAILED = 2;

  /**
   * {"MsgSeq", "MsgTime", "Result"} of one imported message.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Item(@JsonProperty("MsgSeq") long msgSeq,
                     @JsonProperty("MsgTime") long msgTime,
                     @JsonProperty("Result") int result,
                     @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
      implements JsonRecord {

    public Item {
      unknownFields = JsonRecord.copyOf(unknownFields);
    }

    public Item(long msgSeq, long msgTime, int result) {
      this(msgSeq, msgTime, result, null);
    }
  }
}
