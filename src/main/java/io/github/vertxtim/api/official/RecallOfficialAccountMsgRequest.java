package io.github.vertxtim.api.official;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Body of official_account_msg_recall: up to 10 MsgKeys of the official account's messages and an optional
 * reason (≤ 100 bytes).
 *
 * @see <a href="https://trtc.io/document/60811">Recalling Official Account Messages</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RecallOfficialAccountMsgRequest(@JsonProperty("Official_Account") String officialAccount,
                                              @JsonProperty("MsgKeyList") List<String> msgKeyList,
                                              @JsonProperty("Reason") String reason,
                                              @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public RecallOfficialAccountMsgRequest {
    Objects.requireNonNull(officialAccount, "Official_Account");
    Objects.requireNonNull(msgKeyList, "MsgKeyList");
    msgKeyList = List.copyOf(msgKeyList);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  /** Without unknown fields. */
  public RecallOfficialAccountMsgRequest(String officialAccount, List<String> msgKeyList, String reason) {
    this(officialAccount, msgKeyList, reason, null);
  }

  public static RecallOfficialAccountMsgRequest of(String officialAccount, List<String> msgKeys) {
    return new RecallOfficialAccountMsgRequest(officialAccount, msgKeys, null, null);
  }
}
