package io.github.vertxtim.api.group;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.List;
import java.util.Map;

/**
 * {"MsgSeq": n}, an item of the MsgSeqList of group_msg_recall, get_group_msg_receipt and group_msg_receipt.
 *
 * @see <a href="https://www.tencentcloud.com/document/product/1047/34965">Recalling Group Messages</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MsgSeqItem(@JsonProperty("MsgSeq") long msgSeq,
                         @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public MsgSeqItem {
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public MsgSeqItem(long msgSeq) {
    this(msgSeq, null);
  }

  /** The items of these sequence numbers. */
  public static List<MsgSeqItem> of(long... msgSeqs) {
    return java.util.Arrays.stream(msgSeqs).mapToObj(MsgSeqItem::new).toList();
  }
}
