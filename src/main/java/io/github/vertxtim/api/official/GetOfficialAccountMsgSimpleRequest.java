package io.github.vertxtim.api.official;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.Map;
import java.util.Objects;

/**
 * Body of official_account_msg_get_simple: the newest messages first; continue from the answer's
 * LastMsgKey. {@code WithRecalledMsg} 1 also returns recalled messages.
 *
 * @see <a href="https://trtc.io/document/60812">Pulling Historical Official Account Messages</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetOfficialAccountMsgSimpleRequest(@JsonProperty("Official_Account") String officialAccount,
                                                 @JsonProperty("LastMsgKey") String lastMsgKey,
                                                 @JsonProperty("ReqMsgNumber") Integer reqMsgNumber,
                                                 @JsonProperty("WithRecalledMsg") Integer withRecalledMsg,
                                                 @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public GetOfficialAccountMsgSimpleRequest {
    Objects.requireNonNull(officialAccount, "Official_Account");
    if (reqMsgNumber != null && reqMsgNumber < 1) {
      throw new IllegalArgumentException("ReqMsgNumber must be positive, got " + reqMsgNumber);
    }
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  /** Without unknown fields. */
  public GetOfficialAccountMsgSimpleRequest(String officialAccount,
                                            String lastMsgKey,
                                            Integer reqMsgNumber,
                                            Integer withRecalledMsg) {
    this(officialAccount, lastMsgKey, reqMsgNumber, withRecalledMsg, null);
  }

  /** The newest {@code count} messages. */
  public static GetOfficialAccountMsgSimpleRequest newest(String officialAccount, int count) {
    return new GetOfficialAccountMsgSimpleRequest(officialAccount, null, count, null, null);
  }
}
