package io.github.vertxtim.api.search;

import io.github.vertxtim.api.TimCall;
import io.github.vertxtim.api.TimFamily;
import io.vertx.core.Future;

/**
 * Cloud search over the app's groups and group members (a purchased feature, served in the China and Singapore
 * regions only; 2 calls per second).
 */
@TimFamily("search")
public interface CloudSearchApi {

  /**
   * Groups whose name contains the keywords, or whose GroupID equals one of them; pass the answer's cursor to
   * continue.
   *
   * @see <a href="https://cloud.tencent.com/document/product/269/114549">Group Search</a>
   */
  @TimCall("group_search/search")
  Future<SearchGroupsResult> searchGroups(SearchGroupsRequest request);

  /**
   * Group members whose name card or nickname contains the keywords, or whose UserID equals one of them; pass the
   * answer's cursor to continue.
   *
   * @see <a href="https://cloud.tencent.com/document/product/269/114548">Group Member Search</a>
   */
  @TimCall("group_member_search/search")
  Future<SearchGroupMembersResult> searchGroupMembers(SearchGroupMembersRequest request);
}
