package io.github.vertxtim.emulator.impl.group;

import io.github.vertxtim.TimErrorCode;
import io.github.vertxtim.emulator.EmulatorLimit;
import io.github.vertxtim.emulator.TimEmulatorOptions;
import io.github.vertxtim.emulator.impl.group.GroupType.ApplyJoinOption;
import io.github.vertxtim.emulator.impl.shared.Accounts;
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
import java.util.function.Predicate;

import static io.github.vertxtim.emulator.impl.group.GroupFields.INVALID;
import static io.github.vertxtim.emulator.impl.group.GroupFields.NOT_ALLOWED;

/**
 * Group lifecycle and profiles: create_group, import_group, get_group_info, modify_group_base_info,
 * destroy_group, change_group_owner, get_appid_group_list, get_joined_group_list and get_online_member_num.
 * Members have {@link MemberHandlers}. Built from the official pages (https://www.tencentcloud.com/document/product/1047/34895, https://trtc.io/document/34961, https://www.tencentcloud.com/document/product/1047/34962, https://www.tencentcloud.com/document/product/1047/34896,
 * https://www.tencentcloud.com/document/product/1047/34966, https://www.tencentcloud.com/document/product/1047/34967, https://www.tencentcloud.com/document/product/1047/34960, https://www.tencentcloud.com/document/product/1047/34925, https://www.tencentcloud.com/document/product/1047/38521) and the error-code page (https://trtc.io/document/34348).
 */
public final class GroupHandlers {

  /** Limit's default and maximum (Limit ≤ 10000; no Limit means the maximum: https://www.tencentcloud.com/document/product/1047/34960). */
  static final int MAX_LIMIT = 10_000;
  /** get_joined_group_list's Limit "cannot exceed 5,000" (https://www.tencentcloud.com/document/product/1047/34925). */
  static final int MAX_JOINED_LIMIT = 5_000;
  /** create_group's MemberList holds at most 100 members (doocs, catalog §4.8.1). */
  static final int MAX_INITIAL_MEMBERS = 100;

  private final GroupState state;
  private final Accounts accounts;
  private final Predicate<String> online;
  private final EmulatorClock clock;
  private final TimEmulatorOptions options;

  /**
   * @param online whether an account is online now (get_online_member_num counts the room's online members)
   */
  public GroupHandlers(GroupState state, Accounts accounts, Predicate<String> online, EmulatorClock clock,
                       TimEmulatorOptions options) {
    this.state = state;
    this.accounts = accounts;
    this.online = online;
    this.clock = clock;
    this.options = options;
  }

  public void install(HandlerTable table) {
    table.handle("group_open_http_svc/get_appid_group_list", this::getAppIdGroupList);
    table.handle("group_open_http_svc/create_group", body -> create(body, false));
    table.handle("group_open_http_svc/import_group", body -> create(body, true));
    table.handle("group_open_http_svc/get_group_info", this::getGroupInfo);
    table.handle("group_open_http_svc/modify_group_base_info", this::modifyGroupBaseInfo);
    table.handle("group_open_http_svc/destroy_group", this::destroyGroup);
    table.handle("group_open_http_svc/change_group_owner", this::changeGroupOwner);
    table.handle("group_open_http_svc/get_joined_group_list", this::getJoinedGroupList);
    table.handle("group_open_http_svc/get_online_member_num", this::getOnlineMemberNum);
  }

  /** The member limit of a group of {@code type} (AVChatRoom has none). */
  long memberLimit(GroupType type) {
    return switch (type) {
      case AVChatRoom -> Integer.MAX_VALUE;
      case Community -> options.getLimit(EmulatorLimit.COMMUNITY_MEMBER_LIMIT);
      default -> options.getLimit(EmulatorLimit.GROUP_MEMBER_LIMIT);
    };
  }

