package io.github.vertxtim.api.sns;

import io.github.vertxtim.api.TimCall;
import io.github.vertxtim.api.TimFamily;
import io.vertx.core.Future;

/**
 * Follows ({@code follow/*}): one-way relations, followers and mutual follows. A console feature of the Pro
 * editions: 30005 answers while it is off.
 */
@TimFamily("sns")
public interface FollowApi {

  /**
   * Makes a user follow up to 20 others.
   *
   * @see <a href="https://www.tencentcloud.com/document/product/1047/70345">Following Users</a>
   */
  @TimCall("follow/follow_add")
  Future<SnsResult> addFollows(AddFollowsRequest request);

  /**
   * Makes a user unfollow up to 20 others.
   *
   * @see <a href="https://www.tencentcloud.com/document/product/1047/70346">Unfollowing Users</a>
   */
  @TimCall("follow/follow_delete")
  Future<SnsResult> deleteFollows(PeersRequest request);

  /**
   * The follow relation between a user and up to 100 others.
   *
   * @see <a href="https://www.tencentcloud.com/document/product/1047/70349">Checking Follow Relationship</a>
   */
  @TimCall("follow/follow_check")
  Future<CheckFollowsResult> checkFollows(PeersRequest request);

  /**
   * One page of a user's followers, followed users or mutual follows; walk all pages with
   * {@code client.pages("follow", "follow_get", …)}.
   *
   * @see <a href="https://www.tencentcloud.com/document/product/1047/70347">Retrieve Fans, Follows, And Mutual
   *     Followers List</a>
   */
  @TimCall("follow/follow_get")
  Future<GetFollowsResult> getFollows(GetFollowsRequest request);

  /**
   * Follower, following and mutual counts of up to 20 users.
   *
   * @see <a href="https://www.tencentcloud.com/document/product/1047/70350">Get The Fans, Follows, And Mutual
   *     Followers Count</a>
   */
  @TimCall("follow/follow_get_info")
  Future<GetFollowInfoResult> getFollowInfo(PeersRequest request);
}
