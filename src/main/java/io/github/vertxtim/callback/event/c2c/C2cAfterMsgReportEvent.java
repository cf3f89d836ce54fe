package io.github.vertxtim.callback.event.c2c;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;
import io.github.vertxtim.callback.CallbackEvent;
import io.github.vertxtim.callback.TimCallback;
import java.util.Map;

/**
 * A one-to-one conversation was marked read: by whom, with whom, up to when (LastReadTime, seconds), and the reader's unread total.
 *
 * @see <a href="https://trtc.io/document/43465">After a One-to-One message Is Marked as Read</a>
 */
@TimCallback("C2C.CallbackAfterMsgReport")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record C2cAfterMsgReportEvent(@JsonProperty("CallbackCommand") String callbackCommand,
                                     @JsonProperty("Report_Account") String reportAccount,
                                     @JsonProperty("Peer_Account") String peerAccount,
                                     @JsonProperty("LastReadTime") Long lastReadTime,
                                     @JsonProperty("UnreadMsgNum") Integer unreadMsgNum,
                                     @JsonProperty("EventTime") Long eventTime,
                                     @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) implements CallbackEvent {

  public C2cAfterMsgReportEvent {
    unknownFields = JsonRecord.copyOf(unknownFields);
  }
}
