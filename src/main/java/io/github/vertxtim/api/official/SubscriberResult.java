package io.github.vertxtim.api.official;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.Map;

/**
 * One subscriber's outcome in add_subscriber and delete_subscriber: {@code Result} 0 failed, 1 done, 2
 * already subscribed (add) or not subscribed (delete).
 *
 * @see <a href="https://trtc.io/document/60760">Adding Subscribers</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SubscriberResult(@JsonProperty("Subscriber_Account") String subscriberAccount,
                               @JsonProperty("Result") int result,
                               @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public static final int FAILED = 0;
  public static final int DONE = 1;
  public static final int UNCHANGED = 2;

  public SubscriberResult {
    unknownFields = JsonRecord.copyOf(unknownFields);
  }
}
