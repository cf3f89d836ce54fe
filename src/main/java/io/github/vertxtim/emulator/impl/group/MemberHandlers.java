package io.github.vertxtim.emulator.impl.group;

import io.github.vertxtim.TimErrorCode;
import io.github.vertxtim.emulator.impl.shared.Accounts;
import io.github.vertxtim.emulator.impl.shared.EmulatorClock;
import io.github.vertxtim.emulator.impl.shared.EmulatorError;
import io.github.vertxtim.emulator.impl.shared.Fields;
import io.github.vertxtim.emulator.impl.shared.HandlerTable;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.github.vertxtim.emulator.impl.group.GroupFields.INVALID;
import static io.github.vertxtim.emulator.impl.group.GroupFields.NOT_ALLOWED;

/**
 * Group members: add_group_member, delete_group_member, get_group_member_info, get_specified_group_member_info,
 * modify_group_member_info, get_role_in_group, forbid_send_msg, get_group_muted_account, import_group_member and
 * set_unread_msg_num, from the official pages (https://trtc.io/document/34921, https://www.tencentcloud.com/document/product/1047/34949, https://www.tencentcloud.com/document/product/1047/34948, https://trtc.io/document/64897, https://www.tencentcloud.com/document/product/1047/34900, https://www.tencentcloud.com/document/product/1047/34963, https://www.tencentcloud.com/document/product/1047/34951,
 * https://www.tencentcloud.com/document/product/1047/34964, https://www.tencentcloud.com/document/product/1047/34969, https://www.tencentcloud.com/document/product/1047/34909) and the error-code page (https://trtc.io/document/34348).
 */
public final class MemberHandlers {

  /** get_group_member_info's Limit is at most 6000 (doocs, catalog §4.8.1). */
  static final int MAX_MEMBER_PAGE = 6_000;
  /** forbid_send_msg's MuteTime is a 32-bit unsigned number of seconds (https://www.tencentcloud.com/document/product/1047/34951). */
  static final long MAX_MUTE_SECONDS = 4_294_967_295L;

  /** MemberList[].Result values of add_group_member and import_group_member (https://trtc.io/document/34921, https://www.tencentcloud.com/document/product/1047/34969). */
  static final int RESULT_FAILED = 0;
  static final int RESULT_ADDED = 1;
  static final int RESULT_ALREADY_MEMBER = 2;
  static final int RESULT_WAITING = 3;

  private final GroupState state;
  private final Accounts accounts;
  private final EmulatorClock clock;

  public MemberHandlers(GroupState state, Accounts accounts, EmulatorClock clock) {
    this.state = state;
    this.accounts = accounts;
    this.clock = clock;
  }

  public void install(HandlerTable table) {
    table.handle("group_open_http_svc/add_group_member", this::addGroupMember);
    table.handle("group_open_http_svc/delete_group_member", this::deleteGroupMember);
    table.handle("group_open_http_svc/get_group_member_info", this::getGroupMemberInfo);
    table.handle("group_open_http_svc/get_specified_group_member_info", this::getSpecifiedGroupMemberInfo);
    table.handle("group_open_http_svc/modify_group_member_info", this::modifyGroupMemberInfo);
    table.handle("group_open_http_svc/get_role_in_group", this::getRoleInGroup);
    table.handle("group_open_http_svc/forbid_send_msg", this::forbidSendMsg);
    table.handle("group_open_http_svc/get_group_muted_account", this::getGroupMutedAccount);
    table.handle("group_open_http_svc/import_group_member", this::importGroupMember);
    table.handle("group_open_http_svc/set_unread_msg_num", this::setUnreadMsgNum);
  }

