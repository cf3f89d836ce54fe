package io.github.vertxtim.callback.event.official;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.Map;

/**
 * {@code {"Subscriber_Account": …}}: one subscriber, the item of SubscribeAccountList in the
 * subscriber callbacks of official accounts, which the pages document alike.
 *
 * @see <a href="https://trtc.io/document/60799">Callback Before Subscribing to an Official Account</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SubscriberItem(@JsonProperty("Subscriber_Account") String subscriberAccount,
                             @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public SubscriberItem {
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public SubscriberItem(String subscriberAccount) {
    this(subscriberAccount, null);
  }
}
