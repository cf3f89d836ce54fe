package io.github.vertxtim.callback.event.group;

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
 * Sent before invited users are added to a group; the answer allows, rejects, or refuses some of them
 * ({@code RefusedMembers_Account}).
 * <p>
 * {@code Type}: the group type, one of {@link GroupType}; {@code EventTime}: when the event happened, Unix time
 * in milliseconds (a number or a numeric string on the wire).
 *
 * @see <a href="https://trtc.io/document/34371">Before Inviting a User to a Group</a>
 */
@TimCallback("Group.CallbackBeforeInviteJoinGroup")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GroupBeforeInviteJoinGroupEvent(
    @JsonProperty("CallbackCommand") String callbackCommand,
    @JsonProperty("GroupId") String groupId,
    @JsonProperty("Type") String type,
    @JsonProperty("Operator_Account") String operatorAccount,
    @JsonProperty("DestinationMembers") List<MemberAccountItem> destinationMembers,
    @JsonProperty("EventTime") Long eventTime,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements CallbackEvent {

  public GroupBeforeInviteJoinGroupEvent {
    destinationMembers = destinationMembers == null ? List.of() : List.copyOf(destinationMembers);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public GroupBeforeInviteJoinGroupEvent(String callbackCommand, String groupId, String type, String operatorAccount,
      List<MemberAccountItem> destinationMembers, Long eventTime) {
    this(callbackCommand, groupId, type, operatorAccount, destinationMembers, eventTime, null);
  }
}
