package io.github.vertxtim.api.group;

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
 * Body of send_group_msg: a message to a group, from the app admin or, with From_Account, from a member.
 * The client draws Random (the de-duplication key, kept across retries) when it is null. To_Account
 * (targeted receivers) holds at most 50 accounts.
 *
 * @see <a href="https://www.tencentcloud.com/document/product/1047/34959">Sending Ordinary Messages in a Group</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SendGroupMsgRequest(@JsonProperty("GroupId") String groupId,
                                  @JsonProperty("Random") Long msgRandom,
                                  @JsonProperty("MsgBody") List<MsgElement> msgBody,
                                  @JsonProperty("From_Account") String fromAccount,
                                  @JsonProperty("MsgPriority") String msgPriority,
                                  @JsonProperty("OfflinePushInfo") OfflinePushInfo offlinePushInfo,
                                  @JsonProperty("ForbidCallbackControl") List<String> forbidCallbackControl,
                                  @JsonProperty("OnlineOnlyFlag") Integer onlineOnlyFlag,
                                  @JsonProperty("SendMsgControl") List<String> sendMsgControl,
                                  @JsonProperty("CloudCustomData") String cloudCustomData,
                                  @JsonProperty("SupportMessageExtension") Integer supportMessageExtension,
                                  @JsonProperty("To_Account") List<String> toAccount,
                                  @JsonProperty("NeedReadReceipt") Integer needReadReceipt,
                                  @JsonProperty("GroupAtInfo") List<AtInfo> groupAtInfo,
                                  @JsonProperty("TopicId") String topicId,
                                  @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord, MsgRandomRequest {

  public SendGroupMsgRequest {
    Objects.requireNonNull(groupId, "GroupId");
    Objects.requireNonNull(msgBody, "MsgBody");
    msgBody = List.copyOf(msgBody);
    forbidCallbackControl = forbidCallbackControl == null ? null : List.copyOf(forbidCallbackControl);
    sendMsgControl = sendMsgControl == null ? null : List.copyOf(sendMsgControl);
    toAccount = toAccount == null ? null : List.copyOf(toAccount);
    groupAtInfo = groupAtInfo == null ? null : List.copyOf(groupAtInfo);
    if (toAccount != null && toAccount.size() > MAX_TO_ACCOUNT) {
      throw new IllegalArgumentException("To_Account holds at most " + MAX_TO_ACCOUNT + " accounts, got "
          + toAccount.size());
    }
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public SendGroupMsgRequest(String groupId, Long msgRandom, List<MsgElement> msgBody, String fromAccount,
      String msgPriority, OfflinePushInfo offlinePushInfo, List<String> forbidCallbackControl,
      Integer onlineOnlyFlag, List<String> sendMsgControl, String cloudCustomData, Integer supportMessageExtension,
      List<String> toAccount, Integer needReadReceipt, List<AtInfo> groupAtInfo, String topicId) {
    this(groupId, msgRandom, msgBody, fromAccount, msgPriority, offlinePushInfo, forbidCallbackControl,
        onlineOnlyFlag, sendMsgControl, cloudCustomData, supportMessageExtension, toAccount, needReadReceipt,
        groupAtInfo, topicId, null);
  }

  /** At most this many targeted receivers (To_Account). */
  public static final int MAX_TO_ACCOUNT = 50;

  /** A message from the app admin to the group. */
  public static SendGroupMsgRequest of(String groupId, List<MsgElement> msgBody) {
    return new SendGroupMsgRequest(groupId, null, msgBody, null, null, null, null, null, null, null, null, null, null,
        null, null);
  }

  /** A message from member {@code fromAccount} to the group. */
  public static SendGroupMsgRequest from(String groupId, String fromAccount, List<MsgElement> msgBody) {
    return of(groupId, msgBody).withFromAccount(fromAccount);
  }

  @Override
  public SendGroupMsgRequest withMsgRandom(long msgRandom) {
    return new SendGroupMsgRequest(groupId, msgRandom, msgBody, fromAccount, msgPriority, offlinePushInfo,
        forbidCallbackControl, onlineOnlyFlag, sendMsgControl, cloudCustomData,
        supportMessageExtension, toAccount, needReadReceipt, groupAtInfo, topicId, unknownFields);
  }

  /** This request sent as {@code fromAccount} (a member of the group) instead of the app admin. */
  public SendGroupMsgRequest withFromAccount(String fromAccount) {
    return new SendGroupMsgRequest(groupId, msgRandom, msgBody, fromAccount, msgPriority, offlinePushInfo,
        forbidCallbackControl, onlineOnlyFlag, sendMsgControl, cloudCustomData,
        supportMessageExtension, toAccount, needReadReceipt, groupAtInfo, topicId, unknownFields);
  }

  /** This request asking for read receipts (NeedReadReceipt 1) or not (0). */
  public SendGroupMsgRequest withNeedReadReceipt(boolean need) {
    return new SendGroupMsgRequest(groupId, msgRandom, msgBody, fromAccount, msgPriority, offlinePushInfo,
        forbidCallbackControl, onlineOnlyFlag, sendMsgControl, cloudCustomData,
        supportMessageExtension, toAccount, need ? 1 : 0, groupAtInfo, topicId, unknownFields);
  }

  /** This request allowing message extensions (SupportMessageExtension 1) or not (0). */
  public SendGroupMsgRequest withSupportMessageExtension(boolean support) {
    return new SendGroupMsgRequest(groupId, msgRandom, msgBody, fromAccount, msgPriority, offlinePushInfo,
        forbidCallbackControl, onlineOnlyFlag, sendMsgControl, cloudCustomData, support ? 1 : 0,
        toAccount, needReadReceipt, groupAtInfo, topicId, unknownFields);
  }

  /**
   * An @-mention: GroupAtAllFlag 1 mentions everyone, 0 the member in GroupAt_Account.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record AtInfo(@JsonProperty("GroupAtAllFlag") Integer groupAtAllFlag,
                       @JsonProperty("GroupAt_Account") String groupAtAccount,
                       @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
      implements JsonRecord {

    public AtInfo {
      unknownFields = JsonRecord.copyOf(unknownFields);
    }

    public AtInfo(Integer groupAtAllFlag, String groupAtAccount) {
      this(groupAtAllFlag, groupAtAccount, null);
    }
  }
}
