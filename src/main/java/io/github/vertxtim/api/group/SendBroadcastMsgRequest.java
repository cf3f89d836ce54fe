package io.github.vertxtim.api.group;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;
import io.github.vertxtim.api.MsgRandomRequest;
import io.github.vertxtim.api.message.MsgElement;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Body of send_broadcast_msg: one message to every AVChatRoom of the app. The client draws Random when it
 * is null.
 *
 * @see <a href="https://trtc.io/document/49440">Broadcast Message of Audio-Video Group</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SendBroadcastMsgRequest(@JsonProperty("From_Account") String fromAccount,
                                      @JsonProperty("Random") Long msgRandom,
                                      @JsonProperty("MsgBody") List<MsgElement> msgBody,
                                      @JsonProperty("CloudCustomData") String cloudCustomData,
                                      @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord, MsgRandomRequest {

  public SendBroadcastMsgRequest {
    Objects.requireNonNull(msgBody, "MsgBody");
    msgBody = List.copyOf(msgBody);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public SendBroadcastMsgRequest(String fromAccount, Long msgRandom, List<MsgElement> msgBody,
      String cloudCustomData) {
    this(fromAccount, msgRandom, msgBody, cloudCustomData, null);
  }

  /** A broadcast from the app admin. */
  public static SendBroadcastMsgRequest of(List<MsgElement> msgBody) {
    return new SendBroadcastMsgRequest(null, null, msgBody, null);
  }

  @Override
  public SendBroadcastMsgRequest withMsgRandom(long msgRandom) {
    return new SendBroadcastMsgRequest(fromAccount, msgRandom, msgBody, cloudCustomData, unknownFields);
  }
}
