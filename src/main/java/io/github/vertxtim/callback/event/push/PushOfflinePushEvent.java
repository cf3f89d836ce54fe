package io.github.vertxtim.callback.event.push;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;
import io.github.vertxtim.callback.CallbackEvent;
import io.github.vertxtim.callback.TimCallback;

import java.util.List;
import java.util.Map;

/**
 * A batch of 1 to 100 offline-push results of one-to-one and group messages ({@code {"Events": [...]}}), each
 * item with its own CallbackCommand; like {@link PushAllMemberPushEvent} it can arrive late and out of order.
 *
 * @see <a href="https://trtc.io/document/67552">Other Push Callbacks</a>
 */
@TimCallback("Push.OfflinePush")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PushOfflinePushEvent(@JsonProperty("Events") List<Item> events,
                                   @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements CallbackEvent {

  public PushOfflinePushEvent {
    events = events == null ? List.of() : List.copyOf(events);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  /** A batch carries the CallbackCommand in each of its events, not at the top: always null. */
  @Override
  @JsonIgnore
  public String callbackCommand() {
    return null;
  }

  public PushOfflinePushEvent(List<Item> events) {
    this(events, null);
  }

  /**
   * The offline push of one message to one recipient. Times are in seconds; GroupID is spelt
   * as on the page (GroupId is read too).
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Item(@JsonProperty("CallbackCommand") String callbackCommand,
                     @JsonProperty("EventType") Integer eventType,
                     @JsonProperty("EventTime") Long eventTime,
                     @JsonProperty("From_Account") String fromAccount,
                     @JsonProperty("To_Account") String toAccount,
                     @JsonProperty("PushPlatform") Integer pushPlatform,
                     @JsonProperty("PushStage") Integer pushStage,
                     @JsonProperty("MsgKey") String msgKey,
                     @JsonProperty("GroupID") @JsonAlias({"GroupId"}) String groupId,
                     @JsonProperty("MsgSeq") Long msgSeq,
                     @JsonProperty("MsgRandom") Long msgRandom,
                     @JsonProperty("MsgTime") Long msgTime,
                     @JsonProperty("PushID") String pushId,
                     @JsonProperty("ErrCode") Integer errCode,
                     @JsonProperty("ErrInfo") String errInfo,
                     @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
      implements JsonRecord {

    /** EventType: a one-to-one message. */
    public static final int C2C = 1;
    /** EventType: a group message. */
    public static final int GROUP = 2;

    public Item {
      unknownFields = JsonRecord.copyOf(unknownFields);
    }

    public Item(String callbackCommand, Integer eventType, Long eventTime, String fromAccount, String toAccount,
        Integer pushPlatform, Integer pushStage, String msgKey, String groupId, Long msgSeq, Long msgRandom,
        Long msgTime, String pushId, Integer errCode, String errInfo) {
      this(callbackCommand, eventType, eventTime, fromAccount, toAccount, pushPlatform, pushStage, msgKey, groupId,
          msgSeq, msgRandom, msgTime, pushId, errCode, errInfo, null);
    }
  }
}
