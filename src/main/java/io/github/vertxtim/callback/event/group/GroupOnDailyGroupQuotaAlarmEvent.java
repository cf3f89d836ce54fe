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
 * Sent when the app's daily group-creation quota is nearly used up.
 * <p>
 * {@code EventTime}: when the event happened, Unix time in milliseconds (a number or a numeric string on the
 * wire).
 *
 * @see <a href="https://trtc.io/document/57455">Callback for Group Daily Quota Alarm</a>
 */
@TimCallback("Group.CallbackOnDailyGroupQuotaAlarm")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GroupOnDailyGroupQuotaAlarmEvent(@JsonProperty("CallbackCommand") String callbackCommand,
                                               @JsonProperty("QuotaUsed") Integer quotaUsed,
                                               @JsonProperty("Quota") Integer quota,
                                               @JsonProperty("EventTime") Long eventTime,
                                               @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements CallbackEvent {

  public GroupOnDailyGroupQuotaAlarmEvent {
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public GroupOnDailyGroupQuotaAlarmEvent(String callbackCommand, Integer quotaUsed, Integer quota, Long eventTime) {
    this(callbackCommand, quotaUsed, quota, eventTime, null);
  }
}
