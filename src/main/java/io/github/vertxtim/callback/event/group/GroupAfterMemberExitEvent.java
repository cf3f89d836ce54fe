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
 * Sent after members have left a group or were removed from it.
 * <p>
 * {@code Type}: the group type, one of {@link GroupType}; {@code ExitType}: {@link #KICKED} or {@link #QUIT};
 * {@code EventTime}: when the event happened, Unix time in milliseconds (a number or a numeric string on the
 * wire).
 *
 * @see <a href="https://trtc.io/document/34373">After a Group Member Leaves a Group</a>
 */
@TimCallback("Group.CallbackAfterMemberExit")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GroupAfterMemberExitEvent(@JsonProperty("CallbackCommand") String callbackCommand,
                                        @JsonProperty("GroupId") String groupId,
                                        @JsonProperty("Type") String type,
                                        @JsonProperty("ExitType") String exitType,
                                        @JsonProperty("Operator_Account") String operatorAccount,
                                        @JsonProperty("ExitMemberList") List<MemberAccountItem> exitMemberList,
                                        @JsonProperty("EventTime") Long eventTime,
                                        @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements CallbackEvent {

  /** ExitType: removed by an admin or the owner. */
  public static final String KICKED = "Kicked";
  /** ExitType: left on their own. */
  public static final String QUIT = "Quit";

  public GroupAfterMemberExitEvent {
    exitMemberList = exitMemberList == null ? List.of() : List.copyOf(exitMemberList);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public GroupAfterMemberExitEvent(String callbackCommand, String groupId, String type, String exitType,
      String operatorAccount, List<MemberAccountItem> exitMemberList, Long eventTime) {
    this(callbackCommand, groupId, type, exitType, operatorAccount, exitMemberList, eventTime, null);
  }
}
