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
 * Sent after a member's role or name card in a group changed.
 * <p>
 * {@code Type}: the group type, one of {@link GroupType}; {@code Modified_Account}: the member whose profile
 * changed; {@code Role}: the new role, when it changed; {@code NameCard}: the new name card, when it changed;
 * {@code EventTime}: when the event happened, Unix time in milliseconds (a number or a numeric string on the
 * wire).
 *
 * @see <a href="https://trtc.io/document/60393">Callback After Group Member Profile Changed</a>
 */
@TimCallback("Group.CallbackAfterMemberFieldChanged")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GroupAfterMemberFieldChangedEvent(@JsonProperty("CallbackCommand") String callbackCommand,
                                                @JsonProperty("GroupId") String groupId,
                                                @JsonProperty("Type") String type,
                                                @JsonProperty("Operator_Account") String operatorAccount,
                                                @JsonProperty("Modified_Account") String modifiedAccount,
                                                @JsonProperty("Role") String role,
                                                @JsonProperty("NameCard") String nameCard,
                                                @JsonProperty("EventTime") Long eventTime,
                                                @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements CallbackEvent {

  public GroupAfterMemberFieldChangedEvent {
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public GroupAfterMemberFieldChangedEvent(String callbackCommand, String groupId, String type,
      String operatorAccount, String modifiedAccount, String role, String nameCard, Long eventTime) {
    this(callbackCommand, groupId, type, operatorAccount, modifiedAccount, role, nameCard, eventTime, null);
  }
}
