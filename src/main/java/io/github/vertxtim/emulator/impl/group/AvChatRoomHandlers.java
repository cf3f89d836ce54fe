package io.github.vertxtim.emulator.impl.group;

import io.github.vertxtim.TimErrorCode;
import io.github.vertxtim.emulator.EmulatorLimit;
import io.github.vertxtim.emulator.TimEmulatorOptions;
import io.github.vertxtim.emulator.impl.account.AccountState;
import io.github.vertxtim.emulator.impl.shared.EmulatorClock;
import io.github.vertxtim.emulator.impl.shared.EmulatorError;
import io.github.vertxtim.emulator.impl.shared.Fields;
import io.github.vertxtim.emulator.impl.shared.HandlerTable;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.github.vertxtim.emulator.impl.group.GroupRequestFields.INVALID;
import static io.github.vertxtim.emulator.impl.group.GroupRequestFields.NO_ACCOUNT;

/**
 * The AVChatRoom (live-stream group) endpoints: online members and their marks, room admins, check_members, and
 * the bans (ban_group_member, unban_group_member, get_group_ban_member). Built from https://trtc.io/document/50293..50297 and
 * https://trtc.io/document/60523..60525; every other group type answers 10007 (get_members also serves Community groups, as its page says).
 */
public final class AvChatRoomHandlers {

  /** Members per get_members page (https://trtc.io/document/50293: "500 or less members … returns all members"). */
  static final int MEMBERS_PAGE = 500;
  /** get_members lists at most the 1,000 latest online members (https://trtc.io/document/50293). */
  static final int MEMBERS_LISTED = 1000;
  /** get_group_ban_member's Limit maximum and default (https://trtc.io/document/50295). */
  static final int BAN_PAGE = 100;
  private static final long UINT32_MAX = 4_294_967_295L;
  private static final int NOT_SUPPORTED = TimErrorCode.GROUP_NO_PERMISSION.code(); // 10007

  private final GroupState groups;
  private final AvChatRoomState rooms;
  private final AccountState accounts;
  private final EmulatorClock clock;
  private final TimEmulatorOptions options;

  public AvChatRoomHandlers(GroupState groups, AvChatRoomState rooms, AccountState accounts, EmulatorClock clock,
                            TimEmulatorOptions options) {
    this.groups = groups;
    this.rooms = rooms;
    this.accounts = accounts;
    this.clock = clock;
    this.options = options;
  }

  public void install(HandlerTable table) {
    table.handle("group_open_avchatroom_http_svc/get_members", this::getMembers);
    table.handle("group_open_avchatroom_http_svc/modify_user_info", this::modifyUserInfo);
    table.handle("group_open_avchatroom_http_svc/modify_admin", this::modifyAdmin);
    table.handle("group_open_avchatroom_http_svc/get_admin_list", this::getAdminList);
    table.handle("group_open_avchatroom_http_svc/check_members", this::checkMembers);
    table.handle("group_open_http_svc/get_group_ban_member", this::getGroupBanMember);
    table.handle("group_open_http_svc/ban_group_member", this::banGroupMember);
    table.handle("group_open_http_svc/unban_group_member", this::unbanGroupMember);
  }

  /** The AVChatRoom named by GroupId: 10015 malformed, 10010 missing, 10007 another type. */
  private Group room(JsonObject body) {
    Group g = groups.require(body.getValue("GroupId"));
    if (g.type() != GroupType.AVChatRoom) {
      throw new EmulatorError(NOT_SUPPORTED, g.type() + " groups do not support this API (AVChatRoom only)");
    }
    return g;
  }

  /**
   * {@code {"GroupId","Timestamp":0,"Mark"?}} (https://trtc.io/document/50293): AVChatRoom and Community. Online members in join order
   * (the 1,000 latest when there are more), 500 a page; with Mark, only members carrying it. Answers
   * {@code MemberList[{Member_Account,JoinTime,NickName,Avatar}]} and {@code NextTimestamp}, the opaque position of
   * the next page, 0 on the last. Timestamp absent counts as 0.
   */
  JsonObject getMembers(JsonObject body) {
    Group g = groups.require(body.getValue("GroupId"));
    if (g.type() != GroupType.AVChatRoom && g.type() != GroupType.Community) {
      throw new EmulatorError(NOT_SUPPORTED, g.type() + " groups do not support get_members");
    }
    long from = Fields.optionalInteger(body, "Timestamp", 0, 0, Long.MAX_VALUE, INVALID);
    boolean filtered = body.containsKey("Mark");
    long mark = Fields.optionalInteger(body, "Mark", 0, 0, UINT32_MAX, INVALID);
    List<GroupMember> members = g.members();
    if (members.size() > MEMBERS_LISTED) {
      members = members.subList(members.size() - MEMBERS_LISTED, members.size());
    }
    if (filtered) {
      AvChatRoomState.Room room = rooms.room(g);
      members = members.stream().filter(m -> room.hasMark(m.userId(), mark)).toList();
    }
    JsonArray list = new JsonArray();
    int start = (int) Math.min(from, members.size());
    int end = Math.min(start + MEMBERS_PAGE, members.size());
    for (GroupMember m : members.subList(start, end)) {
      AccountState.Account a = accounts.account(m.userId());
      list.add(new JsonObject().put("Member_Account", m.userId()).put("JoinTime", m.joinTime())
          .put("NickName", a == null || a.nick() == null ? "" : a.nick())
          .put("Avatar", a == null || a.faceUrl() == null ? "" : a.faceUrl()));
    }
    return new JsonObject().put("MemberList", list).put("NextTimestamp", end < members.size() ? end : 0);
  }

