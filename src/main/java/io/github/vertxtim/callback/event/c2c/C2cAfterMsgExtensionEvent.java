package io.github.vertxtim.callback.event.c2c;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;
import io.github.vertxtim.api.c2c.MessageExtension;
import io.github.vertxtim.callback.CallbackEvent;
import io.github.vertxtim.callback.TimCallback;
import java.util.List;
import java.util.Map;

/**
 * The extension of a one-to-one message changed: OperateType 1 set, 2 delete, 3 clear; Seq is the message's new extension version.
 *
 * @see <a href="https://trtc.io/document/76006">After a One-to-One Message Extension Is Configured</a>
 */
@TimCallback("C2C.CallbackAfterC2CMsgExtension")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record C2cAfterMsgExtensionEvent(@JsonProperty("CallbackCommand") String callbackCommand,
                                        @JsonProperty("From_Account") String fromAccount,
                                        @JsonProperty("To_Account") String toAccount,
                                        @JsonProperty("MsgKey") String msgKey,
                                        @JsonProperty("OperateType") Integer operateType,
                                        @JsonProperty("ExtensionList") List<MessageExtension> extensions,
                                        @JsonProperty("Seq") Long seq,
                                        @JsonProperty("EventTime") Long eventTime,
                                        @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) implements CallbackEvent {

  public C2cAfterMsgExtensionEvent {
    extensions = extensions == null ? List.of() : List.copyOf(extensions);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public static final int SET = 1;
  public static final int DELETE = 2;
  public static final int CLEAR = 3;
}
