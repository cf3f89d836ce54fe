package io.github.vertxtim.api.official;

import io.github.vertxtim.api.EmptyResult;
import io.github.vertxtim.api.TimCall;
import io.github.vertxtim.api.TimFamily;
import io.vertx.core.Future;

/**
 * Official accounts ("official channels"): accounts with {@code @TOA#_} IDs that broadcast messages to their
 * subscribers. A console feature; see docs/families/official-accounts.md.
 */
@TimFamily("official_account")
public interface OfficialAccountApi {

  /**
   * Creates an official account owned by an imported account.
   *
   * @see <a href="https://trtc.io/document/60755">Creating Official Accounts</a>
   */
  @TimCall("official_account_open_http_svc/create_official_account")
  Future<CreateOfficialAccountResult> createOfficialAccount(CreateOfficialAccountRequest request);

  /**
   * Destroys an official account with its subscriptions and messages.
   *
   * @see <a href="https://www.tencentcloud.com/document/product/1047/60756">Destroying Official Accounts</a>
   */
  @TimCall("official_account_open_http_svc/destroy_official_account")
  Future<EmptyResult> destroyOfficialAccount(DestroyOfficialAccountRequest request);

  /**
   * Changes an official account's profile fields.
   *
   * @see <a href="https://www.tencentcloud.com/document/product/1047/60757">Modifying Official Account Information</a>
   */
  @TimCall("official_account_open_http_svc/modify_official_account_base_info")
  Future<EmptyResult> modifyOfficialAccountBaseInfo(ModifyOfficialAccountBaseInfoRequest request);

  /**
   * Broadcasts a message to every subscriber: at most one a second and two an hour per official account; the same
   * content again within five minutes is dropped as a duplicate.
   *
   * @see <a href="https://www.tencentcloud.com/document/product/1047/60810">Sending Messages in a Official Account</a>
   */
  @TimCall("official_account_open_http_svc/send_official_account_msg")
  Future<SendOfficialAccountMsgResult> sendOfficialAccountMsg(SendOfficialAccountMsgRequest request);

  /**
   * Profiles of up to 50 official accounts; an unknown one carries its ErrorCode in the result.
   *
   * @see <a href="https://www.tencentcloud.com/document/product/1047/60758">Obtaining Official Account Information</a>
   */
  @TimCall("official_account_open_http_svc/get_official_account_info")
  Future<GetOfficialAccountInfoResult> getOfficialAccountInfo(GetOfficialAccountInfoRequest request);

  /**
   * One page of an official account's subscribers (paged by Next).
   *
   * @see <a href="https://trtc.io/document/60759">Obtaining Subscriber Information of Official Accounts</a>
   */
  @TimCall("official_account_open_http_svc/get_subscriber_info")
  Future<GetSubscriberInfoResult> getSubscriberInfo(GetSubscriberInfoRequest request);

  /**
   * Recalls up to 10 of an official account's messages by MsgKey.
   *
   * @see <a href="https://trtc.io/document/60811">Recalling Official Account Messages</a>
   */
  @TimCall("official_account_open_http_svc/official_account_msg_recall")
  Future<RecallOfficialAccountMsgResult> recallOfficialAccountMsg(RecallOfficialAccountMsgRequest request);

  /**
   * An official account's message history, newest first (paged by LastMsgKey).
   *
   * @see <a href="https://trtc.io/document/60812">Pulling Historical Official Account Messages</a>
   */
  @TimCall("official_account_open_http_svc/official_account_msg_get_simple")
  Future<GetOfficialAccountMsgSimpleResult> getOfficialAccountMsgSimple(GetOfficialAccountMsgSimpleRequest request);

  /**
   * Subscribes up to 100 users; per-user outcomes are in the result.
   *
   * @see <a href="https://trtc.io/document/60760">Adding Subscribers</a>
   */
  @TimCall("official_account_open_http_svc/add_subscriber")
  Future<AddSubscribersResult> addSubscribers(AddSubscribersRequest request);

  /**
   * Unsubscribes users; per-user outcomes are in the result.
   *
   * @see <a href="https://trtc.io/document/60761">Deleting Subscribers</a>
   */
  @TimCall("official_account_open_http_svc/delete_subscriber")
  Future<DeleteSubscribersResult> deleteSubscribers(DeleteSubscribersRequest request);

  /**
   * Changes a subscriber's custom string; 131003 when the user does not subscribe.
   *
   * @see <a href="https://www.tencentcloud.com/document/product/1047/60762">Modifying Subscriber Information</a>
   */
  @TimCall("official_account_open_http_svc/modify_subscriber_info")
  Future<EmptyResult> modifySubscriberInfo(ModifySubscriberInfoRequest request);

  /**
   * One page (offset paging) of the official accounts a user subscribes to.
   *
   * @see <a href="https://trtc.io/document/60763">Obtaining the Official Accounts a User Subscribes To</a>
   */
  @TimCall("official_account_open_http_svc/get_subscribed_official_account_list")
  Future<GetSubscribedOfficialAccountListResult> getSubscribedOfficialAccountList(
      GetSubscribedOfficialAccountListRequest request);
}