  /**
   * {@code {"GroupId","Silence","MemberList":[{"Member_Account"}]}} (https://trtc.io/document/34921). Each member gets a Result: 1 added,
   * 2 already a member, 0 failed (not imported, not a usable UserID), 3 waiting for the invitee's approval when the
   * group's InviteJoinOption is NeedPermission. More new members than free places: 10014, nobody added; invitations
   * switched off (DisableInvite): 10007; AVChatRoom: 10007.
   */
  JsonObject addGroupMember(JsonObject body) {
    Group g = state.require(body.getValue("GroupId"));
    GroupFields.requireManagedMembers(g, "add_group_member");
    JsonArray list = Fields.requiredArray(body, "MemberList", INVALID);
    Fields.optionalInteger(body, "Silence", 0, 0, 1, INVALID);
    List<Object> ids = new ArrayList<>();
    for (Object item : list) {
      ids.add(item instanceof JsonObject o ? o.getValue("Member_Account") : item);
    }
    return new JsonObject().put("MemberList", join(g, ids, null, true));
  }

  /**
   * Adds {@code ids} to {@code g} (all or none when the group would overflow) and answers their Results.
   * {@code imported} gives import_group_member's roles, join times and unread counts by UserID.
   */
  private JsonArray join(Group g, List<Object> ids, Map<String, JsonObject> imported, boolean invited) {
    long now = clock.seconds();
    JsonArray results = new JsonArray();
    synchronized (g) {
      if (invited && "DisableInvite".equals(g.inviteJoinOption())) {
        throw new EmulatorError(NOT_ALLOWED, "the group takes no invitations (InviteJoinOption DisableInvite)");
      }
      boolean approval = invited && "NeedPermission".equals(g.inviteJoinOption());
      Set<String> fresh = new LinkedHashSet<>();
      for (Object id : ids) {
        if (Fields.userIdProblem(id) == 0 && accounts.exists((String) id) && !g.isMember((String) id)) {
          fresh.add((String) id);
        }
      }
      if (!approval && g.memberCount() + fresh.size() > g.maxMemberNum()) {
        throw new EmulatorError(TimErrorCode.GROUP_FULL.code(), "the group is full: " + g.memberCount() + " of "
            + g.maxMemberNum() + " members, " + fresh.size() + " more asked");
      }
      for (Object id : ids) {
        int result;
        if (Fields.userIdProblem(id) != 0 || !accounts.exists((String) id)) {
          result = RESULT_FAILED;
        } else if (g.isMember((String) id)) {
          result = RESULT_ALREADY_MEMBER;
        } else if (approval) {
          result = RESULT_WAITING;
        } else {
          g.putMember(newMember((String) id, imported == null ? null : imported.get(id), now));
          result = RESULT_ADDED;
        }
        results.add(new JsonObject().put("Member_Account", Fields.label(id)).put("Result", result));
      }
    }
    return results;
  }

  private static GroupMember newMember(String userId, JsonObject imported, long now) {
    if (imported == null) {
      return GroupMember.joined(userId, MemberRole.Member, now);
    }
    MemberRole role = "Admin".equals(imported.getString("Role")) ? MemberRole.Admin : MemberRole.Member;
    long joinTime = Fields.optionalInteger(imported, "JoinTime", now, 0, Long.MAX_VALUE, INVALID);
    long unread = Fields.optionalInteger(imported, "UnreadMsgNum", 0, 0, Long.MAX_VALUE, INVALID);
    return GroupMember.joined(userId, role, joinTime).withUnreadMsgNum(unread);
  }

  /**
   * {@code {"GroupId","Silence","Reason","MemberToDel_Account":["a"]}} (https://www.tencentcloud.com/document/product/1047/34949): removes the members listed;
   * non-members are skipped. The owner cannot be removed (10009: the owner cannot quit); AVChatRoom 10007 (it
   * bans instead).
   */
  JsonObject deleteGroupMember(JsonObject body) {
    Group g = state.require(body.getValue("GroupId"));
    GroupFields.requireManagedMembers(g, "delete_group_member");
    JsonArray list = Fields.requiredArray(body, "MemberToDel_Account", INVALID);
    Fields.optionalInteger(body, "Silence", 0, 0, 1, INVALID);
    Fields.optionalString(body, "Reason", INVALID);
    synchronized (g) {
      for (Object id : list) {
        if (!(id instanceof String)) {
          throw new EmulatorError(INVALID, "MemberToDel_Account must hold UserID strings");
        }
        if (id.equals(g.owner())) {
          throw new EmulatorError(TimErrorCode.GROUP_OWNER_CANNOT_QUIT.code(),
              "the owner " + id + " cannot quit; change_group_owner first");
        }
      }
      list.forEach(id -> g.removeMember((String) id));
    }
    return new JsonObject();
  }

