package io.github.vertxtim.api.sns;

import io.github.vertxtim.api.EmptyResult;
import io.github.vertxtim.api.TimCall;
import io.github.vertxtim.api.TimFamily;
import io.vertx.core.Future;

/**
 * The relationship chain: friends, blocklists and friend lists ({@code sns/*}). Batch writes answer per-account
 * outcomes in the result ({@link SnsResult}), not as a failure of the call.
 */
@TimFamily("sns")
public interface FriendApi {

  /**
   * Adds friends, on both sides ({@code Add_Type_Both}, the default) or on {@code From_Account}'s side only.
   *
   * @see <a href="https://trtc.io/document/34902">Adding Friends</a>
   */
  @TimCall("sns/friend_add")
  Future<SnsResult> addFriends(AddFriendsRequest request);

  /**
   * Imports up to 1000 friends into {@code From_Account}'s list with their remarks, lists and custom fields.
   *
   * @see <a href="https://trtc.io/document/34903">Importing Friends</a>
   */
  @TimCall("sns/friend_import")
  Future<SnsResult> importFriends(ImportFriendsRequest request);

  /**
   * Updates fields (remark, friend lists, custom fields) of existing friends.
   *
   * @see <a href="https://www.tencentcloud.com/document/product/1047/34904">Updating Friends</a>
   */
  @TimCall("sns/friend_update")
  Future<SnsResult> updateFriends(UpdateFriendsRequest request);

  /**
   * Deletes up to 1000 friends, from one side or both.
   *
   * @see <a href="https://www.tencentcloud.com/document/product/1047/34905">Deleting Friends</a>
   */
  @TimCall("sns/friend_delete")
  Future<SnsResult> deleteFriends(DeleteFriendsRequest request);

  /**
   * Deletes all of a user's friends, from one side or both.
   *
   * @see <a href="https://www.tencentcloud.com/document/product/1047/34906">Deleting All Friends</a>
   */
  @TimCall("sns/friend_delete_all")
  Future<EmptyResult> deleteAllFriends(DeleteAllFriendsRequest request);

  /**
   * Checks the friendship between a user and up to 1000 others, one side or both.
   *
   * @see <a href="https://www.tencentcloud.com/document/product/1047/34907">Verifying Friends</a>
   */
  @TimCall("sns/friend_check")
  Future<CheckFriendsResult> checkFriends(CheckFriendsRequest request);

  /**
   * One page of a user's friends with their fields; walk all pages with {@code client.pages("sns", "friend_get",
   * …)}.
   *
   * @see <a href="https://www.tencentcloud.com/document/product/1047/34908">Pulling Friends</a>
   */
  @TimCall("sns/friend_get")
  Future<GetFriendsResult> getFriends(GetFriendsRequest request);

  /**
   * The named fields of up to 100 given friends.
   *
   * @see <a href="https://www.tencentcloud.com/document/product/1047/34910">Pulling Specified Friends</a>
   */
  @TimCall("sns/friend_get_list")
  Future<GetFriendListResult> getFriendList(GetFriendListRequest request);

  /**
   * Adds up to 1000 users to a user's blocklist; a blocked user is no longer a friend.
   *
   * @see <a href="https://www.tencentcloud.com/document/product/1047/34911">Adding Users to Blocklist</a>
   */
  @TimCall("sns/black_list_add")
  Future<SnsResult> addBlocklist(PeersRequest request);

  /**
   * Removes up to 1000 users from a user's blocklist.
   *
   * @see <a href="https://www.tencentcloud.com/document/product/1047/34912">Deleting Users from Blocklist</a>
   */
  @TimCall("sns/black_list_delete")
  Future<SnsResult> deleteBlocklist(PeersRequest request);

  /**
   * One page of a user's blocklist; walk all pages with {@code client.pages("sns", "black_list_get", …)}.
   *
   * @see <a href="https://www.tencentcloud.com/document/product/1047/34914">Pulling Blocklist</a>
   */
  @TimCall("sns/black_list_get")
  Future<GetBlocklistResult> getBlocklist(GetBlocklistRequest request);

  /**
   * Checks the blocklist relation between a user and up to 1000 others, one side or both.
   *
   * @see <a href="https://www.tencentcloud.com/document/product/1047/34913">Verifying Users on Blocklist</a>
   */
  @TimCall("sns/black_list_check")
  Future<CheckBlocklistResult> checkBlocklist(CheckBlocklistRequest request);

  /**
   * Creates friend lists, optionally with friends in them.
   *
   * @see <a href="https://www.tencentcloud.com/document/product/1047/34950">Adding Lists</a>
   */
  @TimCall("sns/group_add")
  Future<AddFriendGroupsResult> addFriendGroups(AddFriendGroupsRequest request);

  /**
   * Deletes friend lists (their friends stay friends).
   *
   * @see <a href="https://www.tencentcloud.com/document/product/1047/34926">Deleting Lists</a>
   */
  @TimCall("sns/group_delete")
  Future<DeleteFriendGroupsResult> deleteFriendGroups(DeleteFriendGroupsRequest request);

  /**
   * Gets a user's friend lists, optionally with their friends.
   *
   * @see <a href="https://www.tencentcloud.com/document/product/1047/40123">Pulling Lists</a>
   */
  @TimCall("sns/group_get")
  Future<GetFriendGroupsResult> getFriendGroups(GetFriendGroupsRequest request);
}
