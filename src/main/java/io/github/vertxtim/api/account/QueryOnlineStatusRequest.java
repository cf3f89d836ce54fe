package io.github.vertxtim.api.account;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Body of query_online_status; at most 500 accounts.
 *
 * @param needDetail 1 for the per-platform detail, else {@code null}
 * @see <a href="https://trtc.io/document/35477">Querying Account Online Status</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record QueryOnlineStatusRequest(@JsonProperty("To_Account") List<String> accounts,
                                       @JsonProperty("IsNeedDetail") Integer needDetail,
                                       @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public QueryOnlineStatusRequest {
    accounts = List.copyOf(accounts);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public static QueryOnlineStatusRequest of(Collection<String> accounts) {
    return new QueryOnlineStatusRequest(List.copyOf(accounts), null, null);
  }

  public static QueryOnlineStatusRequest withDetail(Collection<String> accounts) {
    return new QueryOnlineStatusRequest(List.copyOf(accounts), 1, null);
  }
}
