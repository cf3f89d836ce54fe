package io.github.vertxtim.api.group;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.Map;

/**
 * What send_group_msg answers: the message's time and its MsgSeq in the group (MsgDropReason when the
 * service dropped it).
 *
 * @see <a href="https://www.tencentcloud.com/document/product/1047/34959">Sending Ordinary Messages in a Group</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SendGroupMsgResult(@JsonProperty("MsgTime") long msgTime,
                                 @JsonProperty("MsgSeq") long msgSeq,
                                 @JsonProperty("MsgDropReason") String msgDropReason,
                                 @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public SendGroupMsgResult {
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public SendGroupMsgResult(long msgTime, long msgSeq, String msgDropReason) {
    this(msgTime, msgSeq, msgDropReason, null);
  }
}
