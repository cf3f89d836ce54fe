package io.github.vertxtim.emulator.impl.group;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The groups, by ID and in creation order. Thread-safe through concurrent maps and immutable records (handlers run
 * on several event loops; tests seed it from their own thread). Never blocks.
 */
public final class GroupState {

  /** The group types the REST API names (Private is the newer "Work", ChatRoom the newer "Meeting"). */
  static final Set<String> GROUP_TYPES = Set.of("Private", "Public", "ChatRoom", "AVChatRoom", "Community");

  /** A group; {@code seq} is its creation sequence number, which orders it in app-wide listings. */
  record Group(String groupId, String type, long seq) {
  }

  /** One page of groups in creation order; {@code next} is the seq of the first group of the next page, or 0. */
  record GroupPage(List<Group> groups, long totalCount, long next) {
  }

  private final ConcurrentSkipListMap<Long, Group> groupsBySeq = new ConcurrentSkipListMap<>();
  private final ConcurrentHashMap<String, Group> groupsById = new ConcurrentHashMap<>();
  /** Never reset, so cursors and IDs handed out before a {@link #clear()} are never reused. */
  private final AtomicLong groupSeq = new AtomicLong();

  /** Adds a group of {@code type} with an assigned ID. */
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

  /** Adds {@code count} groups of {@code type}; returns their IDs. */
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

  public int count() {
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

  public void clear() {
    groupsById.clear();
    groupsBySeq.clear();
  }
}
