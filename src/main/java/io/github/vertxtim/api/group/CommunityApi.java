package io.github.vertxtim.api.group;

import io.github.vertxtim.api.EmptyResult;
import io.github.vertxtim.api.TimCall;
import io.github.vertxtim.api.TimFamily;
import io.vertx.core.Future;

/**
 * Communities: topics of a topic-enabled Community and permission groups (their members and topic permissions).
 * A console feature: an app without it gets 11000.
 */
@TimFamily("group")
public interface CommunityApi {

  /**
   * Creates a topic in a topic-enabled Community; answers its ID.
   *
   * @see <a href="https://trtc.io/document/49471">Creating Topic</a>
   */
  @TimCall("million_group_open_http_svc/create_topic")
  Future<CreateTopicResult> createTopic(CreateTopicRequest request);

  /**
   * The profiles of the listed topics, or of every topic of the Community.
   *
   * @see <a href="https://trtc.io/document/49469">Getting Topic Profile</a>
   */
  @TimCall("million_group_open_http_svc/get_topic")
  Future<GetTopicsResult> getTopics(GetTopicsRequest request);

  /**
   * Changes a topic's profile.
   *
   * @see <a href="https://trtc.io/document/49468">Modifying Topic Profile</a>
   */
  @TimCall("million_group_open_http_svc/modify_topic")
  Future<EmptyResult> modifyTopic(ModifyTopicRequest request);

  /**
   * Deletes topics; per-topic outcomes are in the result.
   *
   * @see <a href="https://www.tencentcloud.com/document/product/1047/49470">Deleting Topic</a>
   */
  @TimCall("million_group_open_http_svc/destroy_topic")
  Future<DestroyTopicsResult> destroyTopics(DestroyTopicsRequest request);

  /**
   * Imports a topic with its creation time (migration).
   *
   * @see <a href="https://trtc.io/document/53448">Importing Topic</a>
   */
  @TimCall("group_open_http_svc/import_topic")
  Future<ImportTopicResult> importTopic(ImportTopicRequest request);

  /**
   * Creates a permission group ({@code @PMG#_} IDs) in a Community.
   *
   * @see <a href="https://trtc.io/document/61232">Creating Permission Groups</a>
   */
  @TimCall("group_open_http_svc/create_permission_group")
  Future<CreatePermissionGroupResult> createPermissionGroup(CreatePermissionGroupRequest request);

  /**
   * Deletes up to 20 permission groups; per-group outcomes are in the result.
   *
   * @see <a href="https://trtc.io/document/61233">Terminating Permission Groups</a>
   */
  @TimCall("group_open_http_svc/destroy_permission_group")
  Future<DestroyPermissionGroupsResult> destroyPermissionGroups(DestroyPermissionGroupsRequest request);

  /**
   * Changes a permission group's name, permission bits or custom string.
   *
   * @see <a href="https://trtc.io/document/61234">Modifying Permission Group Information</a>
   */
  @TimCall("group_open_http_svc/modify_permission_group")
  Future<EmptyResult> modifyPermissionGroup(ModifyPermissionGroupRequest request);

  /**
   * The listed permission groups, or one page of all of them (pass {@code next} on; "" = done).
   *
   * @see <a href="https://trtc.io/document/61235">Obtaining Permission Group Information</a>
   */
  @TimCall("group_open_http_svc/get_permission_group")
  Future<GetPermissionGroupsResult> getPermissionGroups(GetPermissionGroupsRequest request);

  /**
   * Grants a permission group permissions in topics; per-topic outcomes are in the result.
   *
   * @see <a href="https://trtc.io/document/61236">Adding Topic Permissions</a>
   */
  @TimCall("group_open_http_svc/add_topic_permission_group")
  Future<TopicPermissionsResult> addTopicPermissions(TopicPermissionsRequest request);

  /**
   * Changes a permission group's permissions in topics it already has permissions for.
   *
   * @see <a href="https://trtc.io/document/61237">Modifying Topic Permissions</a>
   */
  @TimCall("group_open_http_svc/set_topic_permission_group")
  Future<TopicPermissionsResult> setTopicPermissions(TopicPermissionsRequest request);

  /**
   * Removes a permission group's permissions in topics.
   *
   * @see <a href="https://www.tencentcloud.com/document/product/1047/61238">Deleting Topic Permissions</a>
   */
  @TimCall("group_open_http_svc/delete_topic_permission_group")
  Future<TopicPermissionsResult> deleteTopicPermissions(DeleteTopicPermissionsRequest request);

  /**
   * A permission group's permissions in the listed topics (or in all its topics).
   *
   * @see <a href="https://trtc.io/document/61239">Obtaining Topic Permissions</a>
   */
  @TimCall("group_open_http_svc/get_topic_permission_group")
  Future<TopicPermissionsResult> getTopicPermissions(GetTopicPermissionsRequest request);

  /**
   * Adds up to 100 Community members to a permission group; per-member outcomes are in the result.
   *
   * @see <a href="https://trtc.io/document/61240">Adding Members to a Permission Group</a>
   */
  @TimCall("group_open_http_svc/add_permission_group_member")
  Future<PermissionGroupMembersResult> addPermissionGroupMembers(PermissionGroupMembersRequest request);

  /**
   * Removes up to 100 members from a permission group; per-member outcomes are in the result.
   *
   * @see <a href="https://trtc.io/document/61241">Deleting Members from a Permission Group</a>
   */
  @TimCall("group_open_http_svc/delete_permission_group_member")
  Future<PermissionGroupMembersResult> deletePermissionGroupMembers(PermissionGroupMembersRequest request);

  /**
   * One page of a permission group's members (pass {@code next} on; "" = done).
   *
   * @see <a href="https://trtc.io/document/61242">Obtaining Permission Group Member List</a>
   */
  @TimCall("group_open_http_svc/get_permission_group_member_list")
  Future<GetPermissionGroupMemberListResult> getPermissionGroupMemberList(GetPermissionGroupMemberListRequest request);
}
