package io.github.vertxtim.api.account;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Collection;
import java.util.List;

/**
 * Body of query_online_status; at most 500 accounts.
 *
 * @param needDetail 1 to get per-platform detail, else {@code null}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OnlineStatusRequest(@JsonProperty("To_Account") List<String> accounts,
                                  @JsonProperty("IsNeedDetail") Integer needDetail) {

  public OnlineStatusRequest {
    accounts = List.copyOf(accounts);
  }

  public static OnlineStatusRequest of(Collection<String> accounts) {
    return new OnlineStatusRequest(List.copyOf(accounts), null);
  }

  public static OnlineStatusRequest withDetail(Collection<String> accounts) {
    return new OnlineStatusRequest(List.copyOf(accounts), 1);
  }
}
