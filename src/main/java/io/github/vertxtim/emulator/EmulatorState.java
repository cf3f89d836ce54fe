package io.github.vertxtim.emulator;

import java.util.List;
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
