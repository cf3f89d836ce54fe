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
 * Sent after a group has been disbanded.
 * <p>
 * {@code Type}: the group type, one of {@link GroupType}; {@code EventTime}: when the event happened, Unix time
 * in milliseconds (a number or a numeric string on the wire).
 *
 * @see <a href="https://trtc.io/document/34377">After a Group Is Disbanded</a>
 */
@TimCallback("Group.CallbackAfterGroupDestroyed")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GroupAfterGroupDestroyedEvent(@JsonProperty("CallbackCommand") String callbackCommand,
                                            @JsonProperty("GroupId") String groupId,
                                            @JsonProperty("Type") String type,
                                            @JsonProperty("Owner_Account") String ownerAccount,
                                            @JsonProperty("Name") String name,
                                            @JsonProperty("MemberList") List<MemberAccountItem> memberList,
                                            @JsonProperty("EventTime") Long eventTime,
                                            @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements CallbackEvent {

  public GroupAfterGroupDestroyedEvent {
    memberList = memberList == null ? List.of() : List.copyOf(memberList);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public GroupAfterGroupDestroyedEvent(String callbackCommand, String groupId, String type, String ownerAccount,
      String name, List<MemberAccountItem> memberList, Long eventTime) {
    this(callbackCommand, groupId, type, ownerAccount, name, memberList, eventTime, null);
  }
}
