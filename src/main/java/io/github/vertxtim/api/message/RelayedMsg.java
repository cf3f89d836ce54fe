package io.github.vertxtim.api.message;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.List;
import java.util.Map;

/**
 * One forwarded message inside a {@code TIMRelayElem}'s MsgList.
 *
 * @param fromAccount     the From_Account, the sender
 * @param toAccount       the To_Account, the receiver of a C2C message
 * @param groupId         the GroupId of a group message
 * @param msgSeq          the MsgSeq (uint32)
 * @param msgRandom       the MsgRandom (uint32)
 * @param msgTimeStamp    the MsgTimeStamp, in seconds
 * @param msgBody         the MsgBody, or {@code null} when absent
 * @param cloudCustomData the CloudCustomData, a string (see {@link CloudCustomData})
 * @param unknownFields   fields this library does not know, kept and sent back
 * @see <a href="https://trtc.io/document/33527">Message Formats</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RelayedMsg(@JsonProperty("From_Account") String fromAccount,
                         @JsonProperty("To_Account") String toAccount,
                         @JsonProperty("GroupId") String groupId,
                         @JsonProperty("MsgSeq") Long msgSeq,
                         @JsonProperty("MsgRandom") Long msgRandom,
                         @JsonProperty("MsgTimeStamp") Long msgTimeStamp,
                         @JsonProperty("MsgBody") List<MsgElement> msgBody,
                         @JsonProperty("CloudCustomData") String cloudCustomData,
                         @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) implements JsonRecord {

  public RelayedMsg {
    msgBody = msgBody == null ? null : List.copyOf(msgBody);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public RelayedMsg(String fromAccount, String toAccount, String groupId, Long msgSeq, Long msgRandom,
                    Long msgTimeStamp, List<MsgElement> msgBody, String cloudCustomData) {
    this(fromAccount, toAccount, groupId, msgSeq, msgRandom, msgTimeStamp, msgBody, cloudCustomData, null);
  }
}
