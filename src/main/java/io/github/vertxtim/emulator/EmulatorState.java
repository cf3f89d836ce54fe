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

  /** Removes every account and group. */
  void clear();
}
