package io.github.vertxtim.emulator;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** The emulator's in-memory data; thread-safe, readable and seedable from tests. */
public interface EmulatorState {

  /** Whether the account is imported. */
  boolean hasAccount(String userId);

  /** How many accounts are imported. */
  int accountCount();

  /** The imported UserIDs (a snapshot). */
  Set<String> accountIds();

  /** Imports {@code userId} as account_import does (an existing account stays as it is). */
  void addAccount(String userId);

  /** Sets an imported account's online status: {@code Online}, {@code PushOnline} or {@code Offline}. */
  void setOnlineStatus(String userId, String status);

  /** Adds a group of {@code type} (Private, Public, ChatRoom, AVChatRoom, Community) with an assigned ID. */
  String addGroup(String type);

  /** Adds {@code count} groups of {@code type}; returns their IDs. */
  List<String> addGroups(int count, String type);

  int groupCount();

  // group messages, attributes and counters

  /**
   * Adds a group of {@code type} owned by {@code owner} (may be null) with {@code members} as plain members, created
   * now; returns its ID. The accounts need not be imported.
   */
  String addGroupWithMembers(String type, String owner, List<String> members);

  /** Mutes a member of a group until {@code untilEpochSeconds} (0 unmutes). */
  void muteGroupMember(String groupId, String userId, long untilEpochSeconds);

  /** How many messages the group's history holds (deleted ones, kept as placeholders, included). */
  int groupMessageCount(String groupId);

  /** Whether the group message with this MsgSeq is recalled (false when there is none). */
  boolean groupMessageRecalled(String groupId, long msgSeq);

  /** The MsgSeq up to which clear_group_msg cleared the group's history for members (0 when never). */
  long groupMessagesClearedUpTo(String groupId);

  /** The latest system notifications and broadcasts a group got, oldest first ({@code Kind}, …; copies). */
  List<io.vertx.core.json.JsonObject> groupNotices(String groupId);

  /** A copy of the group's custom attributes. */
  Map<String, String> groupAttributes(String groupId);

  /** A copy of the group's counters. */
  Map<String, Long> groupCounters(String groupId);

  // groups and members (inspection for tests)

  /** Whether a live (not dismissed) group has this ID. */
  boolean hasGroup(String groupId);

  /** The user's role in the group (Owner, Admin or Member), or null when not a member or there is no such group. */
  String groupRole(String groupId, String userId);

  /** The group's member count, or -1 when there is no such group. */
  int groupMemberCount(String groupId);

  /** The group's owner, or null (a group without owner, or no such group). */
  String groupOwner(String groupId);

  /** Whether the member may not send to the group now: their own mute, or mute-all for a plain member. */
  boolean isGroupMemberMuted(String groupId, String userId);

  // AVChatRoom and communities

  /**
   * A user joins a group as a plain member, as the client SDK's join does (an AVChatRoom is entered only this way).
   * False when the group or the account does not exist, or the user is banned from the AVChatRoom.
   */
  boolean joinGroup(String groupId, String userId);

  /** A user leaves a group, as the client's quit does; false when not a member. */
  boolean leaveGroup(String groupId, String userId);

  /** The members of a group in join order (for an AVChatRoom: the users in the room); empty for no group. */
  List<String> groupMemberIds(String groupId);

  /** Whether a ban (ban_group_member) keeps the user out of the AVChatRoom now. */
  boolean isBanned(String groupId, String userId);

  /** The AVChatRoom's admins (modify_admin) in the order set. */
  List<String> avChatRoomAdmins(String groupId);

  /** The marks (modify_user_info) of a user in an AVChatRoom, ascending. */
  List<Long> memberMarks(String groupId, String userId);

  /** The topic IDs of a Community in creation order. */
  List<String> topicIds(String groupId);

  /** The permission-group IDs of a Community in creation order. */
  List<String> permissionGroupIds(String groupId);

  /** The members of a permission group in the order added. */
  List<String> permissionGroupMembers(String groupId, String permissionGroupId);
  // profiles and relationships

  /** The account's profile fields by tag (Nick and Image are account_import's Nick and FaceUrl); empty if absent. */
  Map<String, Object> profile(String userId);

  /** The user's friends, in list order. */
  List<String> friends(String userId);

  /** The users on the user's blocklist, in blocking order. */
  List<String> blocklist(String userId);

  /** The user's friend lists, in creation order. */
  List<String> friendGroups(String userId);

  /** The users the user follows, in follow order. */
  List<String> following(String userId);
  // ---- conversations, global mute, operations, chatbots ----

  /**
   * Seeds a conversation: {@code owner} has one with {@code peer} (type 1 one-to-one, 2 group) whose last message is
   * at {@code msgTime} seconds; a later time moves it forward, an earlier one changes nothing. Messages the
   * emulator stores do the same.
   */
  void touchConversation(String owner, int type, String peer, long msgTime);

  /**
   * Pins or unpins a conversation, as the client SDKs do (the REST API only reads the flag).
   *
   * @throws IllegalStateException when the user already has the most pinned conversations (51012, default 50)
   */
  void pinConversation(String owner, int type, String peer, boolean pinned);

  /** {@code owner}'s conversations, newest first, as {@code type:peer} ({@code 1:bob}, {@code 2:@TGS#1}). */
  List<String> conversations(String owner);

  /** Makes a chat file known (as if a message had carried its URL), for get_cos_sig. */
  void addChatFile(String url);

  /** Whether forbid_illegal_object banned the file (and allow_banned_object has not lifted it). */
  boolean chatFileBanned(String url);

  /** The chatbots' UserIDs in creation order. */
  List<String> robotIds();
  // one-to-one messages

  /** How many messages the one-to-one conversation between {@code a} and {@code b} holds (recalled included). */
  int c2cMessageCount(String a, String b);

  /** Removes every account and group. */
  // push (legacy all-member push and TIMPush): the two services keep their own attributes, tags and tasks

  /** The {@code service} argument naming legacy all-member push. */
  String ALL_MEMBER_PUSH = "all_member_push";
  /** The {@code service} argument naming the Push service. */
  String TIMPUSH = "timpush";

  /** An account's push attributes by name in {@code service} ({@link #ALL_MEMBER_PUSH} or {@link #TIMPUSH}). */
  Map<String, String> pushAttrs(String service, String userId);

  /** An account's push tags in {@code service}. */
  Set<String> pushTags(String service, String userId);

  /** The TaskIds of the pushes {@code service} accepted and still keeps, oldest first. */
  List<String> pushTaskIds(String service);

  /** The accounts a push task reached (matched when it was made), in UserID order; null for an unknown TaskId. */
  List<String> pushRecipients(String taskId);

  /** Whether a push task was revoked (timpush/revoke). */
  boolean pushRevoked(String taskId);

  /** Removes every account, group, message and push datum. */
  // official accounts and moderation

  /** Whether the official account ({@code @TOA#_…}) exists. */
  boolean hasOfficialAccount(String officialAccountId);

  /** The official account's subscribers in subscription order; empty when it does not exist. */
  List<String> officialAccountSubscribers(String officialAccountId);

  /** How many messages the official account's history holds (recalled ones included); 0 when it does not exist. */
  int officialAccountMessageCount(String officialAccountId);

  /** Every local moderation word and cloud keyword (a sorted snapshot). */
  Set<String> moderationKeywords();

  /** Removes every account, group and official account, and every moderation word. */
  void clear();
}
