package io.github.vertxtim.api.c2c;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Body of c2c_msg_read_receipt: Operator_Account (the recipient) sends read receipts for messages Peer_Account
 * sent to it; each item names one message (From_Account the peer, To_Account the operator).
 *
 * @see <a href="https://trtc.io/document/77776">Sending Read Receipts for One-to-One Messages</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SendReadReceiptsRequest(@JsonProperty("Operator_Account") String operatorAccount,
                                      @JsonProperty("Peer_Account") String peerAccount,
                                      @JsonProperty("C2CMsgInfo") List<MsgInfo> messages,
                                      @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) implements JsonRecord {

  public SendReadReceiptsRequest {
    Objects.requireNonNull(operatorAccount, "Operator_Account");
    Objects.requireNonNull(peerAccount, "Peer_Account");
    Objects.requireNonNull(messages, "C2CMsgInfo");
    messages = List.copyOf(messages);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  /** Receipts from {@code operatorAccount} for the messages of {@code peerAccount} with these MsgKeys. */
  public static SendReadReceiptsRequest of(String operatorAccount, String peerAccount, List<String> msgKeys) {
    return new SendReadReceiptsRequest(operatorAccount, peerAccount,
        msgKeys.stream().map(k -> new MsgInfo(peerAccount, operatorAccount, k, null)).toList(), null);
  }

  /**
   * One message a receipt is sent for.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record MsgInfo(@JsonProperty("From_Account") String fromAccount,
                        @JsonProperty("To_Account") String toAccount,
                        @JsonProperty("MsgKey") String msgKey,
                        @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) implements JsonRecord {

    public MsgInfo {
      Objects.requireNonNull(fromAccount, "From_Account");
      Objects.requireNonNull(toAccount, "To_Account");
      Objects.requireNonNull(msgKey, "MsgKey");
      unknownFields = JsonRecord.copyOf(unknownFields);
    }
  }
}