  /**
   * {@code {"GroupId","CommandType":1|2,"MemberList":[{"Member_Account","Marks":[1000]}]}} (https://trtc.io/document/50294). Sets (1) or
   * deletes (2) marks. A mark is 500 (special: may be set on members not in the room) or at least 1000; a room has
   * at most {@link EmulatorLimit#AVCHATROOM_MARKS} distinct marks and a mark at most
   * {@link EmulatorLimit#AVCHATROOM_MEMBERS_PER_MARK} members (10004 beyond). Members not in the room (or unknown
   * accounts) are left out of the answer; when none is left the request fails with 10004. Answers
   * {@code CommandType} and {@code MemberList} of the members changed, with the marks given.
   */
  JsonObject modifyUserInfo(JsonObject body) {
    Group g = room(body);
    long command = GroupRequestFields.requiredInteger(body, "CommandType", 1, 2);
    JsonArray list = Fields.requiredArray(body, "MemberList", INVALID);
    Map<String, List<Long>> wanted = new LinkedHashMap<>();
    for (Object o : list) {
      if (!(o instanceof JsonObject item) || !(item.getValue("Member_Account") instanceof String account)
          || !(item.getValue("Marks") instanceof JsonArray marks) || marks.isEmpty()) {
        throw new EmulatorError(INVALID, "MemberList items are {\"Member_Account\":…,\"Marks\":[…]}, got "
            + Fields.label(o));
      }
      List<Long> ms = new ArrayList<>();
      for (Object m : marks) {
        if (!GroupRequestFields.isInteger(m, 0, UINT32_MAX)) {
          throw new EmulatorError(INVALID, "Marks must hold integers, got " + Fields.label(m));
        }
        long mark = ((Number) m).longValue();
        if (mark != AvChatRoomState.SPECIAL_MARK && mark < AvChatRoomState.MIN_MARK) {
          throw new EmulatorError(INVALID, "a mark is " + AvChatRoomState.SPECIAL_MARK + " or at least "
              + AvChatRoomState.MIN_MARK + ", got " + mark);
        }
        ms.add(mark);
      }
      wanted.computeIfAbsent(account, a -> new ArrayList<>()).addAll(ms);
    }
    JsonArray changed = new JsonArray();
    synchronized (g) {
      AvChatRoomState.Room room = rooms.room(g);
      Map<String, List<Long>> applicable = new LinkedHashMap<>();
      wanted.forEach((account, marks) -> {
        boolean inRoom = g.isMember(account);
        boolean specialOnly = marks.stream().allMatch(m -> m == AvChatRoomState.SPECIAL_MARK);
        if (inRoom || specialOnly && accounts.exists(account)) {
          applicable.put(account, marks);
        }
      });
      if (applicable.isEmpty()) {
        throw new EmulatorError(INVALID, "none of the members is in the room");
      }
      if (command == 1) {
        checkMarkLimits(room, applicable);
        applicable.forEach(room::addMarks);
      } else {
        applicable.forEach(room::removeMarks);
      }
      applicable.forEach((account, marks) -> changed.add(new JsonObject().put("Member_Account", account)
          .put("Marks", new JsonArray(new ArrayList<>(marks)))));
    }
    return new JsonObject().put("CommandType", command).put("MemberList", changed);
  }

  private void checkMarkLimits(AvChatRoomState.Room room, Map<String, List<Long>> adding) {
    Set<Long> distinct = room.distinctMarksWith(adding.values().stream().flatMap(List::stream).toList());
    long maxMarks = options.getLimit(EmulatorLimit.AVCHATROOM_MARKS);
    if (distinct.size() > maxMarks) {
      throw new EmulatorError(INVALID, "a room has at most " + maxMarks + " distinct marks");
    }
    long perMark = options.getLimit(EmulatorLimit.AVCHATROOM_MEMBERS_PER_MARK);
    for (long mark : distinct) {
      long newcomers = adding.entrySet().stream()
          .filter(e -> e.getValue().contains(mark) && !room.hasMark(e.getKey(), mark)).count();
      if (room.membersWith(mark) + newcomers > perMark) {
        throw new EmulatorError(INVALID, "mark " + mark + " would be on more than " + perMark + " members");
      }
    }
  }

