package io.github.vertxtim.api.c2c;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;
import java.util.Map;
import java.util.Objects;

/**
 * Body of admin_set_msg_read: Report_Account has read the messages from Peer_Account up to MsgReadTime (seconds;
 * now when absent).
 *
 * @see <a href="https://www.tencentcloud.com/document/product/1047/38996">Marking One-to-One Messages as Read</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SetMessagesReadRequest(@JsonProperty("Report_Account") String reportAccount,
                                     @JsonProperty("Peer_Account") String peerAccount,
                                     @JsonProperty("MsgReadTime") Long msgReadTime,
                                     @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) implements JsonRecord {

  public SetMessagesReadRequest {
    Objects.requireNonNull(reportAccount, "Report_Account");
    Objects.requireNonNull(peerAccount, "Peer_Account");
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public SetMessagesReadRequest(String reportAccount, String peerAccount) {
    this(reportAccount, peerAccount, null, null);
  }
}
