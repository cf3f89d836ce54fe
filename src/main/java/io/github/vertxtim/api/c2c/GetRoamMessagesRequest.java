package io.github.vertxtim.api.c2c;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;
import java.util.Map;
import java.util.Objects;

/**
 * Body of admin_getroammsg: a page of the messages between Operator_Account and Peer_Account, as Operator_Account
 * sees them. Continue with {@link #next} until the answer is complete.
 *
 * @see <a href="https://www.tencentcloud.com/document/product/1047/35478">Querying One-to-One Message History</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetRoamMessagesRequest(@JsonProperty("Operator_Account") String operatorAccount,
                                     @JsonProperty("Peer_Account") String peerAccount,
                                     @JsonProperty("MaxCnt") Integer maxCnt,
                                     @JsonProperty("MinTime") Long minTime,
                                     @JsonProperty("MaxTime") Long maxTime,
                                     @JsonProperty("LastMsgKey") String lastMsgKey,
                                     @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) implements JsonRecord {

  public GetRoamMessagesRequest {
    Objects.requireNonNull(operatorAccount, "Operator_Account");
    Objects.requireNonNull(peerAccount, "Peer_Account");
    Objects.requireNonNull(maxCnt, "MaxCnt");
    Objects.requireNonNull(minTime, "MinTime");
    Objects.requireNonNull(maxTime, "MaxTime");
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  /** The first page of messages between the two accounts in {@code minTime..maxTime} (seconds). */
  public static GetRoamMessagesRequest of(String operatorAccount, String peerAccount, int maxCnt, long minTime,
                                          long maxTime) {
    return new GetRoamMessagesRequest(operatorAccount, peerAccount, maxCnt, minTime, maxTime, null, null);
  }

  /** The request of the page after {@code page}: MaxTime from its LastMsgTime, LastMsgKey from its LastMsgKey. */
  public GetRoamMessagesRequest next(GetRoamMessagesResult page) {
    return new GetRoamMessagesRequest(operatorAccount, peerAccount, maxCnt, minTime, page.lastMsgTime(),
        page.lastMsgKey(), unknownFields);
  }
}
