package io.github.vertxtim.callback.event.bot;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;
import io.github.vertxtim.callback.CallbackEvent;
import io.github.vertxtim.callback.TimCallback;

import java.util.Map;

/**
 * Sent for a signal message to a chatbot; the answer's RspData (a string) is passed back to the chatbot.
 * <p>
 * {@code To_Account}: the chatbot ({@code @RBT#…}); {@code EventTime}: when the event happened, Unix time in
 * milliseconds (a number or a numeric string on the wire); {@code Data}: the signal's payload.
 *
 * @see <a href="https://trtc.io/document/59057">Chatbot Signal Message Callback</a>
 */
@TimCallback("Chatbot.OnC2CSignalMessage")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChatbotOnC2cSignalMessageEvent(@JsonProperty("CallbackCommand") String callbackCommand,
                                             @JsonProperty("From_Account") String fromAccount,
                                             @JsonProperty("To_Account") String toAccount,
                                             @JsonProperty("MsgSeq") Long msgSeq,
                                             @JsonProperty("MsgRandom") Long msgRandom,
                                             @JsonProperty("MsgKey") String msgKey,
                                             @JsonProperty("EventTime") Long eventTime,
                                             @JsonProperty("Data") String data,
                                             @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements CallbackEvent {

  public ChatbotOnC2cSignalMessageEvent {
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public ChatbotOnC2cSignalMessageEvent(String callbackCommand, String fromAccount, String toAccount, Long msgSeq,
      Long msgRandom, String msgKey, Long eventTime, String data) {
    this(callbackCommand, fromAccount, toAccount, msgSeq, msgRandom, msgKey, eventTime, data, null);
  }
}
