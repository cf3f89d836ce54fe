package io.github.vertxtim.api.official;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Body of add_subscriber: up to 100 users who subscribe to the official account.
 *
 * @see <a href="https://trtc.io/document/60760">Adding Subscribers</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AddSubscribersRequest(@JsonProperty("Official_Account") String officialAccount,
                                    @JsonProperty("SubscriberList") List<SubscriberItem> subscriberList,
                                    @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public AddSubscribersRequest {
    Objects.requireNonNull(officialAccount, "Official_Account");
    Objects.requireNonNull(subscriberList, "SubscriberList");
    subscriberList = List.copyOf(subscriberList);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  /** Without unknown fields. */
  public AddSubscribersRequest(String officialAccount, List<SubscriberItem> subscriberList) {
    this(officialAccount, subscriberList, null);
  }

  public static AddSubscribersRequest of(String officialAccount, java.util.Collection<String> userIds) {
    return new AddSubscribersRequest(officialAccount, SubscriberItem.of(userIds), null);
  }
}