  /**
   * {@code {"Limit":N,"Next":cursor,"GroupType":"Public"}}, all optional (https://www.tencentcloud.com/document/product/1047/34960). Answers {@code TotalCount}
   * (groups matching the type filter), {@code GroupIdList[{GroupId}]} for this page, and {@code Next}: an opaque
   * cursor for the next page, 0 on the last page. The cursor is a creation sequence number, so paging is stable
   * while groups are created: each existing group is listed exactly once. Limit must be 1..10000, Next a
   * non-negative integer, GroupType one of Private, Public, ChatRoom, AVChatRoom, Community; else 10004.
   */
  JsonObject getAppIdGroupList(JsonObject body) {
    int limit = (int) Fields.optionalInteger(body, "Limit", MAX_LIMIT, 1, MAX_LIMIT, INVALID);
    long next = Fields.optionalInteger(body, "Next", 0, 0, Long.MAX_VALUE, INVALID);
    String type = Fields.optionalString(body, "GroupType", INVALID);
    if (type != null && !GroupState.GROUP_TYPES.contains(type)) {
      throw new EmulatorError(INVALID, "GroupType must be one of Private, Public, ChatRoom, AVChatRoom, Community");
    }
    GroupState.GroupPage page = state.groupPage(type, next, limit);
    JsonArray ids = new JsonArray();
    page.groups().forEach(g -> ids.add(new JsonObject().put("GroupId", g.groupId())));
    return new JsonObject().put("TotalCount", page.totalCount()).put("GroupIdList", ids).put("Next", page.next());
  }

  /**
   * create_group (https://www.tencentcloud.com/document/product/1047/34895) and import_group (https://www.tencentcloud.com/document/product/1047/34967, with {@code CreateTime}, no MemberList, not AVChatRoom:
   * 10007). Type and Name are required (Name ≤ 30 bytes, Introduction ≤ 240, Notification ≤ 300: 10004); an
   * Owner_Account or member that is not imported answers 10019; a custom GroupId that is malformed or breaks the
   * prefix rules 10015, one in use 10021, or 10025 when the requested owner already owns it. MaxMemberCount is
   * capped at the edition's limit; more initial members than that 10014. AVChatRoom takes no initial members
   * (10007: its members join from the client). Answers {@code GroupId}.
   */
  JsonObject create(JsonObject body, boolean imported) {
    String typeName = GroupFields.requiredString(body, "Type");
    GroupType type = GroupType.parse(typeName)
        .orElseThrow(() -> new EmulatorError(INVALID, "Type must be one of " + GroupState.GROUP_TYPES));
    if (imported && type == GroupType.AVChatRoom) {
      throw new EmulatorError(NOT_ALLOWED, "import_group does not support AVChatRoom groups");
    }
    String name = GroupFields.optionalText(body, "Name", GroupFields.MAX_NAME_BYTES);
    if (name == null || name.isEmpty()) {
      throw new EmulatorError(INVALID, "Name is required");
    }
    String introduction = GroupFields.optionalText(body, "Introduction", GroupFields.MAX_INTRODUCTION_BYTES);
    String notification = GroupFields.optionalText(body, "Notification", GroupFields.MAX_NOTIFICATION_BYTES);
    String faceUrl = Fields.optionalString(body, "FaceUrl", INVALID);
    String owner = body.containsKey("Owner_Account")
        ? GroupFields.account(body.getValue("Owner_Account"), "Owner_Account", accounts) : null;
    ApplyJoinOption apply = applyJoinOption(body, type);
    String invite = GroupFields.optionalChoice(body, "InviteJoinOption", GroupFields.INVITE_JOIN_OPTIONS);
    Map<String, String> custom = GroupFields.customFields(body, "AppDefinedData", Map.of());
    long limit = memberLimit(type);
    String maxField = GroupFields.present(body, "MaxMemberCount", "MaxMemberNum");
    long max = maxField == null ? limit
        : Math.min(limit, Fields.optionalInteger(body, maxField, limit, 1, Long.MAX_VALUE, INVALID));
    Map<String, JsonObject> members = imported ? Map.of() : initialMembers(body, owner);
    if (!members.isEmpty() && type == GroupType.AVChatRoom) {
      throw new EmulatorError(NOT_ALLOWED, "AVChatRoom groups take no MemberList: members join from the client");
    }
    if (members.size() + (owner == null ? 0 : 1) > max) {
      throw new EmulatorError(TimErrorCode.GROUP_FULL.code(), "more initial members than the group's limit " + max);
    }
    boolean topics = Fields.optionalInteger(body, "SupportTopic", 0, 0, 1, INVALID) == 1;
    if (topics && type != GroupType.Community) {
      throw new EmulatorError(INVALID, "SupportTopic is for Community groups only");
    }
    long now = clock.seconds();
    long createTime = imported ? Fields.optionalInteger(body, "CreateTime", now, 0, now, INVALID) : now;
    String customId = customGroupId(body, type, owner);
    Group g = state.create(type, customId, name, owner, createTime, max);
    if (g == null) {
      throw new EmulatorError(TimErrorCode.GROUP_ID_IN_USE.code(), "GroupId " + customId + " is already in use");
    }
    synchronized (g) {
      if (introduction != null) {
        g.introduction(introduction);
      }
      if (notification != null) {
        g.notification(notification);
      }
      if (faceUrl != null) {
        g.faceUrl(faceUrl);
      }
      g.applyJoinOption(apply);
      if (invite != null) {
        g.inviteJoinOption(invite);
      }
      if (custom != null) {
        g.customFields(custom);
      }
      g.supportTopic(topics);
      members.forEach((userId, m) -> g.putMember(initialMember(userId, m, createTime)));
    }
    return new JsonObject().put("GroupId", g.groupId());
  }

