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
 * Body of get_c2c_unread_msg_num: the unread one-to-one counts of To_Account, in total and, when Peer_Account is
 * given (at most 10, checked here), per peer.
 *
 * @see <a href="https://www.tencentcloud.com/document/product/1047/41046">Querying the Unread One-to-One Message Count</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetUnreadCountsRequest(@JsonProperty("To_Account") String toAccount,
                                     @JsonProperty("Peer_Account") List<String> peerAccounts,
                                     @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) implements JsonRecord {

  public GetUnreadCountsRequest {
    Objects.requireNonNull(toAccount, "To_Account");
    peerAccounts = peerAccounts == null ? null : List.copyOf(peerAccounts);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  /** The total and the counts of the given peers (none: the total only). */
  public static GetUnreadCountsRequest of(String toAccount, String... peerAccounts) {
    return new GetUnreadCountsRequest(toAccount, peerAccounts.length == 0 ? null : List.of(peerAccounts), null);
  }
}
