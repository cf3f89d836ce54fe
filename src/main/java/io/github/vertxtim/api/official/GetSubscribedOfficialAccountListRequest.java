package io.github.vertxtim.api.official;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.Map;
import java.util.Objects;

/**
 * Body of get_subscribed_official_account_list: the official accounts a user subscribes to, {@code Limit} ≤
 * 200 (default 200) from {@code Offset}.
 *
 * @see <a href="https://trtc.io/document/60763">Obtaining the Official Accounts a User Subscribes To</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetSubscribedOfficialAccountListRequest(
    @JsonProperty("Subscriber_Account") String subscriberAccount,
    @JsonProperty("Limit") Integer limit,
    @JsonProperty("Offset") Integer offset,
    @JsonProperty("ResponseFilter") OfficialAccountResponseFilter responseFilter,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  /** The documented page size limit. */
  public static final int MAX_LIMIT = 200;

  public GetSubscribedOfficialAccountListRequest {
    Objects.requireNonNull(subscriberAccount, "Subscriber_Account");
    if (limit != null && (limit < 1 || limit > MAX_LIMIT)) {
      throw new IllegalArgumentException("Limit must be 1 to " + MAX_LIMIT + ", got " + limit);
    }
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  /** Without unknown fields. */
  public GetSubscribedOfficialAccountListRequest(String subscriberAccount,
                                                 Integer limit,
                                                 Integer offset,
                                                 OfficialAccountResponseFilter responseFilter) {
    this(subscriberAccount, limit, offset, responseFilter, null);
  }

  public static GetSubscribedOfficialAccountListRequest of(String subscriberAccount) {
    return new GetSubscribedOfficialAccountListRequest(subscriberAccount, null, null, null, null);
  }
}
