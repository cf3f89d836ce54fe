package io.github.vertxtim.api.c2c;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;
import io.github.vertxtim.api.MsgRandomRequest;
import io.github.vertxtim.api.message.MsgElement;
import io.github.vertxtim.api.message.OfflinePushInfo;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Body of sendmsg: one message to one account, from the admin or, with From_Account, from that account. The
 * client keeps one MsgRandom across attempts, so a retry is recognised as the same message.
 *
 * @see <a href="https://www.tencentcloud.com/document/product/1047/34919">Sending One-to-One Messages to One User</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SendMessageRequest(@JsonProperty("SyncOtherMachine") Integer syncOtherMachine,
                                 @JsonProperty("From_Account") String fromAccount,
                                 @JsonProperty("To_Account") String toAccount,
                                 @JsonProperty("MsgLifeTime") Integer msgLifeTime,
                                 @JsonProperty("MsgSeq") Long msgSeq,
                                 @JsonProperty("MsgRandom") Long msgRandom,
                                 @JsonProperty("MsgTimeStamp") Long msgTimeStamp,
                                 @JsonProperty("ForbidCallbackControl") List<String> forbidCallbackControl,
                                 @JsonProperty("SendMsgControl") List<String> sendMsgControl,
                                 @JsonProperty("MsgBody") List<MsgElement> msgBody,
                                 @JsonProperty("CloudCustomData") String cloudCustomData,
                                 @JsonProperty("OfflinePushInfo") OfflinePushInfo offlinePushInfo,
                                 @JsonProperty("SupportMessageExtension") Integer supportMessageExtension,
                                 @JsonProperty("IsNeedReadReceipt") Integer isNeedReadReceipt,
                                 @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) implements JsonRecord, MsgRandomRequest {

  public SendMessageRequest {
    Objects.requireNonNull(toAccount, "To_Account");
    forbidCallbackControl = forbidCallbackControl == null ? null : List.copyOf(forbidCallbackControl);
    sendMsgControl = sendMsgControl == null ? null : List.copyOf(sendMsgControl);
    Objects.requireNonNull(msgBody, "MsgBody");
    msgBody = List.copyOf(msgBody);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  /** 1: the message is also synced to the sender's devices and roaming; 2: it is not. */
  public static final int SYNC_TO_SENDER = 1;
  public static final int NO_SYNC_TO_SENDER = 2;
  /** The longest offline storage, in seconds (7 days). */
  public static final int MAX_MSG_LIFE_TIME = 604_800;

  /** The admin sends {@code msgBody} to {@code toAccount}; the client draws the MsgRandom. */
  public static SendMessageRequest of(String toAccount, List<MsgElement> msgBody) {
    return new SendMessageRequest(null, null, toAccount, null, null, null, null, null, null, msgBody, null, null, null,
        null, null);
  }

  /** A copy sent as {@code fromAccount} (receivers see that account as the sender). */
  public SendMessageRequest withFromAccount(String fromAccount) {
    return new SendMessageRequest(syncOtherMachine, fromAccount, toAccount, msgLifeTime, msgSeq, msgRandom,
        msgTimeStamp, forbidCallbackControl, sendMsgControl, msgBody, cloudCustomData, offlinePushInfo,
        supportMessageExtension, isNeedReadReceipt, unknownFields);
  }

  /** A copy with SyncOtherMachine ({@link #SYNC_TO_SENDER} or {@link #NO_SYNC_TO_SENDER}). */
  public SendMessageRequest withSyncOtherMachine(int syncOtherMachine) {
    return new SendMessageRequest(syncOtherMachine, fromAccount, toAccount, msgLifeTime, msgSeq, msgRandom,
        msgTimeStamp, forbidCallbackControl, sendMsgControl, msgBody, cloudCustomData, offlinePushInfo,
        supportMessageExtension, isNeedReadReceipt, unknownFields);
  }

  /** A copy with the caller's MsgSeq (one-to-one MsgSeq is the caller's, may repeat). */
  public SendMessageRequest withMsgSeq(long msgSeq) {
    return new SendMessageRequest(syncOtherMachine, fromAccount, toAccount, msgLifeTime, msgSeq, msgRandom,
        msgTimeStamp, forbidCallbackControl, sendMsgControl, msgBody, cloudCustomData, offlinePushInfo,
        supportMessageExtension, isNeedReadReceipt, unknownFields);
  }

  /** A copy with MsgLifeTime in seconds (0 to {@link #MAX_MSG_LIFE_TIME}). */
  public SendMessageRequest withMsgLifeTime(int msgLifeTime) {
    return new SendMessageRequest(syncOtherMachine, fromAccount, toAccount, msgLifeTime, msgSeq, msgRandom,
        msgTimeStamp, forbidCallbackControl, sendMsgControl, msgBody, cloudCustomData, offlinePushInfo,
        supportMessageExtension, isNeedReadReceipt, unknownFields);
  }

  /** A copy with CloudCustomData. */
  public SendMessageRequest withCloudCustomData(String cloudCustomData) {
    return new SendMessageRequest(syncOtherMachine, fromAccount, toAccount, msgLifeTime, msgSeq, msgRandom,
        msgTimeStamp, forbidCallbackControl, sendMsgControl, msgBody, cloudCustomData, offlinePushInfo,
        supportMessageExtension, isNeedReadReceipt, unknownFields);
  }

  /** A copy that supports message extensions (SupportMessageExtension 1). */
  public SendMessageRequest withMessageExtension() {
    return new SendMessageRequest(syncOtherMachine, fromAccount, toAccount, msgLifeTime, msgSeq, msgRandom,
        msgTimeStamp, forbidCallbackControl, sendMsgControl, msgBody, cloudCustomData, offlinePushInfo,
        1, isNeedReadReceipt, unknownFields);
  }

  @Override
  public SendMessageRequest withMsgRandom(long msgRandom) {
    return new SendMessageRequest(syncOtherMachine, fromAccount, toAccount, msgLifeTime, msgSeq, msgRandom,
        msgTimeStamp, forbidCallbackControl, sendMsgControl, msgBody, cloudCustomData, offlinePushInfo,
        supportMessageExtension, isNeedReadReceipt, unknownFields);
  }
}
