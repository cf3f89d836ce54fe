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
 * Body of delete_subscriber: the users who unsubscribe from the official account.
 *
 * @see <a href="https://trtc.io/document/60761">Deleting Subscribers</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeleteSubscribersRequest(@JsonProperty("Official_Account") String officialAccount,
                                       @JsonProperty("SubscriberToDel_Account") List<String> subscriberToDelAccount,
                                       @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public DeleteSubscribersRequest {
    Objects.requireNonNull(officialAccount, "Official_Account");
    Objects.requireNonNull(subscriberToDelAccount, "SubscriberToDel_Account");
    subscriberToDelAccount = List.copyOf(subscriberToDelAccount);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  /** Without unknown fields. */
  public DeleteSubscribersRequest(String officialAccount, List<String> subscriberToDelAccount) {
    this(officialAccount, subscriberToDelAccount, null);
  }
}
