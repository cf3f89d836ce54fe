package io.github.vertxtim.callback.event.push;

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
 * A batch of 1 to 100 results of all-user, tag and user-ID pushes ({@code {"Events": [...]}}), each item with its
 * own CallbackCommand. Batches are sent at most 1000 per second by default and retried later above that, so items
 * can arrive late and out of order.
 *
 * @see <a href="https://trtc.io/document/67551">All Users / Tags / UserID Push Callback</a>
 */
@TimCallback("Push.AllMemberPush")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PushAllMemberPushEvent(@JsonProperty("Events") List<Item> events,
                                     @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements CallbackEvent {

  public PushAllMemberPushEvent {
    events = events == null ? List.of() : List.copyOf(events);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  /** A batch carries the CallbackCommand in each of its events, not at the top: always null. */
  @Override
  @JsonIgnore
  public String callbackCommand() {
    return null;
  }

  public PushAllMemberPushEvent(List<Item> events) {
    this(events, null);
  }

  /**
   * The result of one push to one recipient. Times are in seconds.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Item(@JsonProperty("CallbackCommand") String callbackCommand,
                     @JsonProperty("EventType") Integer eventType,
                     @JsonProperty("TaskId") String taskId,
                     @JsonProperty("TaskTime") Long taskTime,
                     @JsonProperty("EventTime") Long eventTime,
                     @JsonProperty("To_Account") String toAccount,
                     @JsonProperty("PushPlatform") Integer pushPlatform,
                     @JsonProperty("PushStage") Integer pushStage,
                     @JsonProperty("ErrCode") Integer errCode,
                     @JsonProperty("ErrInfo") String errInfo,
                     @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
      implements JsonRecord {

    /** EventType: an offline (vendor) push. */
    public static final int OFFLINE_PUSH = 1;
    /** EventType: an online push. */
    public static final int ONLINE_PUSH = 2;

    public Item {
      unknownFields = JsonRecord.copyOf(unknownFields);
    }

    public Item(String callbackCommand, Integer eventType, String taskId, Long taskTime, Long eventTime,
        String toAccount, Integer pushPlatform, Integer pushStage, Integer errCode, String errInfo) {
      this(callbackCommand, eventType, taskId, taskTime, eventTime, toAccount, pushPlatform, pushStage, errCode,
          errInfo, null);
    }
  }
}
