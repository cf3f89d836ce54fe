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

  /** Removes every account and group. */
  void clear();
}
