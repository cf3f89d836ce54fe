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
 * A one-to-one message was recalled: its MsgKey and the recipient's unread total.
 *
 * @see <a href="https://trtc.io/document/43466">After A One-to-One Message Is Recalled</a>
 */
@TimCallback("C2C.CallbackAfterMsgWithDraw")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record C2cAfterMsgWithDrawEvent(@JsonProperty("CallbackCommand") String callbackCommand,
                                       @JsonProperty("From_Account") String fromAccount,
                                       @JsonProperty("To_Account") String toAccount,
                                       @JsonProperty("MsgKey") String msgKey,
                                       @JsonProperty("UnreadMsgNum") Integer unreadMsgNum,
                                       @JsonProperty("EventTime") Long eventTime,
                                       @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) implements CallbackEvent {

  public C2cAfterMsgWithDrawEvent {
    unknownFields = JsonRecord.copyOf(unknownFields);
  }
}