  /** MemberList of create_group by UserID (the owner, if listed, is skipped): accounts checked, roles Admin/Member. */
  private Map<String, JsonObject> initialMembers(JsonObject body, String owner) {
    Object v = body.getValue("MemberList");
    if (v == null) {
      return Map.of();
    }
    if (!(v instanceof JsonArray list)) {
      throw new EmulatorError(INVALID, "MemberList must be an array");
    }
    if (list.size() > MAX_INITIAL_MEMBERS) {
      throw new EmulatorError(TimErrorCode.GROUP_TOO_MANY_ACCOUNTS.code(),
          "MemberList holds " + list.size() + " members; at most " + MAX_INITIAL_MEMBERS);
    }
    Map<String, JsonObject> out = new LinkedHashMap<>();
    for (Object item : list) {
      if (!(item instanceof JsonObject m)) {
        throw new EmulatorError(INVALID, "MemberList items must be {Member_Account, Role}");
      }
      String userId = GroupFields.requiredAccount(m, "Member_Account", accounts);
      GroupFields.optionalChoice(m, "Role", List.of("Admin", "Member"));
      if (!userId.equals(owner)) {
        out.putIfAbsent(userId, m);
      }
    }
    return out;
  }

  private GroupMember initialMember(String userId, JsonObject m, long joinTime) {
    MemberRole role = "Admin".equals(m.getString("Role")) ? MemberRole.Admin : MemberRole.Member;
    Map<String, String> custom = GroupFields.customFields(m, "AppMemberDefinedData", Map.of());
    return GroupMember.joined(userId, role, joinTime).withCustomFields(custom == null ? Map.of() : custom);
  }

  private static ApplyJoinOption applyJoinOption(JsonObject body, GroupType type) {
    String s = GroupFields.optionalChoice(body, "ApplyJoinOption", GroupFields.APPLY_JOIN_OPTIONS);
    if (s == null || !type.acceptsApplications()) {
      return type.defaultApplyJoinOption(); // a Work group takes no applications whatever is asked
    }
    return ApplyJoinOption.valueOf(s);
  }

