package io.github.vertxtim.api.group;

import io.github.vertxtim.api.TimCall;
import io.vertx.core.Future;

/** Group management endpoints; more arrive with the group family. */
public interface GroupApi {

  /**
   * One page of the app's group IDs; pass the answer's {@code next} to get the following page (0 = done).
   *
   * @see <a href="https://www.tencentcloud.com/document/product/1047/34960">Getting All Groups in an App</a>
   */
  @TimCall("group_open_http_svc/get_appid_group_list")
  Future<GroupListPage> appGroupList(GroupListRequest request);
}
