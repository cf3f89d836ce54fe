package io.github.vertxtim.api.account;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/** Answer of query_online_status: statuses of known accounts, and errors (70107 not imported) for the others. */
public record OnlineStatusResult(@JsonProperty("QueryResult") List<Status> statuses,
                                 @JsonProperty("ErrorList") List<AccountError> errors) {

  public OnlineStatusResult {
    statuses = statuses == null ? List.of() : List.copyOf(statuses);
    errors = errors == null ? List.of() : List.copyOf(errors);
  }

  /** {@code Online}, {@code PushOnline} or {@code Offline}, with optional per-platform detail. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Status(@JsonProperty("To_Account") String account,
                       @JsonProperty("Status") String status,
                       @JsonProperty("Detail") List<PlatformStatus> detail) {
  }

  public record PlatformStatus(@JsonProperty("Platform") String platform, @JsonProperty("Status") String status) {
  }

  public record AccountError(@JsonProperty("To_Account") String account, @JsonProperty("ErrorCode") int errorCode) {
  }
}
