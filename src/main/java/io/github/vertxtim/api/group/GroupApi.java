package io.github.vertxtim.api.group;

import io.github.vertxtim.api.EmptyResult;
import io.github.vertxtim.api.TimCall;
import io.vertx.core.Future;

/**
 * Groups and their members: create, read, modify, destroy and import groups; add, remove, read and modify members,
 * their roles and mutes. Group messages, attributes, live rooms and communities have interfaces of their own.
 */
public interface GroupApi {

  /**
   * One page of the app's group IDs; pass the answer's {@code next} to get the following page (0 = done).
   *
   * @see <a href="https://www.tencentcloud.com/document/product/1047/34960">Getting All Groups in an App</a>
   */
  @TimCall("group_open_http_svc/get_appid_group_list")
  Future<GetAppIdGroupListResult> getAppIdGroupList(GetAppIdGroupListRequest request);

  /**
   * Creates a group with an assigned or custom ID, an optional owner and up to 100 initial members.
   *
   * @see <a href="https://www.tencentcloud.com/document/product/1047/34895">Creating a Group</a>
   */
  @TimCall("group_open_http_svc/create_group")
  Future<CreateGroupResult> createGroup(CreateGroupRequest request);

  /**
   * The profiles of up to 50 groups, with their members and custom fields as the filter asks.
   *
   * @see <a href="https://trtc.io/document/34961">Getting Group Profiles</a>
   */
  @TimCall("group_open_http_svc/get_group_info")
  Future<GetGroupInfoResult> getGroupInfo(GetGroupInfoRequest request);

  /**
   * One page of a group's member profiles.
   *
   * @see <a href="https://www.tencentcloud.com/document/product/1047/34948">Getting Group Member Profiles</a>
   */
  @TimCall("group_open_http_svc/get_group_member_info")
  Future<GetGroupMemberInfoResult> getGroupMemberInfo(GetGroupMemberInfoRequest request);

  /**
   * The profiles of up to 50 given members of a group.
   *
   * @see <a href="https://trtc.io/document/64897">Getting Specified Group Member Profiles</a>
   */
  @TimCall("group_open_http_svc/get_specified_group_member_info")
  Future<GetSpecifiedGroupMemberInfoResult> getSpecifiedGroupMemberInfo(GetSpecifiedGroupMemberInfoRequest request);

  /**
   * Changes a group's name, introduction, notice, avatar, member limit, join options, mute-all or custom fields.
   *
   * @see <a href="https://www.tencentcloud.com/document/product/1047/34962">Modifying the Profile of a Group</a>
   */
  @TimCall("group_open_http_svc/modify_group_base_info")
  Future<EmptyResult> modifyGroupBaseInfo(ModifyGroupBaseInfoRequest request);

  /**
   * Adds up to 300 members to a group; each member gets a Result.
   *
   * @see <a href="https://trtc.io/document/34921">Adding Group Members</a>
   */
  @TimCall("group_open_http_svc/add_group_member")
  Future<AddGroupMemberResult> addGroupMember(AddGroupMemberRequest request);

  /**
   * Removes members from a group.
   *
   * @see <a href="https://www.tencentcloud.com/document/product/1047/34949">Deleting Group Members</a>
   */
  @TimCall("group_open_http_svc/delete_group_member")
  Future<EmptyResult> deleteGroupMember(DeleteGroupMemberRequest request);

  /**
   * Changes one member's role, message option, name card, mute or custom fields.
   *
   * @see <a href="https://www.tencentcloud.com/document/product/1047/34900">Modifying Group Member Profiles</a>
   */
  @TimCall("group_open_http_svc/modify_group_member_info")
  Future<EmptyResult> modifyGroupMemberInfo(ModifyGroupMemberInfoRequest request);

  /**
   * Disbands a group.
   *
   * @see <a href="https://www.tencentcloud.com/document/product/1047/34896">Disbanding a Group</a>
   */
  @TimCall("group_open_http_svc/destroy_group")
  Future<EmptyResult> destroyGroup(DestroyGroupRequest request);

  /**
   * One page of the groups a user has joined.
   *
   * @see <a href="https://www.tencentcloud.com/document/product/1047/34925">Getting the Groups a User Has Joined</a>
   */
  @TimCall("group_open_http_svc/get_joined_group_list")
  Future<GetJoinedGroupListResult> getJoinedGroupList(GetJoinedGroupListRequest request);

  /**
   * The roles of up to 500 users in a group (NotMember for those who are not in it).
   *
   * @see <a href="https://www.tencentcloud.com/document/product/1047/34963">Querying the Roles of Users in a Group</a>
   */
  @TimCall("group_open_http_svc/get_role_in_group")
  Future<GetRoleInGroupResult> getRoleInGroup(GetRoleInGroupRequest request);

  /**
   * Mutes up to 500 members for a number of seconds, or unmutes them with 0.
   *
   * @see <a href="https://www.tencentcloud.com/document/product/1047/34951">Muting and Unmuting Group Members</a>
   */
  @TimCall("group_open_http_svc/forbid_send_msg")
  Future<EmptyResult> forbidSendMsg(ForbidSendMsgRequest request);

  /**
   * The members of a group whose mute is running, with the time each ends.
   *
   * @see <a href="https://www.tencentcloud.com/document/product/1047/34964">Getting the List of Muted Group Members</a>
   */
  @TimCall("group_open_http_svc/get_group_muted_account")
  Future<GetGroupMutedAccountResult> getGroupMutedAccount(GetGroupMutedAccountRequest request);

  /**
   * Makes a member the group's owner; the former owner becomes a plain member.
   *
   * @see <a href="https://www.tencentcloud.com/document/product/1047/34966">Changing the Group Owner</a>
   */
  @TimCall("group_open_http_svc/change_group_owner")
  Future<EmptyResult> changeGroupOwner(ChangeGroupOwnerRequest request);

  /**
   * Imports a group with its original creation time (migration).
   *
   * @see <a href="https://www.tencentcloud.com/document/product/1047/34967">Importing a Group Profile</a>
   */
  @TimCall("group_open_http_svc/import_group")
  Future<CreateGroupResult> importGroup(ImportGroupRequest request);

  /**
   * Imports members with their original join times and unread counts (migration).
   *
   * @see <a href="https://www.tencentcloud.com/document/product/1047/34969">Importing Group Members</a>
   */
  @TimCall("group_open_http_svc/import_group_member")
  Future<ImportGroupMemberResult> importGroupMember(ImportGroupMemberRequest request);

  /**
   * Sets a member's unread message count in a group.
   *
   * @see <a href="https://www.tencentcloud.com/document/product/1047/34909">Setting the Unread Message Count of a Member</a>
   */
  @TimCall("group_open_http_svc/set_unread_msg_num")
  Future<EmptyResult> setUnreadMsgNum(SetUnreadMsgNumRequest request);

  /**
   * The number of members online in an AVChatRoom.
   *
   * @see <a href="https://www.tencentcloud.com/document/product/1047/38521">Getting the Number of Online Users in an Audio-Video Group</a>
   */
  @TimCall("group_open_http_svc/get_online_member_num")
  Future<GetOnlineMemberNumResult> getOnlineMemberNum(GetOnlineMemberNumRequest request);
}
