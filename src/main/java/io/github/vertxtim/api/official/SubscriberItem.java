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
 * One subscriber named in a list: {@code {"Subscriber_Account": "…"}}.
 *
 * @see <a href="https://trtc.io/document/60760">Adding Subscribers</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SubscriberItem(@JsonProperty("Subscriber_Account") String subscriberAccount,
                             @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public SubscriberItem {
    Objects.requireNonNull(subscriberAccount, "Subscriber_Account");
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  /** Without unknown fields. */
  public SubscriberItem(String subscriberAccount) {
    this(subscriberAccount, null);
  }

  public static List<SubscriberItem> of(java.util.Collection<String> userIds) {
    return userIds.stream().map(SubscriberItem::new).toList();
  }
}