  /** The custom GroupId of a create/import request, checked, or null for an assigned one. */
  private String customGroupId(JsonObject body, GroupType type, String owner) {
    if (!body.containsKey("GroupId")) {
      return null;
    }
    Object v = body.getValue("GroupId");
    String problem = v instanceof String id ? GroupIds.customIdProblem(id, type) : "GroupId must be a string";
    if (problem != null) {
      throw new EmulatorError(TimErrorCode.GROUP_INVALID_ID.code(), problem);
    }
    Group existing = state.find((String) v);
    if (existing != null) {
      if (owner != null && owner.equals(existing.owner())) {
        throw new EmulatorError(TimErrorCode.GROUP_ID_IN_USE_BY_CALLER.code(),
            "GroupId " + v + " is in use and " + owner + " already owns it");
      }
      throw new EmulatorError(TimErrorCode.GROUP_ID_IN_USE.code(), "GroupId " + v + " is already in use");
    }
    return (String) v;
  }

  /**
   * {@code {"GroupIdList":[…],"ResponseFilter":{…}}} (https://trtc.io/document/34961): one GroupInfo per ID in order; an unusable ID gets
   * ErrorCode 10015, a missing or dismissed group 10010, inside an OK answer. Without ResponseFilter everything is
   * answered (base info, custom fields, members with theirs); with one, GroupBaseInfoFilter picks base fields (all
   * when absent), MemberInfoFilter member fields and AppDefinedDataFilter_Group / _GroupMember custom keys (none
   * when absent). AVChatRoom groups answer no MemberList (the service keeps no member list for them).
   */
  JsonObject getGroupInfo(JsonObject body) {
    JsonArray ids = Fields.requiredArray(body, "GroupIdList", INVALID);
    Object f = body.getValue("ResponseFilter");
    if (f != null && !(f instanceof JsonObject)) {
      throw new EmulatorError(INVALID, "ResponseFilter must be an object");
    }
    JsonObject filter = (JsonObject) f;
    List<String> base = filter == null ? null : GroupFields.optionalStrings(filter, "GroupBaseInfoFilter");
    List<String> memberInfo = filter == null ? null : GroupFields.optionalStrings(filter, "MemberInfoFilter");
    List<String> groupData = filter == null ? null : GroupFields.optionalStrings(filter, "AppDefinedDataFilter_Group");
    List<String> memberData = filter == null ? null
        : GroupFields.optionalStrings(filter, "AppDefinedDataFilter_GroupMember");
    boolean withMembers = filter == null || memberInfo != null || memberData != null;
    List<String> memberFields = filter == null ? null : memberInfo == null ? List.of() : memberInfo;
    List<String> memberKeys = filter == null ? null : memberData == null ? List.of() : memberData;
    JsonArray out = new JsonArray();
    for (Object id : ids) {
      Group g;
      try {
        g = state.require(id);
      } catch (EmulatorError e) {
        out.add(new JsonObject().put("GroupId", Fields.label(id)).put("ErrorCode", e.code())
            .put("ErrorInfo", e.info()));
        continue;
      }
      JsonObject info = GroupViews.baseInfo(g, options.getSdkAppId(), base).put("ErrorCode", 0).put("ErrorInfo", "");
      synchronized (g) {
        if (filter == null || groupData != null) {
          info.put("AppDefinedData",
              GroupViews.data(g.customFields(), groupData == null ? k -> true : groupData::contains));
        }
        if (withMembers && g.type() != GroupType.AVChatRoom) {
          JsonArray members = new JsonArray();
          for (GroupMember m : g.members()) {
            members.add(GroupViews.member(m, g.nextMsgSeq(), memberFields, memberKeys));
          }
          info.put("MemberList", members);
        }
      }
      out.add(info);
    }
    return new JsonObject().put("GroupInfo", out);
  }

