package io.github.vertxtim.api.group;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.Map;

/**
 * What send_broadcast_msg answers: the broadcast's MsgSeq.
 *
 * @see <a href="https://trtc.io/document/49440">Broadcast Message of Audio-Video Group</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SendBroadcastMsgResult(@JsonProperty("MsgSeq") long msgSeq,
                                     @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public SendBroadcastMsgResult {
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public SendBroadcastMsgResult(long msgSeq) {
    this(msgSeq, null);
  }
}
