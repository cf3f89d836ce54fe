package io.github.vertxtim.api.push;

import io.github.vertxtim.api.EmptyResult;
import io.github.vertxtim.api.TimCall;
import io.github.vertxtim.api.TimFamily;
import io.vertx.core.Future;

/**
 * Legacy all-member push ({@code all_member_push}): push to every user, or by user attribute or tag, and manage the
 * attributes and tags it selects on. A console feature (90045 when the app has not enabled it).
 */
@TimFamily("push")
public interface AllMemberPushApi {

  /**
   * Pushes a message to every user, or to those matching a tag or attribute condition; returns the task's ID. At
   * most 100 pushes a day by default, more than one second apart.
   *
   * @see <a href="https://www.tencentcloud.com/document/product/1047/37166">Pushing to All Users</a>
   */
  @TimCall("all_member_push/im_push")
  Future<PushResult> push(PushRequest request);

  /**
   * Names the app's push attributes (numbers 0 to 9).
   *
   * @see <a href="https://www.tencentcloud.com/document/product/1047/37167">Setting Application Attribute Names</a>
   */
  @TimCall("all_member_push/im_set_attr_name")
  Future<EmptyResult> setAttrNames(SetAttrNamesRequest request);

  /**
   * The app's push attribute names.
   *
   * @see <a href="https://www.tencentcloud.com/document/product/1047/37168">Getting Application Attribute Names</a>
   */
  @TimCall("all_member_push/im_get_attr_name")
  Future<GetAttrNamesResult> getAttrNames();

  /**
   * The push attributes of up to 100 accounts.
   *
   * @see <a href="https://www.tencentcloud.com/document/product/1047/37169">Getting User Attributes</a>
   */
  @TimCall("all_member_push/im_get_attr")
  Future<GetAttrsResult> getAttrs(AccountListRequest request);

  /**
   * Sets push attributes of up to 100 accounts.
   *
   * @see <a href="https://www.tencentcloud.com/document/product/1047/37170">Setting User Attributes</a>
   */
  @TimCall("all_member_push/im_set_attr")
  Future<EmptyResult> setAttrs(SetAttrsRequest request);

  /**
   * Removes push attributes of up to 100 accounts.
   *
   * @see <a href="https://www.tencentcloud.com/document/product/1047/37171">Deleting User Attributes</a>
   */
  @TimCall("all_member_push/im_remove_attr")
  Future<EmptyResult> removeAttrs(RemoveAttrsRequest request);

  /**
   * The tags of up to 100 accounts.
   *
   * @see <a href="https://www.tencentcloud.com/document/product/1047/37172">Getting User Tags</a>
   */
  @TimCall("all_member_push/im_get_tag")
  Future<GetTagsResult> getTags(AccountListRequest request);

  /**
   * Adds tags to up to 100 accounts (at most 10 per account per call, 100 per account in all).
   *
   * @see <a href="https://www.tencentcloud.com/document/product/1047/37173">Adding User Tags</a>
   */
  @TimCall("all_member_push/im_add_tag")
  Future<EmptyResult> addTags(AddTagsRequest request);

  /**
   * Removes tags from up to 100 accounts.
   *
   * @see <a href="https://www.tencentcloud.com/document/product/1047/37174">Deleting User Tags</a>
   */
  @TimCall("all_member_push/im_remove_tag")
  Future<EmptyResult> removeTags(RemoveTagsRequest request);

  /**
   * Removes every tag of up to 100 accounts.
   *
   * @see <a href="https://www.tencentcloud.com/document/product/1047/37175">Deleting All Tags of Users</a>
   */
  @TimCall("all_member_push/im_remove_all_tags")
  Future<EmptyResult> removeAllTags(AccountListRequest request);
}
