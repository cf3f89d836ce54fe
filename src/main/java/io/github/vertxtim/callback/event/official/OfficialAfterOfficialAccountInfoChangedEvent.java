package io.github.vertxtim.callback.event.official;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;
import io.github.vertxtim.callback.CallbackEvent;
import io.github.vertxtim.callback.TimCallback;

import java.util.Map;

/**
 * Sent after an official account's profile changed; only the changed fields are present.
 * <p>
 * {@code Official_Account}: the official account's ID; {@code EventTime}: when the event happened, Unix time in
 * milliseconds (a number or a numeric string on the wire).
 *
 * @see <a href="https://trtc.io/document/60797">Callback After Official Account Profile Changed</a>
 */
@TimCallback("OfficialAccount.CallbackAfterOfficialAccountInfoChanged")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OfficialAfterOfficialAccountInfoChangedEvent(
    @JsonProperty("CallbackCommand") String callbackCommand,
    @JsonProperty("Official_Account") String officialAccount,
    @JsonProperty("Operator_Account") String operatorAccount,
    @JsonProperty("Name") String name,
    @JsonProperty("Introduction") String introduction,
    @JsonProperty("FaceUrl") String faceUrl,
    @JsonProperty("Organization") String organization,
    @JsonProperty("EventTime") Long eventTime,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements CallbackEvent {

  public OfficialAfterOfficialAccountInfoChangedEvent {
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public OfficialAfterOfficialAccountInfoChangedEvent(String callbackCommand, String officialAccount,
      String operatorAccount, String name, String introduction, String faceUrl, String organization, Long eventTime) {
    this(callbackCommand, officialAccount, operatorAccount, name, introduction, faceUrl, organization, eventTime,
        null);
  }
}
