package io.github.vertxtim.api.push;

import io.github.vertxtim.api.EmptyResult;
import io.github.vertxtim.api.TimCall;
import io.github.vertxtim.api.TimFamily;
import io.vertx.core.Future;

/**
 * The Push service ({@code timpush}, "TIMPush"): all-user, attribute and tag pushes, pushes to named users, revoke,
 * and the attributes and tags pushes select on. A console feature (90045 when the app has not enabled it).
 */
@TimFamily("timpush")
public interface TimPushApi {

  /**
   * Pushes to every user, or to those matching a tag or attribute condition; returns the task's ID. At most 100 a
   * day by default (10 on the free edition), more than one second apart.
   *
   * @see <a href="https://www.tencentcloud.com/document/product/1047/67814">All-user/Tag Push</a>
   */
  @TimCall("timpush/push")
  Future<PushResult> push(PushRequest request);

  /**
   * Pushes to 1..500 named accounts; the ones not reached are in the result's error list.
   *
   * @see <a href="https://www.tencentcloud.com/document/product/1047/67553">UserID-Targeted Push</a>
   */
  @TimCall("timpush/batch")
  Future<BatchPushResult> batchPush(BatchPushRequest request);

  /**
   * Revokes an all-user or tag push made within 24 hours.
   *
   * @see <a href="https://www.tencentcloud.com/document/product/1047/67824">Recalling Push</a>
   */
  @TimCall("timpush/revoke")
  Future<EmptyResult> revoke(RevokeRequest request);

  /**
   * Names the app's push attributes (numbers 0 to 9).
   *
   * @see <a href="https://www.tencentcloud.com/document/product/1047/67816">Setting Application Attribute Names</a>
   */
  @TimCall("timpush/set_attr_name")
  Future<EmptyResult> setAttrNames(SetAttrNamesRequest request);

  /**
   * The app's push attribute names.
   *
   * @see <a href="https://www.tencentcloud.com/document/product/1047/67815">Obtaining Application Attribute Names</a>
   */
  @TimCall("timpush/get_attr_name")
  Future<GetAttrNamesResult> getAttrNames();

  /**
   * The push attributes of up to 100 accounts; accounts that are not imported are in the error list (70107).
   *
   * @see <a href="https://trtc.io/document/67817">Obtaining User Attributes</a>
   */
  @TimCall("timpush/get_attr")
  Future<GetAttrsResult> getAttrs(AccountListRequest request);

  /**
   * Sets push attributes of up to 100 accounts; the accounts it did not apply to are in the error list.
   *
   * @see <a href="https://www.tencentcloud.com/document/product/1047/67818">Setting User Attributes</a>
   */
  @TimCall("timpush/set_attr")
  Future<AccountErrorsResult> setAttrs(SetAttrsRequest request);

  /**
   * Removes push attributes of up to 100 accounts.
   *
   * @see <a href="https://www.tencentcloud.com/document/product/1047/67819">Deleting User Attributes</a>
   */
  @TimCall("timpush/remove_attr")
  Future<AccountErrorsResult> removeAttrs(RemoveAttrsRequest request);

  /**
   * The tags of up to 100 accounts; accounts that are not imported are in the error list (70107).
   *
   * @see <a href="https://www.tencentcloud.com/document/product/1047/67820">Obtaining User Tags</a>
   */
  @TimCall("timpush/get_tag")
  Future<GetTagsResult> getTags(AccountListRequest request);

  /**
   * Adds tags to (or, with Replace 1, replaces the tags of) up to 100 accounts.
   *
   * @see <a href="https://www.tencentcloud.com/document/product/1047/67821">Adding User Tags</a>
   */
  @TimCall("timpush/add_tag")
  Future<AccountErrorsResult> addTags(AddTagsRequest request);

  /**
   * Removes tags from up to 100 accounts.
   *
   * @see <a href="https://www.tencentcloud.com/document/product/1047/67822">Deleting User Tags</a>
   */
  @TimCall("timpush/remove_tag")
  Future<AccountErrorsResult> removeTags(RemoveTagsRequest request);

  /**
   * Removes every tag of up to 100 accounts.
   *
   * @see <a href="https://www.tencentcloud.com/document/product/1047/67823">Deleting All User Tags</a>
   */
  @TimCall("timpush/clear_all_tags")
  Future<AccountErrorsResult> clearAllTags(AccountListRequest request);
}
