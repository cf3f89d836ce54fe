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
 * Sent after a group's profile changed; only the changed fields are present.
 * <p>
 * {@code Type}: the group type, one of {@link GroupType}; {@code EventTime}: when the event happened, Unix time
 * in milliseconds (a number or a numeric string on the wire).
 *
 * @see <a href="https://trtc.io/document/34378">After Group Profile Is Modified</a>
 */
@TimCallback("Group.CallbackAfterGroupInfoChanged")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GroupAfterGroupInfoChangedEvent(@JsonProperty("CallbackCommand") String callbackCommand,
                                              @JsonProperty("GroupId") String groupId,
                                              @JsonProperty("Type") String type,
                                              @JsonProperty("Operator_Account") String operatorAccount,
                                              @JsonProperty("Name") String name,
                                              @JsonProperty("Introduction") String introduction,
                                              @JsonProperty("Notification") String notification,
                                              @JsonProperty("FaceUrl") String faceUrl,
                                              @JsonProperty("EventTime") Long eventTime,
                                              @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements CallbackEvent {

  public GroupAfterGroupInfoChangedEvent {
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public GroupAfterGroupInfoChangedEvent(String callbackCommand, String groupId, String type, String operatorAccount,
      String name, String introduction, String notification, String faceUrl, Long eventTime) {
    this(callbackCommand, groupId, type, operatorAccount, name, introduction, notification, faceUrl, eventTime, null);
  }
}
