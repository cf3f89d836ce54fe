package io.github.vertxtim.api.official;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;
import io.github.vertxtim.api.message.MsgElement;
import io.github.vertxtim.api.message.OfflinePushInfo;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Body of send_official_account_msg: a message broadcast to every subscriber of the official account.
 *
 * @see <a href="https://www.tencentcloud.com/document/product/1047/60810">Sending Messages in a Official Account</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SendOfficialAccountMsgRequest(@JsonProperty("Official_Account") String officialAccount,
                                            @JsonProperty("Random") Long random,
                                            @JsonProperty("MsgBody") List<MsgElement> msgBody,
                                            @JsonProperty("CloudCustomData") String cloudCustomData,
                                            @JsonProperty("OfflinePushInfo") OfflinePushInfo offlinePushInfo,
                                            @JsonProperty("SendMsgControl") List<String> sendMsgControl,
                                            @JsonProperty("ForbidCallbackControl") List<String> forbidCallbackControl,
                                            @JsonProperty("OnlineOnlyFlag") Integer onlineOnlyFlag,
                                            @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public SendOfficialAccountMsgRequest {
    Objects.requireNonNull(officialAccount, "Official_Account");
    Objects.requireNonNull(msgBody, "MsgBody");
    msgBody = List.copyOf(msgBody);
    sendMsgControl = sendMsgControl == null ? null : List.copyOf(sendMsgControl);
    forbidCallbackControl = forbidCallbackControl == null ? null : List.copyOf(forbidCallbackControl);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  /** Without unknown fields. */
  public SendOfficialAccountMsgRequest(String officialAccount,
                                       Long random,
                                       List<MsgElement> msgBody,
                                       String cloudCustomData,
                                       OfflinePushInfo offlinePushInfo,
                                       List<String> sendMsgControl,
                                       List<String> forbidCallbackControl,
                                       Integer onlineOnlyFlag) {
    this(officialAccount, random, msgBody, cloudCustomData, offlinePushInfo, sendMsgControl, forbidCallbackControl,
        onlineOnlyFlag, null);
  }

  /** The message {@code msgBody} with the given Random and nothing else. */
  public static SendOfficialAccountMsgRequest of(String officialAccount, long random, List<MsgElement> msgBody) {
    return new SendOfficialAccountMsgRequest(officialAccount, random, msgBody, null, null, null, null, null, null);
  }
}
