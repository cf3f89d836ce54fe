package io.github.vertxtim.callback.event.group;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;
import io.github.vertxtim.callback.CallbackEvent;
import io.github.vertxtim.callback.TimCallback;

import java.util.Map;

/**
 * Sent when a group has reached its member limit.
 * <p>
 * {@code EventTime}: when the event happened, Unix time in milliseconds (a number or a numeric string on the
 * wire).
 *
 * @see <a href="https://trtc.io/document/34376">After a Group Is Full</a>
 */
@TimCallback("Group.CallbackAfterGroupFull")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GroupAfterGroupFullEvent(@JsonProperty("CallbackCommand") String callbackCommand,
                                       @JsonProperty("GroupId") String groupId,
                                       @JsonProperty("EventTime") Long eventTime,
                                       @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements CallbackEvent {

  public GroupAfterGroupFullEvent {
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public GroupAfterGroupFullEvent(String callbackCommand, String groupId, Long eventTime) {
    this(callbackCommand, groupId, eventTime, null);
  }
}