  /**
   * {@code {"GroupId","CommandType":1|2,"Admin_Account":[..]}} (https://trtc.io/document/60525). Sets (1) or unsets (2) room admins; an
   * admin need not be in the room and stays admin when it leaves. Accounts must be imported (10019); a room has
   * at most {@link EmulatorLimit#AVCHATROOM_ADMINS} admins (10004 when a set would pass it, nothing changed).
   */
  JsonObject modifyAdmin(JsonObject body) {
    Group g = room(body);
    long command = GroupRequestFields.requiredInteger(body, "CommandType", 1, 2);
    List<String> admins = GroupRequestFields.requiredStrings(body, "Admin_Account");
    requireImported(admins);
    AvChatRoomState.Room room = rooms.room(g);
    if (command == 1) {
      long max = options.getLimit(EmulatorLimit.AVCHATROOM_ADMINS);
      if (!room.addAdmins(admins, max)) {
        throw new EmulatorError(INVALID, "an AVChatRoom has at most " + max + " admins");
      }
    } else {
      room.removeAdmins(admins);
    }
    return new JsonObject();
  }

  /** {@code {"GroupId"}} (https://trtc.io/document/60524): {@code Admin_List[{Admin_Account,Avatar,NickName}]} in the order set. */
  JsonObject getAdminList(JsonObject body) {
    Group g = room(body);
    JsonArray list = new JsonArray();
    for (String admin : rooms.room(g).admins()) {
      AccountState.Account a = accounts.account(admin);
      list.add(new JsonObject().put("Admin_Account", admin)
          .put("Avatar", a == null || a.faceUrl() == null ? "" : a.faceUrl())
          .put("NickName", a == null || a.nick() == null ? "" : a.nick()));
    }
    return new JsonObject().put("Admin_List", list);
  }

  /** {@code {"GroupId","Member_Account":[..]}} (https://trtc.io/document/60523): {@code Member_Account}, those of them in the room. */
  JsonObject checkMembers(JsonObject body) {
    Group g = room(body);
    List<String> asked = GroupRequestFields.requiredStrings(body, "Member_Account");
    JsonArray in = new JsonArray();
    asked.stream().filter(g::isMember).forEach(in::add);
    return new JsonObject().put("Member_Account", in);
  }

  /**
   * {@code {"GroupId","Limit"?,"Offset"?}} (https://trtc.io/document/50295): {@code BannedAccountList[{Member_Account,BannedUntil}]} of the
   * bans still running, in the order made, and {@code NextOffset} (0 on the last page). Limit 1..100, default 100.
   */
  JsonObject getGroupBanMember(JsonObject body) {
    Group g = room(body);
    int limit = (int) Fields.optionalInteger(body, "Limit", BAN_PAGE, 1, BAN_PAGE, INVALID);
    long offset = Fields.optionalInteger(body, "Offset", 0, 0, Long.MAX_VALUE, INVALID);
    List<Map.Entry<String, Long>> bans = rooms.room(g).activeBans(clock.seconds());
    int start = (int) Math.min(offset, bans.size());
    int end = Math.min(start + limit, bans.size());
    JsonArray list = new JsonArray();
    bans.subList(start, end).forEach(e -> list.add(new JsonObject().put("Member_Account", e.getKey())
        .put("BannedUntil", e.getValue())));
    return new JsonObject().put("BannedAccountList", list).put("NextOffset", end < bans.size() ? end : 0);
  }

  /**
   * {@code {"GroupId","Members_Account":[..],"Duration":s,"Description"?}} (https://trtc.io/document/50296): each account leaves the room
   * and cannot rejoin for Duration seconds (unsigned 32-bit); a new ban replaces a running one, Duration 0 lifts it.
   * Accounts must be imported (10019); they need not be in the room.
   */
  JsonObject banGroupMember(JsonObject body) {
    Group g = room(body);
    List<String> members = GroupRequestFields.requiredStrings(body, "Members_Account");
    long duration = GroupRequestFields.requiredInteger(body, "Duration", 0, UINT32_MAX);
    Fields.optionalString(body, "Description", INVALID);
    requireImported(members);
    if (duration == 0) {
      AvChatRoomState.Room room = rooms.room(g);
      members.forEach(room::unban);
    } else {
      rooms.ban(g, members, clock.seconds() + duration);
    }
    return new JsonObject();
  }

  /** {@code {"GroupId","Members_Account":[..]}} (https://trtc.io/document/50297): the bans end; accounts must be imported (10019). */
  JsonObject unbanGroupMember(JsonObject body) {
    Group g = room(body);
    List<String> members = GroupRequestFields.requiredStrings(body, "Members_Account");
    requireImported(members);
    AvChatRoomState.Room room = rooms.room(g);
    members.forEach(room::unban);
    return new JsonObject();
  }

  private void requireImported(List<String> userIds) {
    for (String u : userIds) {
      if (!accounts.exists(u)) {
        throw new EmulatorError(NO_ACCOUNT, "account not imported: " + u);
      }
    }
  }
}
