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

  /** Removes every account and group. */
  void clear();
}
