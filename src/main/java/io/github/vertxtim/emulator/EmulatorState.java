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
  void clear();
}
