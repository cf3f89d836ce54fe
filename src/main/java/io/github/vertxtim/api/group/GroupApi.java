package io.github.vertxtim.api.group;

import io.github.vertxtim.api.TimCall;
import io.vertx.core.Future;

/** Group management endpoints (shared/api/catalog.md §4.8); more arrive with the group family. */
public interface GroupApi {

  /** One page of the app's group IDs; pass the answer's {@code next} to get the following page (0 = done). */
  @TimCall("group_open_http_svc/get_appid_group_list")
  Future<GroupListPage> appGroupList(GroupListRequest request);
}