  /**
   * {@code {"GroupId", "Name", "Introduction", "Notification", "FaceUrl", "MaxMemberNum", "ApplyJoinOption",
   * "InviteJoinOption", "MuteAllMember" (older "ShutUpAllMember": "On"/"Off"), "AppDefinedData"}} (https://www.tencentcloud.com/document/product/1047/34962):
   * changes the fields given. Lengths as for create (10004); MaxMemberNum from the current member count to the
   * edition's limit (10004); ApplyJoinOption on a Work (Private) group 10007; an empty custom Value deletes the key.
   */
  JsonObject modifyGroupBaseInfo(JsonObject body) {
    Group g = state.require(body.getValue("GroupId"));
    String name = GroupFields.optionalText(body, "Name", GroupFields.MAX_NAME_BYTES);
    if (name != null && name.isEmpty()) {
      throw new EmulatorError(INVALID, "Name must not be empty");
    }
    String introduction = GroupFields.optionalText(body, "Introduction", GroupFields.MAX_INTRODUCTION_BYTES);
    String notification = GroupFields.optionalText(body, "Notification", GroupFields.MAX_NOTIFICATION_BYTES);
    String faceUrl = Fields.optionalString(body, "FaceUrl", INVALID);
    String apply = GroupFields.optionalChoice(body, "ApplyJoinOption", GroupFields.APPLY_JOIN_OPTIONS);
    if (apply != null && !g.type().acceptsApplications()) {
      throw new EmulatorError(NOT_ALLOWED, "a " + g.type() + " group takes no applications (ApplyJoinOption)");
    }
    String invite = GroupFields.optionalChoice(body, "InviteJoinOption", GroupFields.INVITE_JOIN_OPTIONS);
    String muteField = GroupFields.present(body, "MuteAllMember", "ShutUpAllMember");
    String muteAll = muteField == null ? null : GroupFields.optionalChoice(body, muteField, List.of("On", "Off"));
    long limit = memberLimit(g.type());
    synchronized (g) {
      Long max = body.containsKey("MaxMemberNum")
          ? Fields.optionalInteger(body, "MaxMemberNum", 0, Math.max(1, g.memberCount()), limit, INVALID) : null;
      Map<String, String> custom = GroupFields.customFields(body, "AppDefinedData", g.customFields());
      if (name != null) {
        g.name(name);
      }
      if (introduction != null) {
        g.introduction(introduction);
      }
      if (notification != null) {
        g.notification(notification);
      }
      if (faceUrl != null) {
        g.faceUrl(faceUrl);
      }
      if (max != null) {
        g.maxMemberNum(max);
      }
      if (apply != null) {
        g.applyJoinOption(ApplyJoinOption.valueOf(apply));
      }
      if (invite != null) {
        g.inviteJoinOption(invite);
      }
      if (muteAll != null) {
        g.muteAllMember("On".equals(muteAll));
      }
      if (custom != null) {
        g.customFields(custom);
      }
      g.profileChanged(clock.seconds());
    }
    return new JsonObject();
  }

  /** {@code {"GroupId"}} (https://www.tencentcloud.com/document/product/1047/34896): the group and its members are gone; 10010 when there is no such group. */
  JsonObject destroyGroup(JsonObject body) {
    Group g = state.require(body.getValue("GroupId"));
    if (!state.destroy(g.groupId())) {
      throw new EmulatorError(TimErrorCode.GROUP_NOT_FOUND.code(), "group " + g.groupId() + " was dismissed");
    }
    return new JsonObject();
  }

  /**
   * {@code {"GroupId","NewOwner_Account"}} (https://www.tencentcloud.com/document/product/1047/34966): the new owner must be imported (10019) and a member (10004);
   * the former owner stays as a Member. AVChatRoom groups answer 10007.
   */
  JsonObject changeGroupOwner(JsonObject body) {
    Group g = state.require(body.getValue("GroupId"));
    if (g.type() == GroupType.AVChatRoom) {
      throw new EmulatorError(NOT_ALLOWED, "change_group_owner is not supported on AVChatRoom groups");
    }
    String newOwner = GroupFields.requiredAccount(body, "NewOwner_Account", accounts);
    if (!g.transferOwner(newOwner)) {
      throw new EmulatorError(INVALID, newOwner + " is not a member of " + g.groupId());
    }
    return new JsonObject();
  }

