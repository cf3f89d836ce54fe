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
 * Sent after a group's ownership was transferred.
 * <p>
 * {@code Type}: the group type, one of {@link GroupType}; {@code EventTime}: when the event happened, Unix time
 * in milliseconds (a number or a numeric string on the wire).
 *
 * @see <a href="https://trtc.io/document/60396">Callback After Group Owner Changed</a>
 */
@TimCallback("Group.CallbackAfterChangeGroupOwner")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GroupAfterChangeGroupOwnerEvent(@JsonProperty("CallbackCommand") String callbackCommand,
                                              @JsonProperty("GroupId") String groupId,
                                              @JsonProperty("Type") String type,
                                              @JsonProperty("Operator_Account") String operatorAccount,
                                              @JsonProperty("OldOwner_Account") String oldOwnerAccount,
                                              @JsonProperty("NewOwner_Account") String newOwnerAccount,
                                              @JsonProperty("EventTime") Long eventTime,
                                              @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements CallbackEvent {

  public GroupAfterChangeGroupOwnerEvent {
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public GroupAfterChangeGroupOwnerEvent(String callbackCommand, String groupId, String type, String operatorAccount,
      String oldOwnerAccount, String newOwnerAccount, Long eventTime) {
    this(callbackCommand, groupId, type, operatorAccount, oldOwnerAccount, newOwnerAccount, eventTime, null);
  }
}
