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
 * Sent after users have joined a group (by request, invitation or the REST API).
 * <p>
 * {@code Type}: the group type, one of {@link GroupType}; {@code JoinType}: how they joined: {@link #APPLY} or
 * {@link #INVITED}; {@code EventTime}: when the event happened, Unix time in milliseconds (a number or a numeric
 * string on the wire).
 *
 * @see <a href="https://trtc.io/document/34372">After a User Joins a Group</a>
 */
@TimCallback("Group.CallbackAfterNewMemberJoin")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GroupAfterNewMemberJoinEvent(@JsonProperty("CallbackCommand") String callbackCommand,
                                           @JsonProperty("GroupId") String groupId,
                                           @JsonProperty("Type") String type,
                                           @JsonProperty("JoinType") String joinType,
                                           @JsonProperty("Operator_Account") String operatorAccount,
                                           @JsonProperty("NewMemberList") List<MemberAccountItem> newMemberList,
                                           @JsonProperty("EventTime") Long eventTime,
                                           @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements CallbackEvent {

  /** JoinType: the member asked to join. */
  public static final String APPLY = "Apply";
  /** JoinType: the member was invited or added. */
  public static final String INVITED = "Invited";

  public GroupAfterNewMemberJoinEvent {
    newMemberList = newMemberList == null ? List.of() : List.copyOf(newMemberList);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public GroupAfterNewMemberJoinEvent(String callbackCommand, String groupId, String type, String joinType,
      String operatorAccount, List<MemberAccountItem> newMemberList, Long eventTime) {
    this(callbackCommand, groupId, type, joinType, operatorAccount, newMemberList, eventTime, null);
  }
}
