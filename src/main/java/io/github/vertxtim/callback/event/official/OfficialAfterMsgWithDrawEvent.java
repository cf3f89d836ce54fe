package io.github.vertxtim.callback.event.official;

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
 * Sent after official-account messages have been recalled.
 * <p>
 * {@code Official_Account}: the official account's ID; {@code EventTime}: when the event happened, Unix time in
 * milliseconds (a number or a numeric string on the wire).
 *
 * @see <a href="https://trtc.io/document/60805">Callback After Recalling an Official Account Message</a>
 */
@TimCallback("OfficialAccount.CallbackAfterMsgWithDraw")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OfficialAfterMsgWithDrawEvent(@JsonProperty("CallbackCommand") String callbackCommand,
                                            @JsonProperty("Official_Account") String officialAccount,
                                            @JsonProperty("WithdrawMsgList") List<WithdrawMsg> withdrawMsgList,
                                            @JsonProperty("EventTime") Long eventTime,
                                            @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements CallbackEvent {

  public OfficialAfterMsgWithDrawEvent {
    withdrawMsgList = withdrawMsgList == null ? List.of() : List.copyOf(withdrawMsgList);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public OfficialAfterMsgWithDrawEvent(String callbackCommand, String officialAccount,
      List<WithdrawMsg> withdrawMsgList, Long eventTime) {
    this(callbackCommand, officialAccount, withdrawMsgList, eventTime, null);
  }

  /**
   * One recalled message, by its MsgKey.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record WithdrawMsg(@JsonProperty("MsgKey") String msgKey,
                            @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
      implements JsonRecord {

    public WithdrawMsg {
      unknownFields = JsonRecord.copyOf(unknownFields);
    }

    public WithdrawMsg(String msgKey) {
      this(msgKey, null);
    }
  }
}
