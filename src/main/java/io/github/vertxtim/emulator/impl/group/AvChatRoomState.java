package io.github.vertxtim.emulator.impl.group;

import io.github.vertxtim.emulator.impl.shared.Saved;
import io.github.vertxtim.emulator.impl.shared.StateSection;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What an AVChatRoom (live-stream group) keeps besides its members: member marks, room admins and bans. The room's
 * online members are the group's members in {@link GroupState}: an AVChatRoom member is a user in the room (joined by
 * the client, or seeded with {@link #join}), so get_online_member_num and get_members count the same people.
 *
 * <p>Thread-safety: one {@link Room} per group, each guarded by its own monitor. Whoever needs both a group's and
 * its room's monitor takes the group's first (member events reach {@link #memberLeft} under the group's monitor), so
 * the two locks are always taken in the same order. Never blocks.
 */
public final class AvChatRoomState implements GroupListener, StateSection {

  /** The special mark that may be set on members who are not online, and that stays when they leave (https://trtc.io/document/50294). */
  public static final long SPECIAL_MARK = 500;
  /** The smallest ordinary mark (https://trtc.io/document/50294). */
  public static final long MIN_MARK = 1000;

  /** One room's marks, admins and bans; guarded by its monitor. */
  static final class Room {
    /** UserID → marks, in the order members were first marked. */
    private final Map<String, TreeSet<Long>> marks = new LinkedHashMap<>();
    /** Admins in the order they were set. */
    private final Set<String> admins = new LinkedHashSet<>();
    /** UserID → the second the ban ends, in the order bans were made. */
    private final Map<String, Long> bans = new LinkedHashMap<>();

    synchronized List<Long> marksOf(String userId) {
      TreeSet<Long> m = marks.get(userId);
      return m == null ? List.of() : List.copyOf(m);
    }

    synchronized boolean hasMark(String userId, long mark) {
      TreeSet<Long> m = marks.get(userId);
      return m != null && m.contains(mark);
    }

    /** Distinct marks in use, with {@code added} counted too. */
    synchronized Set<Long> distinctMarksWith(Iterable<Long> added) {
      Set<Long> all = new TreeSet<>();
      marks.values().forEach(all::addAll);
      added.forEach(all::add);
      return all;
    }

    /** How many members carry {@code mark}. */
    synchronized int membersWith(long mark) {
      int n = 0;
      for (TreeSet<Long> m : marks.values()) {
        if (m.contains(mark)) {
          n++;
        }
      }
      return n;
    }

    synchronized void addMarks(String userId, List<Long> added) {
      marks.computeIfAbsent(userId, u -> new TreeSet<>()).addAll(added);
    }

    synchronized void removeMarks(String userId, List<Long> removed) {
      TreeSet<Long> m = marks.get(userId);
      if (m != null) {
        removed.forEach(m::remove);
        if (m.isEmpty()) {
          marks.remove(userId);
        }
      }
    }

    /** Marks are cleared when a member leaves, except the special mark (https://trtc.io/document/50294). */
    synchronized void left(String userId) {
      TreeSet<Long> m = marks.get(userId);
      if (m != null) {
        m.removeIf(mark -> mark != SPECIAL_MARK);
        if (m.isEmpty()) {
          marks.remove(userId);
        }
      }
    }

    synchronized List<String> admins() {
      return List.copyOf(admins);
    }

    /** Adds admins unless the room would then have more than {@code max}; false (and no change) if it would. */
    synchronized boolean addAdmins(List<String> userIds, long max) {
      Set<String> after = new LinkedHashSet<>(admins);
      after.addAll(userIds);
      if (after.size() > max) {
        return false;
      }
      admins.addAll(userIds);
      return true;
    }

    synchronized void removeAdmins(List<String> userIds) {
      userIds.forEach(admins::remove);
    }

    /** Bans {@code userId} until {@code until} (seconds); a later ban replaces an earlier one. */
    synchronized void ban(String userId, long until) {
      bans.remove(userId);
      bans.put(userId, until);
    }

    synchronized void unban(String userId) {
      bans.remove(userId);
    }

    /** Whether {@code userId} is banned at {@code now}; an ended ban is dropped. */
    synchronized boolean banned(String userId, long now) {
      Long until = bans.get(userId);
      if (until == null) {
        return false;
      }
      if (until <= now) {
        bans.remove(userId);
        return false;
      }
      return true;
    }

    synchronized JsonObject toJson() {
      JsonObject m = new JsonObject();
      marks.forEach((u, set) -> m.put(u, new JsonArray(List.copyOf(set))));
      return new JsonObject().put("marks", m).put("admins", new JsonArray(List.copyOf(admins)))
          .put("bans", Saved.json(bans));
    }

    static Room fromJson(JsonObject o) {
      Room r = new Room();
      JsonObject m = Saved.object(o, "marks");
      for (String u : m.fieldNames()) {
        r.marks.put(u, new TreeSet<>(Saved.numbers(m, u)));
      }
      r.admins.addAll(Saved.strings(o, "admins"));
      r.bans.putAll(Saved.numberMap(o, "bans"));
      return r;
    }

    /** The bans still running at {@code now}, in the order they were made; ended ones are dropped. */
    synchronized List<Map.Entry<String, Long>> activeBans(long now) {
      List<Map.Entry<String, Long>> out = new ArrayList<>();
      for (Iterator<Map.Entry<String, Long>> it = bans.entrySet().iterator(); it.hasNext(); ) {
        Map.Entry<String, Long> e = it.next();
        if (e.getValue() <= now) {
          it.remove();
        } else {
          out.add(Map.entry(e.getKey(), e.getValue()));
        }
      }
      return out;
    }
  }

  private final ConcurrentHashMap<String, Room> rooms = new ConcurrentHashMap<>();

  /** The room state of an AVChatRoom, made on first use. */
  Room room(Group group) {
    return rooms.computeIfAbsent(group.groupId(), id -> new Room());
  }

  /**
   * A user enters the room (what the client SDK's join does): false when the group is not an AVChatRoom or the user
   * is banned; true when the user is in the room afterwards.
   */
  public boolean join(Group group, String userId, long now) {
    if (group.type() != GroupType.AVChatRoom) {
      return false;
    }
    synchronized (group) {
      if (room(group).banned(userId, now)) {
        return false;
      }
      if (!group.isMember(userId)) {
        group.putMember(GroupMember.joined(userId, MemberRole.Member, now));
      }
      return true;
    }
  }

  /** A user leaves the room (the client's quit); false when not in it. */
  public boolean leave(Group group, String userId) {
    return group.removeMember(userId) != null;
  }

  /** Bans {@code userIds} until {@code until}: each leaves the room and cannot rejoin before then. */
  void ban(Group group, List<String> userIds, long until) {
    synchronized (group) {
      Room room = room(group);
      for (String userId : userIds) {
        room.ban(userId, until);
        group.removeMember(userId);
      }
    }
  }

  /** Whether {@code userId} is banned from the group at {@code now} (false for groups without bans). */
  public boolean banned(String groupId, String userId, long now) {
    Room room = rooms.get(groupId);
    return room != null && room.banned(userId, now);
  }

  /** The room's admins in the order set (empty for a group without room state). */
  public List<String> admins(String groupId) {
    Room room = rooms.get(groupId);
    return room == null ? List.of() : room.admins();
  }

  /** A user's marks in the room, ascending. */
  public List<Long> marks(String groupId, String userId) {
    Room room = rooms.get(groupId);
    return room == null ? List.of() : room.marksOf(userId);
  }

  @Override
  public void memberLeft(Group group, String userId) {
    Room room = rooms.get(group.groupId());
    if (room != null) {
      room.left(userId);
    }
  }

  @Override
  public void dismissed(Group group) {
    rooms.remove(group.groupId());
  }

  @Override
  public void clear() {
    rooms.clear();
  }

  @Override
  public String sectionName() {
    return "avChatRooms";
  }

  @Override
  public JsonObject save() {
    JsonObject out = new JsonObject();
    rooms.forEach((id, room) -> out.put(id, room.toJson()));
    return new JsonObject().put("rooms", out);
  }

  @Override
  public void load(JsonObject saved) {
    JsonObject all = Saved.object(saved, "rooms");
    for (String id : all.fieldNames()) {
      rooms.put(id, Room.fromJson(Saved.object(all, id)));
    }
  }
}