  /**
   * {@code {"GroupId","Limit","Offset","Next","MemberInfoFilter","MemberRoleFilter",
   * "AppDefinedDataFilter_GroupMember"}} (https://www.tencentcloud.com/document/product/1047/34948): {@code MemberNum} (all members) and one page of MemberList in
   * join order. Limit ≤ 6000 (all when absent). A Community pages by {@code Next} (the answer's Next, "" on the
   * last page) instead of Offset.
   */
  JsonObject getGroupMemberInfo(JsonObject body) {
    Group g = state.require(body.getValue("GroupId"));
    int limit = (int) Fields.optionalInteger(body, "Limit", MAX_MEMBER_PAGE, 1, MAX_MEMBER_PAGE, INVALID);
    boolean community = g.type() == GroupType.Community;
    long offset;
    if (community && body.containsKey("Next")) {
      String next = Fields.optionalString(body, "Next", INVALID);
      try {
        offset = next.isEmpty() ? 0 : Long.parseLong(next);
      } catch (NumberFormatException e) {
        throw new EmulatorError(INVALID, "Next must be a cursor from a previous answer");
      }
    } else {
      offset = Fields.optionalInteger(body, "Offset", 0, 0, Integer.MAX_VALUE, INVALID);
    }
    List<String> fields = GroupFields.optionalStrings(body, "MemberInfoFilter");
    List<String> roles = GroupFields.optionalStrings(body, "MemberRoleFilter");
    List<String> keys = GroupFields.optionalStrings(body, "AppDefinedDataFilter_GroupMember");
    JsonArray page = new JsonArray();
    long nextOffset;
    int total;
    synchronized (g) {
      List<GroupMember> members = g.members();
      total = members.size();
      List<GroupMember> matching = roles == null ? members
          : members.stream().filter(m -> roles.contains(m.role().name())).toList();
      int from = (int) Math.min(offset, matching.size());
      int to = Math.min(matching.size(), from + limit);
      for (GroupMember m : matching.subList(from, to)) {
        page.add(GroupViews.member(m, g.nextMsgSeq(), fields, keys));
      }
      nextOffset = to < matching.size() ? to : 0;
    }
    JsonObject answer = new JsonObject().put("MemberNum", total).put("MemberList", page);
    if (community) {
      answer.put("Next", nextOffset == 0 ? "" : String.valueOf(nextOffset));
    }
    return answer;
  }

  /**
   * {@code {"GroupId","Member_List_Account":["a"],"MemberInfoFilter","MemberRoleFilter",
   * "AppDefinedDataFilter_GroupMember"}} (https://trtc.io/document/64897): MemberList of the listed users who are members, in the request's
   * order; at most 50 (10005, from the registry cap). AVChatRoom 10007.
   */
  JsonObject getSpecifiedGroupMemberInfo(JsonObject body) {
    Group g = state.require(body.getValue("GroupId"));
    GroupFields.requireManagedMembers(g, "get_specified_group_member_info");
    JsonArray ids = Fields.requiredArray(body, "Member_List_Account", INVALID);
    List<String> fields = GroupFields.optionalStrings(body, "MemberInfoFilter");
    List<String> roles = GroupFields.optionalStrings(body, "MemberRoleFilter");
    List<String> keys = GroupFields.optionalStrings(body, "AppDefinedDataFilter_GroupMember");
    JsonArray out = new JsonArray();
    synchronized (g) {
      for (Object id : ids) {
        GroupMember m = id instanceof String s ? g.member(s) : null;
        if (m != null && (roles == null || roles.contains(m.role().name()))) {
          out.add(GroupViews.member(m, g.nextMsgSeq(), fields, keys));
        }
      }
    }
    return new JsonObject().put("MemberList", out);
  }

