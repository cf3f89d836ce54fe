package io.github.vertxtim.emulator.impl.group;

import io.github.vertxtim.TimErrorCode;
import io.github.vertxtim.emulator.impl.shared.EmulatorError;
import io.github.vertxtim.emulator.impl.shared.Fields;
import io.github.vertxtim.emulator.impl.shared.Saved;
import io.github.vertxtim.emulator.impl.shared.StateSection;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The live groups, by ID and in creation order, with a per-user index of joined groups. The core every group
 * endpoint builds on (lifecycle and members here; messages, attributes, live rooms and topics keep their own state
 * keyed by group ID and follow lifecycle through {@link #addListener}). Thread-safe: concurrent maps here, each
 * {@link Group}'s monitor for its own profile and members. Never blocks.
 */
public final class GroupState implements StateSection {

  /** The group types the REST API names (Private is the newer "Work", ChatRoom the newer "Meeting"). */
  static final Set<String> GROUP_TYPES = Set.of("Private", "Public", "ChatRoom", "AVChatRoom", "Community");

  /** Default MaxMemberNum of a group whose creator names none, when the app's limit is larger. */
  public static final long DEFAULT_MAX_MEMBER_NUM = 6000;

  /** One page of groups in creation order; {@code next} is the seq of the first group of the next page, or 0. */
  record GroupPage(List<Group> groups, long totalCount, long next) {
  }

  private final ConcurrentSkipListMap<Long, Group> groupsBySeq = new ConcurrentSkipListMap<>();
  private final ConcurrentHashMap<String, Group> groupsById = new ConcurrentHashMap<>();
  /** UserID → IDs of the groups the user is a member of. */
  private final ConcurrentHashMap<String, Set<String>> groupsByUser = new ConcurrentHashMap<>();
  private final List<GroupListener> listeners = new CopyOnWriteArrayList<>();
  /** Never reset, so cursors and IDs handed out before a {@link #clear()} are never reused. */
  private final AtomicLong groupSeq = new AtomicLong();

  public void addListener(GroupListener listener) {
    listeners.add(listener);
  }

  // lifecycle

  /**
   * Creates a group. {@code customId} null means an assigned {@code @TGS#} ID; otherwise the caller has validated it
   * ({@link GroupIds#customIdProblem}). Returns null when {@code customId} is already in use. {@code owner} (may be
   * null) becomes the first member with role Owner at {@code createTime}.
   */
  public Group create(GroupType type, String customId, String name, String owner, long createTime,
                      long maxMemberNum) {
    long seq = groupSeq.incrementAndGet();
    String id = customId == null ? GroupIds.of(type.name(), seq) : customId;
    Group g = new Group(this, id, type, seq, createTime, name, maxMemberNum);
    if (groupsById.putIfAbsent(id, g) != null) {
      return null;
    }
    groupsBySeq.put(seq, g);
    if (owner != null) {
      g.putMember(GroupMember.joined(owner, MemberRole.Owner, createTime));
    }
    listeners.forEach(l -> l.created(g));
    return g;
  }

  /** Adds a group of {@code type} with an assigned ID, no owner and no members (seeding). */
  public String addGroup(String type) {
    if (!GROUP_TYPES.contains(type)) {
      throw new IllegalArgumentException("group type must be one of " + GROUP_TYPES + ", got " + type);
    }
    return create(GroupType.valueOf(type), null, null, null, 0, DEFAULT_MAX_MEMBER_NUM).groupId();
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

  /** Destroys the group: its members leave, it disappears from every lookup. Returns false if there was none. */
  public boolean destroy(String groupId) {
    Group g = groupsById.remove(groupId);
    if (g == null) {
      return false;
    }
    groupsBySeq.remove(g.seq());
    synchronized (g) {
      g.removeAllMembers();
      g.markDismissed();
    }
    listeners.forEach(l -> l.dismissed(g));
    return true;
  }

  // lookups

  public int count() {
    return groupsById.size();
  }

  /** The live group with this ID, or null (missing or dismissed). */
  public Group find(String groupId) {
    return groupId == null ? null : groupsById.get(groupId);
  }

  /**
   * The live group named by a request's GroupId, or an {@link EmulatorError}: 10004 when the field is absent, 10015
   * when the ID is malformed, 10010 when a well-formed ID names no live group (never created, or dismissed).
   */
  public Group require(Object groupId) {
    if (groupId == null) {
      throw new EmulatorError(TimErrorCode.GROUP_INVALID_PARAMETER.code(), "GroupId is required");
    }
    if (!(groupId instanceof String id) || !GroupIds.wellFormed(id)) {
      throw new EmulatorError(TimErrorCode.GROUP_INVALID_ID.code(), "invalid GroupId: " + Fields.label(groupId));
    }
    Group g = groupsById.get(id);
    if (g == null) {
      throw new EmulatorError(TimErrorCode.GROUP_NOT_FOUND.code(), "group " + id + " does not exist or was dismissed");
    }
    return g;
  }

  /** Same as {@link #find}. */
  Group group(String groupId) {
    return find(groupId);
  }

  public boolean isMember(String groupId, String userId) {
    Group g = find(groupId);
    return g != null && g.isMember(userId);
  }

  /** The user's role in the group, or null when the group is missing or the user is not a member. */
  public MemberRole role(String groupId, String userId) {
    Group g = find(groupId);
    return g == null ? null : g.role(userId);
  }

  /**
   * Whether {@code userId} may not send to the group at {@code nowSeconds}: their own mute (forbid_send_msg) is
   * running, or "mute all" is on and they are a plain member. False for a missing group or a non-member.
   */
  public boolean isMuted(String groupId, String userId, long nowSeconds) {
    Group g = find(groupId);
    return g != null && g.isMuted(userId, nowSeconds);
  }

  /** The groups {@code userId} is a member of, in creation order. */
  public List<Group> joinedGroups(String userId) {
    Set<String> ids = groupsByUser.get(userId);
    if (ids == null) {
      return List.of();
    }
    List<Group> out = new ArrayList<>();
    for (String id : ids) {
      Group g = groupsById.get(id);
      if (g != null) {
        out.add(g);
      }
    }
    out.sort(Comparator.comparingLong(Group::seq));
    return out;
  }

  /** Every live group in creation order (a snapshot). */
  public List<Group> all() {
    return new ArrayList<>(groupsBySeq.values());
  }

  /**
   * Groups in creation order, starting at the group whose seq is {@code cursor} (0 = the first), optionally only
   * of {@code type}. Groups created while a client pages sort after every existing one, so an existing group is
   * seen exactly once and a new one at most once.
   */
  GroupPage groupPage(String type, long cursor, int limit) {
    long total = type == null ? groupsById.size()
        : groupsById.values().stream().filter(g -> g.type().name().equals(type)).count();
    List<Group> page = new ArrayList<>(Math.min(limit, 1024));
    long next = 0;
    for (Group g : groupsBySeq.tailMap(Math.max(cursor, 0), true).values()) {
      if (type != null && !g.type().name().equals(type)) {
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

  // the per-user index, kept by Group's member mutators (called under the group's monitor)

  void indexJoin(String userId, String groupId) {
    index(userId, groupId);
    Group g = groupsById.get(groupId);
    if (g != null) {
      GroupMember m = g.member(userId);
      listeners.forEach(l -> l.memberJoined(g, m));
    }
  }

  /** Adds to the per-user index only (a reload, whose listeners restore their own state). */
  void index(String userId, String groupId) {
    groupsByUser.computeIfAbsent(userId, u -> ConcurrentHashMap.newKeySet()).add(groupId);
  }

  void indexLeave(String userId, String groupId) {
    groupsByUser.computeIfPresent(userId, (u, set) -> {
      set.remove(groupId);
      return set.isEmpty() ? null : set;
    });
    Group g = groupsById.get(groupId);
    if (g != null) {
      listeners.forEach(l -> l.memberLeft(g, userId));
    }
  }

  @Override
  public void clear() {
    groupsById.clear();
    groupsBySeq.clear();
    groupsByUser.clear();
  }

  @Override
  public String sectionName() {
    return "groups";
  }

  /** The live groups in creation order and the sequence; the per-user index is rebuilt on load. */
  @Override
  public JsonObject save() {
    JsonArray list = new JsonArray();
    groupsBySeq.values().forEach(g -> list.add(g.toJson()));
    return new JsonObject().put("groupSeq", groupSeq.get()).put("groups", list);
  }

  @Override
  public void load(JsonObject saved) {
    long seq = Saved.number(saved, "groupSeq");
    for (JsonObject o : Saved.objects(saved, "groups")) {
      Group g = Group.fromJson(this, o);
      if (g.seq() > seq || groupsById.putIfAbsent(g.groupId(), g) != null
          || groupsBySeq.putIfAbsent(g.seq(), g) != null) {
        throw new IllegalArgumentException("group " + g.groupId() + " repeats an ID or a sequence number");
      }
    }
    groupSeq.set(seq);
  }
}
