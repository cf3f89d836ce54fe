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
 * Sent when members of an audio-video group go offline or come back online.
 * <p>
 * {@code Type}: the group type, one of {@link GroupType}; {@code EventType}: {@link #OFFLINE} or
 * {@link #ONLINE}; {@code EventCause}: {@link #HEARTBEAT_INTERRUPT}, {@link #HEARTBEAT_RECOVER}, {@link #JOIN}
 * or {@link #QUIT}; {@code EventTime}: when the event happened, Unix time in milliseconds (a number or a numeric
 * string on the wire).
 *
 * @see <a href="https://trtc.io/document/48734">Webhook for Online and Offline Status of Audio-Video Group Members</a>
 */
@TimCallback("Group.CallbackOnMemberStateChange")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GroupOnMemberStateChangeEvent(@JsonProperty("CallbackCommand") String callbackCommand,
                                            @JsonProperty("GroupId") String groupId,
                                            @JsonProperty("Type") String type,
                                            @JsonProperty("EventType") String eventType,
                                            @JsonProperty("EventCause") String eventCause,
                                            @JsonProperty("MemberList") List<MemberAccountItem> memberList,
                                            @JsonProperty("EventTime") Long eventTime,
                                            @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements CallbackEvent {

  /** EventType: disconnected. */
  public static final String OFFLINE = "Offline";
  /** EventType: reconnected. */
  public static final String ONLINE = "Online";
  /** EventCause: heartbeat lost. */
  public static final String HEARTBEAT_INTERRUPT = "HeartbeatInterrupt";
  /** EventCause: heartbeat back. */
  public static final String HEARTBEAT_RECOVER = "HeartbeatRecover";
  /** EventCause: first entry into the group. */
  public static final String JOIN = "Join";
  /** EventCause: last exit from the group. */
  public static final String QUIT = "Quit";

  public GroupOnMemberStateChangeEvent {
    memberList = memberList == null ? List.of() : List.copyOf(memberList);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public GroupOnMemberStateChangeEvent(String callbackCommand, String groupId, String type, String eventType,
      String eventCause, List<MemberAccountItem> memberList, Long eventTime) {
    this(callbackCommand, groupId, type, eventType, eventCause, memberList, eventTime, null);
  }
}