  /**
   * {@code {"Member_Account","Limit","Offset","GroupType","WithHugeGroups","WithNoActiveGroups","ResponseFilter"}}
   * (https://www.tencentcloud.com/document/product/1047/34925): the user's groups in creation order, {@code TotalCount} of all that match and this page of
   * {@code GroupIdList}. AVChatRoom groups only with WithHugeGroups 1 (or GroupType AVChatRoom), Work (Private)
   * groups that have no message yet ("not activated") only with WithNoActiveGroups 1. Each item has GroupId, the
   * base fields of GroupBaseInfoFilter and, with SelfInfoFilter, SelfInfo. Limit ≤ 5000; an account not imported
   * 10019.
   */
  JsonObject getJoinedGroupList(JsonObject body) {
    String userId = GroupFields.requiredAccount(body, "Member_Account", accounts);
    int limit = (int) Fields.optionalInteger(body, "Limit", MAX_JOINED_LIMIT, 1, MAX_JOINED_LIMIT, INVALID);
    long offset = Fields.optionalInteger(body, "Offset", 0, 0, Integer.MAX_VALUE, INVALID);
    String typeName = Fields.optionalString(body, "GroupType", INVALID);
    GroupType type = typeName == null ? null : GroupType.parse(typeName)
        .orElseThrow(() -> new EmulatorError(INVALID, "GroupType must be one of " + GroupState.GROUP_TYPES));
    boolean huge = Fields.optionalInteger(body, "WithHugeGroups", 0, 0, 1, INVALID) == 1
        || type == GroupType.AVChatRoom;
    boolean inactive = Fields.optionalInteger(body, "WithNoActiveGroups", 0, 0, 1, INVALID) == 1;
    Object f = body.getValue("ResponseFilter");
    if (f != null && !(f instanceof JsonObject)) {
      throw new EmulatorError(INVALID, "ResponseFilter must be an object");
    }
    List<String> base = f == null ? null : GroupFields.optionalStrings((JsonObject) f, "GroupBaseInfoFilter");
    List<String> self = f == null ? null : GroupFields.optionalStrings((JsonObject) f, "SelfInfoFilter");
    List<Group> groups = new ArrayList<>();
    for (Group g : state.joinedGroups(userId)) {
      boolean listed = (type == null || g.type() == type)
          && (huge || g.type() != GroupType.AVChatRoom)
          && (inactive || g.type() != GroupType.Private || g.lastMsgTime() > 0);
      if (listed) {
        groups.add(g);
      }
    }
    JsonArray page = new JsonArray();
    for (int i = (int) Math.min(offset, groups.size()); i < groups.size() && page.size() < limit; i++) {
      Group g = groups.get(i);
      JsonObject item = base == null ? new JsonObject().put("GroupId", g.groupId())
          : GroupViews.baseInfo(g, options.getSdkAppId(), base);
      GroupMember m = g.member(userId);
      if (self != null && m != null) {
        JsonObject s = new JsonObject();
        if (self.contains("Role")) {
          s.put("Role", m.role().name());
        }
        if (self.contains("JoinTime")) {
          s.put("JoinTime", m.joinTime());
        }
        if (self.contains("MsgFlag")) {
          s.put("MsgFlag", m.msgFlag());
        }
        if (self.contains("UnreadMsgNum")) {
          s.put("UnreadMsgNum", m.unreadMsgNum());
        }
        item.put("SelfInfo", s);
      }
      page.add(item);
    }
    return new JsonObject().put("TotalCount", groups.size()).put("GroupIdList", page);
  }

  /**
   * {@code {"GroupId"}} (https://www.tencentcloud.com/document/product/1047/38521): {@code OnlineMemberNum}, the room's members whose account is online. Only
   * AVChatRoom groups (10007 otherwise).
   */
  JsonObject getOnlineMemberNum(JsonObject body) {
    Group g = state.require(body.getValue("GroupId"));
    if (g.type() != GroupType.AVChatRoom) {
      throw new EmulatorError(NOT_ALLOWED, "get_online_member_num is for AVChatRoom groups only");
    }
    long n = g.members().stream().filter(m -> online.test(m.userId())).count();
    return new JsonObject().put("OnlineMemberNum", n);
  }
}
