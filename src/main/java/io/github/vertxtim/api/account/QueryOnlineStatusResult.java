package io.github.vertxtim.api.account;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.List;
import java.util.Map;

/**
 * Answer of query_online_status: the status of each known account, and an error (70107, not imported) for each
 * other one.
 *
 * @see <a href="https://trtc.io/document/35477">Querying Account Online Status</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record QueryOnlineStatusResult(@JsonProperty("QueryResult") List<Status> statuses,
                                      @JsonProperty("ErrorList") List<AccountError> errors,
                                      @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public static final String ONLINE = "Online";
  public static final String PUSH_ONLINE = "PushOnline";
  public static final String OFFLINE = "Offline";

  public QueryOnlineStatusResult {
    statuses = statuses == null ? List.of() : List.copyOf(statuses);
    errors = errors == null ? List.of() : List.copyOf(errors);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  /**
   * One account's status.
   *
   * @param status {@value #ONLINE}, {@value #PUSH_ONLINE} or {@value #OFFLINE}
   * @param detail per-platform statuses when IsNeedDetail was 1, else empty
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Status(@JsonProperty("To_Account") String account,
                       @JsonProperty("Status") String status,
                       @JsonProperty("Detail") List<PlatformStatus> detail,
                       @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) implements JsonRecord {

    public Status {
      detail = detail == null ? List.of() : List.copyOf(detail);
      unknownFields = JsonRecord.copyOf(unknownFields);
    }
  }

  /** The status of one of an account's platforms (iPhone, Android, Web …). */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record PlatformStatus(@JsonProperty("Platform") String platform,
                               @JsonProperty("Status") String status,
                               @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
      implements JsonRecord {

    public PlatformStatus {
      unknownFields = JsonRecord.copyOf(unknownFields);
    }
  }

  /** An account whose status could not be given, with the ErrorCode (70107: not imported). */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record AccountError(@JsonProperty("To_Account") String account,
                             @JsonProperty("ErrorCode") int errorCode,
                             @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
      implements JsonRecord {

    public AccountError {
      unknownFields = JsonRecord.copyOf(unknownFields);
    }
  }
}
