package io.github.vertxtim.api.group;

import io.github.vertxtim.api.EmptyResult;
import io.github.vertxtim.api.TimCall;
import io.github.vertxtim.api.TimFamily;
import io.vertx.core.Future;

/** Live-stream groups (AVChatRoom): online members and their marks, room admins, bans. */
@TimFamily("group")
public interface AvChatRoomApi {

  /**
   * One page of an AVChatRoom's online members (optionally those with a mark); pass the answer's
   * {@code nextTimestamp} for the next page (0 = done).
   *
   * @see <a href="https://trtc.io/document/50293">Getting the List of Online Members in Audio-Video Group</a>
   */
  @TimCall("group_open_avchatroom_http_svc/get_members")
  Future<GetMembersResult> getMembers(GetMembersRequest request);

  /**
   * Sets or deletes marks of up to 500 online members; the answer lists the members changed.
   *
   * @see <a href="https://trtc.io/document/50294">Setting Audio-Video Group Member Marks</a>
   */
  @TimCall("group_open_avchatroom_http_svc/modify_user_info")
  Future<ModifyUserInfoResult> modifyUserInfo(ModifyUserInfoRequest request);

  /**
   * Makes accounts room admins, or no longer admins (at most 5 admins per room).
   *
   * @see <a href="https://www.tencentcloud.com/document/product/1047/60525">Setting/Deleting Live Streaming Group
   *     Administrators</a>
   */
  @TimCall("group_open_avchatroom_http_svc/modify_admin")
  Future<EmptyResult> modifyAdmin(ModifyAdminRequest request);

  /**
   * The room's admins.
   *
   * @see <a href="https://trtc.io/document/60524">Obtaining the List of Live Streaming Group Administrators</a>
   */
  @TimCall("group_open_avchatroom_http_svc/get_admin_list")
  Future<GetAdminListResult> getAdminList(GetAdminListRequest request);

  /**
   * Which of the given users are in the room.
   *
   * @see <a href="https://trtc.io/document/60523">Checking Whether Users Are in a Live Streaming Group</a>
   */
  @TimCall("group_open_avchatroom_http_svc/check_members")
  Future<CheckMembersResult> checkMembers(CheckMembersRequest request);

  /**
   * One page of the room's banned members with the end of each ban; pass {@code nextOffset} on (0 = done).
   *
   * @see <a href="https://trtc.io/document/50295">Getting the List of Banned Group Members</a>
   */
  @TimCall("group_open_http_svc/get_group_ban_member")
  Future<GetGroupBanMembersResult> getGroupBanMembers(GetGroupBanMembersRequest request);

  /**
   * Bans up to 20 members for a duration: they leave the room and cannot rejoin until the ban ends.
   *
   * @see <a href="https://trtc.io/document/50296">Banning Group Members</a>
   */
  @TimCall("group_open_http_svc/ban_group_member")
  Future<EmptyResult> banGroupMembers(BanGroupMembersRequest request);

  /**
   * Lifts the ban of up to 20 members.
   *
   * @see <a href="https://trtc.io/document/50297">Unbanning Group Members</a>
   */
  @TimCall("group_open_http_svc/unban_group_member")
  Future<EmptyResult> unbanGroupMembers(UnbanGroupMembersRequest request);
}
