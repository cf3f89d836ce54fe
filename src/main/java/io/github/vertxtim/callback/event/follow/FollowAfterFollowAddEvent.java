package io.github.vertxtim.callback.event.follow;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;
import io.github.vertxtim.callback.CallbackEvent;
import io.github.vertxtim.callback.TimCallback;
import java.util.List;
import java.util.Map;

/**
 * A user followed others: the followed accounts (FollowList).
 *
 * @see <a href="https://trtc.io/document/70355">After a User Is Followed</a>
 */
@TimCallback("Follow.CallbackAfterFollowAdd")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FollowAfterFollowAddEvent(@JsonProperty("CallbackCommand") String callbackCommand,
                                        @JsonProperty("From_Account") String fromAccount,
                                        @JsonProperty("FollowList") List<Followed> followList,
                                        @JsonProperty("EventTime") Long eventTime,
                                        @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) implements CallbackEvent {

  public FollowAfterFollowAddEvent {
    followList = followList == null ? List.of() : List.copyOf(followList);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  /** One followed account. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Followed(@JsonProperty("To_Account") String toAccount,
                         @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) implements JsonRecord {

    public Followed {
      unknownFields = JsonRecord.copyOf(unknownFields);
    }
  }
}
