package io.github.vertxtim.api.official;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.List;
import java.util.Map;

/**
 * Answer of get_subscriber_info: a page of subscribers, the total count and the cursor of the next page
 * (empty on the last page).
 *
 * @see <a href="https://trtc.io/document/60759">Obtaining Subscriber Information of Official Accounts</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetSubscriberInfoResult(@JsonProperty("Next") String next,
                                      @JsonProperty("SubscriberNum") Integer subscriberNum,
                                      @JsonProperty("SubscriberList") List<Subscriber> subscriberList,
                                      @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  /** A subscriber who receives and is notified ({@code MsgFlag}). */
  public static final String ACCEPT_AND_NOTIFY = "AcceptAndNotify";

  public GetSubscriberInfoResult {
    subscriberList = subscriberList == null ? List.of() : List.copyOf(subscriberList);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  /** Whether this is the last page. */
  public boolean complete() {
    return next == null || next.isEmpty();
  }

  /**
   * One subscriber: its account, when it subscribed, its custom string, its message option
   * ({@code AcceptAndNotify}, {@code AcceptNotNotify} or {@code Discard}) and its last send time.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Subscriber(@JsonProperty("Subscriber_Account") String subscriberAccount,
                           @JsonProperty("SubscribeTime") Long subscribeTime,
                           @JsonProperty("CustomString") String customString,
                           @JsonProperty("MsgFlag") String msgFlag,
                           @JsonProperty("LastSendMsgTime") Long lastSendMsgTime,
                           @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
      implements JsonRecord {

    public Subscriber {
      unknownFields = JsonRecord.copyOf(unknownFields);
    }
  }
}
