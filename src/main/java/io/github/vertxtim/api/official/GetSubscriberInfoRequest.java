package io.github.vertxtim.api.official;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.Map;
import java.util.Objects;

/**
 * Body of get_subscriber_info: one page of an official account's subscribers. {@code Limit} ≤ 200 (absent:
 * all); {@code Next} is {@code ""} for the first page, then the answer's Next.
 *
 * @see <a href="https://trtc.io/document/60759">Obtaining Subscriber Information of Official Accounts</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetSubscriberInfoRequest(@JsonProperty("Official_Account") String officialAccount,
                                       @JsonProperty("Limit") Integer limit,
                                       @JsonProperty("Next") String next,
                                       @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  /** The documented page size limit. */
  public static final int MAX_LIMIT = 200;

  public GetSubscriberInfoRequest {
    Objects.requireNonNull(officialAccount, "Official_Account");
    if (limit != null && (limit < 1 || limit > MAX_LIMIT)) {
      throw new IllegalArgumentException("Limit must be 1 to " + MAX_LIMIT + ", got " + limit);
    }
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  /** Without unknown fields. */
  public GetSubscriberInfoRequest(String officialAccount, Integer limit, String next) {
    this(officialAccount, limit, next, null);
  }

  /** The first page of up to {@code limit} subscribers. */
  public static GetSubscriberInfoRequest first(String officialAccount, int limit) {
    return new GetSubscriberInfoRequest(officialAccount, limit, "", null);
  }
}
