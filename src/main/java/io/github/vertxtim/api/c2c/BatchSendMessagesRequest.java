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
 * Body of batchsendmsg: the same message to up to 500 accounts. Over 500 fails here, before any I/O. The client keeps
 * one MsgRandom across attempts.
 *
 * @see <a href="https://trtc.io/document/34920">Sending One-to-One Messages to Multiple Users</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BatchSendMessagesRequest(@JsonProperty("SyncOtherMachine") Integer syncOtherMachine,
                                       @JsonProperty("From_Account") String fromAccount,
                                       @JsonProperty("To_Account") List<String> toAccounts,
                                       @JsonProperty("MsgLifeTime") Integer msgLifeTime,
                                       @JsonProperty("MsgSeq") Long msgSeq,
                                       @JsonProperty("MsgRandom") Long msgRandom,
                                       @JsonProperty("MsgBody") List<MsgElement> msgBody,
                                       @JsonProperty("CloudCustomData") String cloudCustomData,
                                       @JsonProperty("SendMsgControl") List<String> sendMsgControl,
                                       @JsonProperty("OfflinePushInfo") OfflinePushInfo offlinePushInfo,
                                       @JsonProperty("IsNeedReadReceipt") Integer isNeedReadReceipt,
                                       @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) implements JsonRecord, MsgRandomRequest {

  public BatchSendMessagesRequest {
    Objects.requireNonNull(toAccounts, "To_Account");
    toAccounts = List.copyOf(toAccounts);
    Objects.requireNonNull(msgBody, "MsgBody");
    msgBody = List.copyOf(msgBody);
    sendMsgControl = sendMsgControl == null ? null : List.copyOf(sendMsgControl);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  /** The admin sends {@code msgBody} to each of {@code toAccounts}; the client draws the MsgRandom. */
  public static BatchSendMessagesRequest of(List<String> toAccounts, List<MsgElement> msgBody) {
    return new BatchSendMessagesRequest(null, null, toAccounts, null, null, null, msgBody, null, null, null, null, null);
  }

  /** A copy sent as {@code fromAccount}. */
  public BatchSendMessagesRequest withFromAccount(String fromAccount) {
    return new BatchSendMessagesRequest(syncOtherMachine, fromAccount, toAccounts, msgLifeTime, msgSeq, msgRandom,
        msgBody, cloudCustomData, sendMsgControl, offlinePushInfo, isNeedReadReceipt, unknownFields);
  }

  /** A copy with SyncOtherMachine (1 sync to the sender, 2 do not). */
  public BatchSendMessagesRequest withSyncOtherMachine(int syncOtherMachine) {
    return new BatchSendMessagesRequest(syncOtherMachine, fromAccount, toAccounts, msgLifeTime, msgSeq, msgRandom,
        msgBody, cloudCustomData, sendMsgControl, offlinePushInfo, isNeedReadReceipt, unknownFields);
  }

  @Override
  public BatchSendMessagesRequest withMsgRandom(long msgRandom) {
    return new BatchSendMessagesRequest(syncOtherMachine, fromAccount, toAccounts, msgLifeTime, msgSeq, msgRandom,
        msgBody, cloudCustomData, sendMsgControl, offlinePushInfo, isNeedReadReceipt, unknownFields);
  }
}