  /**
   * {@code {"GroupId","Member_Account","Role","MsgFlag","NameCard","AppMemberDefinedData","MuteTime"}} (https://www.tencentcloud.com/document/product/1047/34900;
   * older pages and the official SDK write {@code ShutUpTime}, and {@code key} in custom fields). Role Admin or
   * Member, and never the owner's (10004); MsgFlag AcceptAndNotify, AcceptNotNotify or Discard; NameCard ≤ 50
   * bytes; MuteTime seconds from now, 0 unmutes. Not imported 10019, not a member 10004.
   */
  JsonObject modifyGroupMemberInfo(JsonObject body) {
    Group g = state.require(body.getValue("GroupId"));
    String userId = GroupFields.requiredAccount(body, "Member_Account", accounts);
    String role = GroupFields.optionalChoice(body, "Role", List.of("Admin", "Member"));
    String msgFlag = GroupFields.optionalChoice(body, "MsgFlag", GroupFields.MSG_FLAGS);
    String nameCard = GroupFields.optionalText(body, "NameCard", GroupFields.MAX_NAME_CARD_BYTES);
    String muteField = GroupFields.present(body, "MuteTime", "ShutUpTime");
    Long mute = muteField == null ? null : Fields.optionalInteger(body, muteField, 0, 0, MAX_MUTE_SECONDS, INVALID);
    long now = clock.seconds();
    synchronized (g) {
      GroupMember m = g.member(userId);
      if (m == null) {
        throw new EmulatorError(INVALID, userId + " is not a member of " + g.groupId());
      }
      if (role != null && m.role() == MemberRole.Owner) {
        throw new EmulatorError(INVALID, "the owner's role changes only with change_group_owner");
      }
      Map<String, String> custom = GroupFields.customFields(body, "AppMemberDefinedData", m.customFields());
      if (role != null) {
        m = m.withRole(MemberRole.valueOf(role));
      }
      if (msgFlag != null) {
        m = m.withMsgFlag(msgFlag);
      }
      if (nameCard != null) {
        m = m.withNameCard(nameCard);
      }
      if (mute != null) {
        m = m.withShutUpUntil(mute == 0 ? 0 : now + mute);
      }
      if (custom != null) {
        m = m.withCustomFields(custom);
      }
      g.putMember(m);
    }
    return new JsonObject();
  }

  /**
   * {@code {"GroupId","User_Account":["a"]}} (https://www.tencentcloud.com/document/product/1047/34963): UserIdList of {@code {Member_Account, Role}}, Role Owner,
   * Admin, Member or NotMember, in the request's order; at most 500 (10005, from the registry cap).
   */
  JsonObject getRoleInGroup(JsonObject body) {
    Group g = state.require(body.getValue("GroupId"));
    JsonArray ids = Fields.requiredArray(body, "User_Account", INVALID);
    JsonArray out = new JsonArray();
    for (Object id : ids) {
      MemberRole role = id instanceof String s ? g.role(s) : null;
      out.add(new JsonObject().put("Member_Account", Fields.label(id))
          .put("Role", role == null ? "NotMember" : role.name()));
    }
    return new JsonObject().put("UserIdList", out);
  }

  /**
   * {@code {"GroupId","Members_Account":["a"],"MuteTime":60}} (https://www.tencentcloud.com/document/product/1047/34951; very old pages {@code ShutUpTime}): mutes
   * the listed members for MuteTime seconds from now, 0 unmutes; non-members are skipped. MuteTime is required
   * (10004) and at most 4294967295; at most 500 members (10005, from the registry cap).
   */
  JsonObject forbidSendMsg(JsonObject body) {
    Group g = state.require(body.getValue("GroupId"));
    JsonArray ids = Fields.requiredArray(body, "Members_Account", INVALID);
    String muteField = GroupFields.present(body, "MuteTime", "ShutUpTime");
    if (muteField == null) {
      throw new EmulatorError(INVALID, "MuteTime is required");
    }
    long seconds = Fields.optionalInteger(body, muteField, 0, 0, MAX_MUTE_SECONDS, INVALID);
    long until = seconds == 0 ? 0 : clock.seconds() + seconds;
    synchronized (g) {
      for (Object id : ids) {
        GroupMember m = id instanceof String s ? g.member(s) : null;
        if (m != null) {
          g.putMember(m.withShutUpUntil(until));
        }
      }
    }
    return new JsonObject();
  }

