package io.github.vertxtim.api.group;

import io.github.vertxtim.api.EmptyResult;
import io.github.vertxtim.api.TimCall;
import io.github.vertxtim.api.TimFamily;
import io.vertx.core.Future;

/**
 * Group messages: sending (as the admin or a member, system notifications, AVChatRoom broadcasts), importing,
 * history, recall, modify and delete, read receipts and message extensions. MsgSeq is assigned by the service,
 * strictly increasing from 1 in each group.
 */
@TimFamily("group")
public interface GroupMessageApi {

  /**
   * Sends a message to a group as the app admin or, with From_Account, as a member; answers its MsgSeq and MsgTime.
   *
   * @see <a href="https://www.tencentcloud.com/document/product/1047/34959">Sending Ordinary Messages in a Group</a>
   */
  @TimCall("group_open_http_svc/send_group_msg")
  Future<SendGroupMsgResult> sendGroupMsg(SendGroupMsgRequest request);

  /**
   * Sends a system notification to every member of a group or to the listed members.
   *
   * @see <a href="https://www.tencentcloud.com/document/product/1047/34958">Sending System Messages in a Group</a>
   */
  @TimCall("group_open_http_svc/send_group_system_notification")
  Future<EmptyResult> sendGroupSystemNotification(SendGroupSystemNotificationRequest request);

  /**
   * Broadcasts one message to every AVChatRoom of the app.
   *
   * @see <a href="https://trtc.io/document/49440">Broadcast Message of Audio-Video Group</a>
   */
  @TimCall("group_open_http_svc/send_broadcast_msg")
  Future<SendBroadcastMsgResult> sendBroadcastMsg(SendBroadcastMsgRequest request);

  /**
   * Recalls up to 10 group messages by MsgSeq; each gets its own RetCode.
   *
   * @see <a href="https://www.tencentcloud.com/document/product/1047/34965">Recalling Group Messages</a>
   */
  @TimCall("group_open_http_svc/group_msg_recall")
  Future<RecallGroupMsgResult> recallGroupMsg(RecallGroupMsgRequest request);

  /**
   * Imports up to 7 historical messages into a group (no callbacks, no notifications).
   *
   * @see <a href="https://trtc.io/document/34968">Importing Group Messages</a>
   */
  @TimCall("group_open_http_svc/import_group_msg")
  Future<ImportGroupMsgResult> importGroupMsg(ImportGroupMsgRequest request);

  /**
   * Deletes every message one member sent in a group.
   *
   * @see <a href="https://www.tencentcloud.com/document/product/1047/34970">Deleting Messages Sent by a Specified User</a>
   */
  @TimCall("group_open_http_svc/delete_group_msg_by_sender")
  Future<EmptyResult> deleteGroupMsgBySender(DeleteGroupMsgBySenderRequest request);

  /**
   * One page of a group's history, newest first; {@code client.pages} walks every page down to
   * MsgSeq 1.
   *
   * @see <a href="https://www.tencentcloud.com/document/product/1047/34971">Pulling Historical Group Messages</a>
   */
  @TimCall("group_open_http_svc/group_msg_get_simple")
  Future<GetGroupMsgSimpleResult> getGroupMsgSimple(GetGroupMsgSimpleRequest request);

  /**
   * Replaces the body and/or CloudCustomData of a stored group message.
   *
   * @see <a href="https://www.tencentcloud.com/document/product/1047/47948">Modifying Historical Group Messages</a>
   */
  @TimCall("openim/modify_group_msg")
  Future<EmptyResult> modifyGroupMsg(ModifyGroupMsgRequest request);

  /**
   * Clears a group's history for its members (all of it, or up to a MsgSeq).
   *
   * @see <a href="https://trtc.io/document/65970">Clearing Historical Group Messages</a>
   */
  @TimCall("group_open_http_svc/clear_group_msg")
  Future<EmptyResult> clearGroupMsg(ClearGroupMsgRequest request);

  /**
   * Read and unread counts of group messages sent with read receipts.
   *
   * @see <a href="https://trtc.io/document/49439">Pulling Read Receipts for Group Messages</a>
   */
  @TimCall("group_open_http_svc/get_group_msg_receipt")
  Future<GetGroupMsgReceiptResult> getGroupMsgReceipt(GetGroupMsgReceiptRequest request);

  /**
   * One page of the members who read, or did not read, a group message.
   *
   * @see <a href="https://trtc.io/document/49438">Pulling Group Message Read Receipt Details</a>
   */
  @TimCall("group_open_http_svc/get_group_msg_receipt_detail")
  Future<GetGroupMsgReceiptDetailResult> getGroupMsgReceiptDetail(GetGroupMsgReceiptDetailRequest request);

  /**
   * The extension key-values of a group message, by Seq.
   *
   * @see <a href="https://trtc.io/document/52169">Pulling Message Extension of a Group Message</a>
   */
  @TimCall("openim_msg_ext_http_svc/group_get_key_values")
  Future<GetGroupMsgKeyValuesResult> getGroupMsgKeyValues(GetGroupMsgKeyValuesRequest request);

  /**
   * Sets, deletes or clears extension key-values of a group message.
   *
   * @see <a href="https://trtc.io/document/52170">Configuring Message Extension for a Group Message</a>
   */
  @TimCall("openim_msg_ext_http_svc/group_set_key_values")
  Future<SetGroupMsgKeyValuesResult> setGroupMsgKeyValues(SetGroupMsgKeyValuesRequest request);
}
