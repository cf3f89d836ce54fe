package io.github.vertxtim.api.official;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.Map;
import java.util.Objects;

/**
 * Body of modify_subscriber_info: a subscriber's custom string on one official account.
 *
 * @see <a href="https://www.tencentcloud.com/document/product/1047/60762">Modifying Subscriber Information</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ModifySubscriberInfoRequest(@JsonProperty("Official_Account") String officialAccount,
                                          @JsonProperty("Subscriber_Account") String subscriberAccount,
                                          @JsonProperty("CustomString") String customString,
                                          @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public ModifySubscriberInfoRequest {
    Objects.requireNonNull(officialAccount, "Official_Account");
    Objects.requireNonNull(subscriberAccount, "Subscriber_Account");
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  /** Without unknown fields. */
  public ModifySubscriberInfoRequest(String officialAccount, String subscriberAccount, String customString) {
    this(officialAccount, subscriberAccount, customString, null);
  }
}