  /**
   * {@code {"GroupId"}} (https://www.tencentcloud.com/document/product/1047/34964; legacy command get_group_shutted_uin): ShuttedUinList of
   * {@code {Member_Account, ShuttedUntil}} for the members whose mute is still running, in join order.
   */
  JsonObject getGroupMutedAccount(JsonObject body) {
    Group g = state.require(body.getValue("GroupId"));
    Fields.optionalString(body, "TopicId", INVALID);
    long now = clock.seconds();
    JsonArray out = new JsonArray();
    for (GroupMember m : g.members()) {
      if (m.mutedAt(now)) {
        out.add(new JsonObject().put("Member_Account", m.userId()).put("ShuttedUntil", m.shutUpUntil()));
      }
    }
    return new JsonObject().put("ShuttedUinList", out);
  }

  /**
   * {@code {"GroupId","MemberList":[{"Member_Account","Role","JoinTime","UnreadMsgNum"}]}} (https://www.tencentcloud.com/document/product/1047/34969): like
   * add_group_member without invitations, keeping each member's role (Admin or Member), join time and unread
   * count. Results 1 imported, 2 already a member, 0 failed; the group would overflow 10014; AVChatRoom 10007.
   */
  JsonObject importGroupMember(JsonObject body) {
    Group g = state.require(body.getValue("GroupId"));
    GroupFields.requireManagedMembers(g, "import_group_member");
    JsonArray list = Fields.requiredArray(body, "MemberList", INVALID);
    List<Object> ids = new ArrayList<>();
    Map<String, JsonObject> byId = new java.util.HashMap<>();
    for (Object item : list) {
      if (!(item instanceof JsonObject m)) {
        throw new EmulatorError(INVALID, "MemberList items must be {Member_Account, Role, JoinTime, UnreadMsgNum}");
      }
      GroupFields.optionalChoice(m, "Role", List.of("Admin", "Member"));
      Fields.optionalInteger(m, "JoinTime", 0, 0, Long.MAX_VALUE, INVALID);
      Fields.optionalInteger(m, "UnreadMsgNum", 0, 0, Long.MAX_VALUE, INVALID);
      Object id = m.getValue("Member_Account");
      ids.add(id);
      if (id instanceof String s) {
        byId.putIfAbsent(s, m);
      }
    }
    return new JsonObject().put("MemberList", join(g, ids, byId, false));
  }

  /**
   * {@code {"GroupId","Member_Account","UnreadMsgNum"}} (https://www.tencentcloud.com/document/product/1047/34909): sets the member's unread count. Not imported
   * 10019, not a member 10004, AVChatRoom 10007 (no unread counts there).
   */
  JsonObject setUnreadMsgNum(JsonObject body) {
    Group g = state.require(body.getValue("GroupId"));
    GroupFields.requireManagedMembers(g, "set_unread_msg_num");
    String userId = GroupFields.requiredAccount(body, "Member_Account", accounts);
    if (!body.containsKey("UnreadMsgNum")) {
      throw new EmulatorError(INVALID, "UnreadMsgNum is required");
    }
    long unread = Fields.optionalInteger(body, "UnreadMsgNum", 0, 0, Integer.MAX_VALUE, INVALID);
    synchronized (g) {
      GroupMember m = g.member(userId);
      if (m == null) {
        throw new EmulatorError(INVALID, userId + " is not a member of " + g.groupId());
      }
      g.putMember(m.withUnreadMsgNum(unread));
    }
    return new JsonObject();
  }
}
