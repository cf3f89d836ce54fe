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
 * Sent before a user's request to join a group is processed; the answer allows it (the group's approval rules
 * still apply) or rejects it.
 * <p>
 * {@code Type}: the group type, one of {@link GroupType}; {@code EventTime}: when the event happened, Unix time
 * in milliseconds (a number or a numeric string on the wire).
 *
 * @see <a href="https://trtc.io/document/34370">Before Applying to Join a Group</a>
 */
@TimCallback("Group.CallbackBeforeApplyJoinGroup")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GroupBeforeApplyJoinGroupEvent(@JsonProperty("CallbackCommand") String callbackCommand,
                                             @JsonProperty("GroupId") String groupId,
                                             @JsonProperty("Type") String type,
                                             @JsonProperty("Requestor_Account") String requestorAccount,
                                             @JsonProperty("EventTime") Long eventTime,
                                             @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements CallbackEvent {

  public GroupBeforeApplyJoinGroupEvent {
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public GroupBeforeApplyJoinGroupEvent(String callbackCommand, String groupId, String type, String requestorAccount,
      Long eventTime) {
    this(callbackCommand, groupId, type, requestorAccount, eventTime, null);
  }
}
