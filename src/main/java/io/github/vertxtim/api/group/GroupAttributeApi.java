package io.github.vertxtim.api.group;

import io.github.vertxtim.api.EmptyResult;
import io.github.vertxtim.api.TimCall;
import io.github.vertxtim.api.TimFamily;
import io.vertx.core.Future;

/**
 * Custom group attributes (at most 16 keys of 32 bytes, values of 4000 bytes, 16000 bytes in all, 5 writes a second
 * per group) and group counters (at most 20 signed 64-bit counters per group).
 */
@TimFamily("group")
public interface GroupAttributeApi {

  /**
   * The custom attributes of a group.
   *
   * @see <a href="https://www.tencentcloud.com/document/product/1047/44187">Getting Custom Group Attributes</a>
   */
  @TimCall("group_open_attr_http_svc/get_group_attr")
  Future<GetGroupAttrResult> getGroupAttr(GetGroupAttrRequest request);

  /**
   * Adds or changes custom attributes of a group, keeping the others.
   *
   * @see <a href="https://www.tencentcloud.com/document/product/1047/44188">Modifying Custom Group Attributes</a>
   */
  @TimCall("group_open_http_svc/modify_group_attr")
  Future<EmptyResult> modifyGroupAttr(ModifyGroupAttrRequest request);

  /**
   * Deletes every custom attribute of a group.
   *
   * @see <a href="https://trtc.io/document/44189">Clearing Custom Group Attributes</a>
   */
  @TimCall("group_open_http_svc/clear_group_attr")
  Future<EmptyResult> clearGroupAttr(ClearGroupAttrRequest request);

  /**
   * Replaces all custom attributes of a group.
   *
   * @see <a href="https://www.tencentcloud.com/document/product/1047/44190">Resetting Custom Group Attributes</a>
   */
  @TimCall("group_open_http_svc/set_group_attr")
  Future<EmptyResult> setGroupAttr(SetGroupAttrRequest request);

  /**
   * Deletes the listed custom attributes of a group.
   *
   * @see <a href="https://trtc.io/document/59499">Deleting Custom Group Attributes</a>
   */
  @TimCall("group_open_http_svc/delete_group_attr")
  Future<EmptyResult> deleteGroupAttr(DeleteGroupAttrRequest request);

  /**
   * The counters of a group (all, or the listed keys).
   *
   * @see <a href="https://www.tencentcloud.com/document/product/1047/53427">Getting Group Counters</a>
   */
  @TimCall("group_open_http_svc/get_group_counter")
  Future<GetGroupCounterResult> getGroupCounter(GetGroupCounterRequest request);

  /**
   * Sets, increases or decreases counters of a group; answers their new values.
   *
   * @see <a href="https://www.tencentcloud.com/document/product/1047/53428">Updating Group Counters</a>
   */
  @TimCall("group_open_http_svc/update_group_counter")
  Future<UpdateGroupCounterResult> updateGroupCounter(UpdateGroupCounterRequest request);

  /**
   * Deletes counters of a group (all, or the listed keys).
   *
   * @see <a href="https://www.tencentcloud.com/document/product/1047/53429">Deleting Group Counters</a>
   */
  @TimCall("group_open_http_svc/delete_group_counter")
  Future<EmptyResult> deleteGroupCounter(DeleteGroupCounterRequest request);
}
