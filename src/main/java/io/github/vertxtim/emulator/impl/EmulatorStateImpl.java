package io.github.vertxtim.emulator.impl;

import io.github.vertxtim.emulator.EmulatorState;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The emulator's in-memory data. Thread-safe through concurrent maps and immutable records (handlers run on
 * several event loops; tests seed it from their own thread). Never blocks.
 */
final class EmulatorStateImpl implements EmulatorState {

  static final String ONLINE = "Online";
  static final String PUSH_ONLINE = "PushOnline";
  static final String OFFLINE = "Offline";
  static final Set<String> STATUSES = Set.of(ONLINE, PUSH_ONLINE, OFFLINE);

  /** The group types the REST API names (catalog §4.8: Private = new "Work", ChatRoom = new "Meeting"). */
  static final Set<String> GROUP_TYPES = Set.of("Private", "Public", "ChatRoom", "AVChatRoom", "Community");

  /** An imported account; {@code status} is Online, PushOnline or Offline (the default). */
  record Account(String userId, String nick, String faceUrl, String status) {
  }

  /** A group; {@code seq} is its creation sequence number, which orders it in app-wide listings. */
  record Group(String groupId, String type, long seq) {
  }

  /** One page of groups in creation order; {@code next} is the seq of the first group of the next page, or 0. */
  record GroupPage(List<Group> groups, long totalCount, long next) {
  }

  private final ConcurrentHashMap<String, Account> accounts = new ConcurrentHashMap<>();
  private final ConcurrentSkipListMap<Long, Group> groupsBySeq = new ConcurrentSkipListMap<>();
  private final ConcurrentHashMap<String, Group> groupsById = new ConcurrentHashMap<>();
  /** Never reset, so cursors and IDs handed out before a {@link #clear()} are never reused. */
  private final AtomicLong groupSeq = new AtomicLong();

  // ---- accounts ----

  /** Imports the account, or updates it: a null {@code nick} or {@code faceUrl} keeps the stored value. */
  Account importAccount(String userId, String nick, String faceUrl) {
    Objects.requireNonNull(userId, "userId");
    return accounts.merge(userId, new Account(userId, nick == null ? "" : nick, faceUrl == null ? "" : faceUrl,
        OFFLINE), (old, fresh) -> new Account(userId, nick == null ? old.nick() : nick,
        faceUrl == null ? old.faceUrl() : faceUrl, old.status()));
  }

  Account account(String userId) {
    return accounts.get(userId);
  }

  boolean deleteAccount(String userId) {
    return accounts.remove(userId) != null;
  }

  /** Ends the user's login: it goes Offline. False when not imported. */
  boolean kick(String userId) {
    return accounts.computeIfPresent(userId,
        (id, a) -> new Account(id, a.nick(), a.faceUrl(), OFFLINE)) != null;
  }

  @Override
  public boolean hasAccount(String userId) {
    return accounts.containsKey(userId);
  }

  @Override
  public int accountCount() {
    return accounts.size();
  }

  @Override
  public Set<String> accountIds() {
    return Set.copyOf(accounts.keySet());
  }

  @Override
  public void setOnlineStatus(String userId, String status) {
    if (!STATUSES.contains(status)) {
      throw new IllegalArgumentException("status must be Online, PushOnline or Offline, got " + status);
    }
    if (accounts.computeIfPresent(userId, (id, a) -> new Account(id, a.nick(), a.faceUrl(), status)) == null) {
      throw new IllegalArgumentException("account " + userId + " is not imported");
    }
  }

  // ---- groups ----

  @Override
  public String addGroup(String type) {
    if (!GROUP_TYPES.contains(type)) {
      throw new IllegalArgumentException("group type must be one of " + GROUP_TYPES + ", got " + type);
    }
    long seq = groupSeq.incrementAndGet();
    Group g = new Group(GroupIds.of(type, seq), type, seq);
    groupsById.put(g.groupId(), g);
    groupsBySeq.put(seq, g);
    return g.groupId();
  }

  @Override
  public List<String> addGroups(int count, String type) {
    if (count < 0) {
      throw new IllegalArgumentException("count must be >= 0");
    }
    List<String> ids = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      ids.add(addGroup(type));
    }
    return ids;
  }

  @Override
  public int groupCount() {
    return groupsById.size();
  }

  Group group(String groupId) {
    return groupsById.get(groupId);
  }

  /**
   * Groups in creation order, starting at the group whose seq is {@code cursor} (0 = the first), optionally only
   * of {@code type}. Groups created while a client pages sort after every existing one, so an existing group is
   * seen exactly once and a new one at most once.
   */
  GroupPage groupPage(String type, long cursor, int limit) {
    long total = type == null ? groupsById.size()
        : groupsById.values().stream().filter(g -> g.type().equals(type)).count();
    List<Group> page = new ArrayList<>(Math.min(limit, 1024));
    long next = 0;
    for (Group g : groupsBySeq.tailMap(Math.max(cursor, 0), true).values()) {
      if (type != null && !g.type().equals(type)) {
        continue;
      }
      if (page.size() == limit) {
        next = g.seq();
        break;
      }
      page.add(g);
    }
    return new GroupPage(page, total, next);
  }

  @Override
  public void clear() {
    accounts.clear();
    groupsById.clear();
    groupsBySeq.clear();
  }

  @Override
  public String toString() {
    return "EmulatorState[accounts=" + accountCount() + ", groups=" + groupCount() + "]";
  }
}
