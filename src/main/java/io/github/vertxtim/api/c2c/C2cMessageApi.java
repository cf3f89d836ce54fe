package io.github.vertxtim.api.c2c;

import io.github.vertxtim.api.EmptyResult;
import io.github.vertxtim.api.TimCall;
import io.github.vertxtim.api.TimFamily;
import io.vertx.core.Future;

/**
 * One-to-one (C2C) messages: send to one or many accounts, import history, read the roaming history, recall,
 * modify and delete messages, read marks and receipts, and message extensions.
 */
@TimFamily("c2c")
public interface C2cMessageApi {

  /**
   * Sends one message to one account, as the admin or as {@code From_Account}. Retry-safe: the client keeps one
   * MsgRandom across attempts and the service drops the repeat.
   *
   * @see <a href="https://www.tencentcloud.com/document/product/1047/34919">Sending One-to-One Messages to One User</a>
   */
  @TimCall("openim/sendmsg")
  Future<SendMessageResult> sendMessage(SendMessageRequest request);

  /**
   * Sends the same message to up to 500 accounts; the recipients it did not reach are in the result's ErrorList,
   * not a failure of the call. Counted against the quota per recipient (12000 messages a minute by default).
   *
   * @see <a href="https://trtc.io/document/34920">Sending One-to-One Messages to Multiple Users</a>
   */
  @TimCall("openim/batchsendmsg")
  Future<BatchSendMessagesResult> batchSendMessages(BatchSendMessagesRequest request);

  /**
   * Imports one historical or real-time message; importing the same message again keeps the first.
   *
   * @see <a href="https://www.tencentcloud.com/document/product/1047/35014">Importing One-to-One Messages</a>
   */
  @TimCall("openim/importmsg")
  Future<EmptyResult> importMessage(ImportMessageRequest request);

  /**
   * One page of the history between two accounts as the first sees it, newest first.
   *
   * @see <a href="https://www.tencentcloud.com/document/product/1047/35478">Querying One-to-One Message History</a>
   */
  @TimCall("openim/admin_getroammsg")
  Future<GetRoamMessagesResult> getRoamMessages(GetRoamMessagesRequest request);

  /**
   * Recalls a message by its MsgKey.
   *
   * @see <a href="https://www.tencentcloud.com/document/product/1047/35015">Recalling One-to-One Messages</a>
   */
  @TimCall("openim/admin_msgwithdraw")
  Future<EmptyResult> withdrawMessage(WithdrawMessageRequest request);

  /**
   * Marks the messages of a peer read for an account, up to a time.
   *
   * @see <a href="https://www.tencentcloud.com/document/product/1047/38996">Marking One-to-One Messages as Read</a>
   */
  @TimCall("openim/admin_set_msg_read")
  Future<EmptyResult> setMessagesRead(SetMessagesReadRequest request);

  /**
   * The unread one-to-one counts of an account, in total and for up to 10 peers.
   *
   * @see <a href="https://www.tencentcloud.com/document/product/1047/41046">Querying the Unread One-to-One Message Count</a>
   */
  @TimCall("openim/get_c2c_unread_msg_num")
  Future<GetUnreadCountsResult> getUnreadCounts(GetUnreadCountsRequest request);

  /**
   * Replaces the body and/or the cloud custom data of a stored message.
   *
   * @see <a href="https://www.tencentcloud.com/document/product/1047/47722">Modifying Historical One-to-One Messages</a>
   */
  @TimCall("openim/modify_c2c_msg")
  Future<EmptyResult> modifyMessage(ModifyMessageRequest request);

  /**
   * Deletes up to 30 messages from one account's history; the other side keeps them.
   *
   * @see <a href="https://cloud.tencent.com/document/product/269/101439">Deleting One-to-One Messages One-Way</a>
   */
  @TimCall("openim/delete_c2c_msg_ramble")
  Future<DeleteRoamMessagesResult> deleteRoamMessages(DeleteRoamMessagesRequest request);

  /**
   * Sends read receipts for messages on behalf of their recipient.
   *
   * @see <a href="https://trtc.io/document/77776">Sending Read Receipts for One-to-One Messages</a>
   */
  @TimCall("openim/c2c_msg_read_receipt")
  Future<EmptyResult> sendReadReceipts(SendReadReceiptsRequest request);

  /**
   * The extension key-value pairs of a message.
   *
   * @see <a href="https://trtc.io/document/51194">Pulling the Message Extension of a One-to-One Message</a>
   */
  @TimCall("openim_msg_ext_http_svc/get_key_values")
  Future<GetMessageExtensionsResult> getMessageExtensions(GetMessageExtensionsRequest request);

  /**
   * Sets, deletes or clears extension key-value pairs of a message; per-pair outcomes are in the result.
   *
   * @see <a href="https://trtc.io/document/51195">Configuring Message Extension for a One-to-One Message</a>
   */
  @TimCall("openim_msg_ext_http_svc/set_key_values")
  Future<SetMessageExtensionsResult> setMessageExtensions(SetMessageExtensionsRequest request);
}
