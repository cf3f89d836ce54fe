package io.github.vertxtim.emulator.impl.group;

import io.github.vertxtim.TimErrorCode;
import io.github.vertxtim.emulator.impl.shared.EmulatorError;
import io.github.vertxtim.emulator.impl.shared.Fields;
import io.github.vertxtim.emulator.impl.shared.HandlerTable;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** Group management. Only get_appid_group_list so far. */
public final class GroupHandlers {

  /** Limit's default and maximum (Limit ≤ 10000; no Limit means the maximum: https://www.tencentcloud.com/document/product/1047/34960). */
  static final int MAX_LIMIT = 10_000;

  private static final int INVALID = TimErrorCode.GROUP_INVALID_PARAMETER.code(); // 10004

  private final GroupState state;

  public GroupHandlers(GroupState state) {
    this.state = state;
  }

  public void install(HandlerTable table) {
    table.handle("group_open_http_svc/get_appid_group_list", this::getAppIdGroupList);
  }

  /**
   * {@code {"Limit":N,"Next":cursor,"GroupType":"Public"}}, all optional (I-34960). Answers {@code TotalCount}
   * (groups matching the type filter), {@code GroupIdList[{GroupId}]} for this page, and {@code Next}: an opaque
   * cursor for the next page, 0 on the last page. The cursor is a creation sequence number, so paging is stable
   * while groups are created: each existing group is listed exactly once. Limit must be 1..10000, Next a
   * non-negative integer, GroupType one of Private, Public, ChatRoom, AVChatRoom, Community; else 10004.
   */
  JsonObject getAppIdGroupList(JsonObject body) {
    int limit = (int) Fields.optionalInteger(body, "Limit", MAX_LIMIT, 1, MAX_LIMIT, INVALID);
    long next = Fields.optionalInteger(body, "Next", 0, 0, Long.MAX_VALUE, INVALID);
    String type = Fields.optionalString(body, "GroupType", INVALID);
    if (type != null && !GroupState.GROUP_TYPES.contains(type)) {
      throw new EmulatorError(INVALID, "GroupType must be one of Private, Public, ChatRoom, AVChatRoom, Community");
    }
    GroupState.GroupPage page = state.groupPage(type, next, limit);
    JsonArray ids = new JsonArray();
    page.groups().forEach(g -> ids.add(new JsonObject().put("GroupId", g.groupId())));
    return new JsonObject().put("TotalCount", page.totalCount()).put("GroupIdList", ids).put("Next", page.next());
  }
}
