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
 * Body of delete_c2c_msg_ramble: deletes up to 30 messages from Operator_Account's history only (the peer still
 * sees them). Over 30 fails here, before any I/O.
 *
 * @see <a href="https://cloud.tencent.com/document/product/269/101439">Deleting One-to-One Messages One-Way</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeleteRoamMessagesRequest(@JsonProperty("Operator_Account") String operatorAccount,
                                        @JsonProperty("Peer_Account") String peerAccount,
                                        @JsonProperty("MsgKeyList") List<String> msgKeys,
                                        @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) implements JsonRecord {

  public DeleteRoamMessagesRequest {
    Objects.requireNonNull(operatorAccount, "Operator_Account");
    Objects.requireNonNull(peerAccount, "Peer_Account");
    Objects.requireNonNull(msgKeys, "MsgKeyList");
    msgKeys = List.copyOf(msgKeys);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public DeleteRoamMessagesRequest(String operatorAccount, String peerAccount, List<String> msgKeys) {
    this(operatorAccount, peerAccount, msgKeys, null);
  }
}
