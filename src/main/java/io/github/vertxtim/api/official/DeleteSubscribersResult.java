package io.github.vertxtim.api.official;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.List;
import java.util.Map;

/**
 * Answer of delete_subscriber: one outcome per requested user.
 *
 * @see <a href="https://trtc.io/document/60761">Deleting Subscribers</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeleteSubscribersResult(@JsonProperty("SubscriberList") List<SubscriberResult> subscriberList,
                                      @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public DeleteSubscribersResult {
    subscriberList = subscriberList == null ? List.of() : List.copyOf(subscriberList);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }
}
