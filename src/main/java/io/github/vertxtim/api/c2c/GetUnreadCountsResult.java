package io.github.vertxtim.api.c2c;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;
import java.util.List;
import java.util.Map;

/**
 * Answer of get_c2c_unread_msg_num: the total, the per-peer counts asked for, and the peers that could not be
 * asked (70107: no such account).
 *
 * @see <a href="https://www.tencentcloud.com/document/product/1047/41046">Querying the Unread One-to-One Message Count</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetUnreadCountsResult(@JsonProperty("AllC2CUnreadMsgNum") int allC2cUnreadMsgNum,
                                    @JsonProperty("C2CUnreadMsgNumList") List<PeerCount> counts,
                                    @JsonProperty("ErrorList") List<PeerError> errors,
                                    @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) implements JsonRecord {

  public GetUnreadCountsResult {
    counts = counts == null ? List.of() : List.copyOf(counts);
    errors = errors == null ? List.of() : List.copyOf(errors);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  /**
   * The unread count of one peer.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record PeerCount(@JsonProperty("Peer_Account") String peerAccount,
                          @JsonProperty("C2CUnreadMsgNum") int c2cUnreadMsgNum,
                          @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) implements JsonRecord {

    public PeerCount {
      unknownFields = JsonRecord.copyOf(unknownFields);
    }
  }

  /**
   * A peer whose count could not be given.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record PeerError(@JsonProperty("Peer_Account") String peerAccount,
                          @JsonProperty("ErrorCode") int errorCode,
                          @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) implements JsonRecord {

    public PeerError {
      unknownFields = JsonRecord.copyOf(unknownFields);
    }
  }
}
