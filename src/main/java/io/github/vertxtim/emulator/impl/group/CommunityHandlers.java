package io.github.vertxtim.emulator.impl.group;

import io.github.vertxtim.TimErrorCode;
import io.github.vertxtim.emulator.EmulatorFeature;
import io.github.vertxtim.emulator.EmulatorLimit;
import io.github.vertxtim.emulator.TimEmulatorOptions;
import io.github.vertxtim.emulator.impl.group.CommunityState.Community;
import io.github.vertxtim.emulator.impl.group.CommunityState.PermissionGroup;
import io.github.vertxtim.emulator.impl.group.CommunityState.Topic;
import io.github.vertxtim.emulator.impl.shared.Accounts;
import io.github.vertxtim.emulator.impl.shared.EmulatorClock;
import io.github.vertxtim.emulator.impl.shared.EmulatorError;
import io.github.vertxtim.emulator.impl.shared.EndpointHandler;
import io.github.vertxtim.emulator.impl.shared.Fields;
import io.github.vertxtim.emulator.impl.shared.HandlerTable;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static io.github.vertxtim.emulator.impl.group.GroupRequestFields.INVALID;
import static io.github.vertxtim.emulator.impl.group.GroupRequestFields.NO_ACCOUNT;

/**
 * The Community endpoints: topics (create, get, modify, destroy, import; https://trtc.io/document/49468..49471, https://trtc.io/document/53448) and permission
 * groups with their topic permissions and members (https://trtc.io/document/61232..61242). All belong to the console's Community feature
 * ({@link EmulatorFeature#COMMUNITY}: 11000 when it is off) and work on Community groups only (10007 otherwise);
 * topics need a topic-enabled Community (create_group's SupportTopic 1; 10007 otherwise).
 * Per-item outcomes use the permission-group codes: 110006 permission group not found, 110008 member not in the
 * permission group, 110010 / 110011 topic already / not in the permission group, 110012 member limit, 110013
 * invalid topic ID, 110014 the topic's permission was deleted with the topic.
 */
public final class CommunityHandlers {

  /** Field limits of topics (doocs' copies of the create_topic page: name 30, custom 3000, face 100 …). */
  static final int TOPIC_NAME_BYTES = 30;
  static final int CUSTOM_STRING_BYTES = 3000;
  static final int FACE_URL_BYTES = 100;
  static final int NOTIFICATION_BYTES = 300;
  static final int INTRODUCTION_BYTES = 240;
  /** Custom topic-ID suffixes and permission-group IDs: printable ASCII of at most this many bytes (as group IDs). */
  static final int CUSTOM_ID_BYTES = GroupIds.MAX_CUSTOM_ID_BYTES;
  /** get_permission_group's Limit maximum and default (https://trtc.io/document/61235: "cannot exceed 20"). */
  static final int PERMISSION_GROUP_PAGE = 20;
  /** get_permission_group_member_list's default and largest page (no page gave one). */
  static final int MEMBER_PAGE = 100;
  static final int MAX_MEMBER_PAGE = 1000;
  private static final long UINT64_AS_LONG_MAX = Long.MAX_VALUE;

  private static final int NOT_SUPPORTED = TimErrorCode.GROUP_NO_PERMISSION.code();          // 10007
  private static final int NOT_FOUND = TimErrorCode.GROUP_NOT_FOUND.code();                  // 10010
  private static final int ID_IN_USE = TimErrorCode.GROUP_ID_IN_USE.code();                  // 10021
  private static final int PG_NOT_FOUND = TimErrorCode.PERMISSION_GROUP_NOT_FOUND.code();    // 110006
  private static final int PG_MEMBER_NOT_FOUND = TimErrorCode.PERMISSION_GROUP_NOT_FOUND_2.code(); // 110008
  private static final int TOPIC_ALREADY_IN = TimErrorCode.TOPIC_ALREADY_IN_PERMISSION_GROUP.code(); // 110010
  private static final int TOPIC_NOT_IN = TimErrorCode.TOPIC_NOT_IN_PERMISSION_GROUP.code();         // 110011
  private static final int PG_MEMBER_LIMIT = TimErrorCode.PERMISSION_GROUP_MEMBER_LIMIT.code();      // 110012
  private static final int BAD_TOPIC = TimErrorCode.PERMISSION_GROUP_INVALID_TOPIC.code();           // 110013
  private static final int TOPIC_PERMISSION_DELETED = TimErrorCode.TOPIC_PERMISSION_DELETED.code();  // 110014

  private final GroupState groups;
  private final CommunityState communities;
  private final Accounts accounts;
  private final EmulatorClock clock;
  private final TimEmulatorOptions options;

  public CommunityHandlers(GroupState groups, CommunityState communities, Accounts accounts, EmulatorClock clock,
                           TimEmulatorOptions options) {
    this.groups = groups;
    this.communities = communities;
    this.accounts = accounts;
    this.clock = clock;
    this.options = options;
  }

  public void install(HandlerTable table) {
    handle(table, "million_group_open_http_svc/create_topic", this::createTopic);
    handle(table, "million_group_open_http_svc/get_topic", this::getTopic);
    handle(table, "million_group_open_http_svc/modify_topic", this::modifyTopic);
    handle(table, "million_group_open_http_svc/destroy_topic", this::destroyTopic);
    handle(table, "group_open_http_svc/import_topic", this::importTopic);
    handle(table, "group_open_http_svc/create_permission_group", this::createPermissionGroup);
    handle(table, "group_open_http_svc/destroy_permission_group", this::destroyPermissionGroup);
    handle(table, "group_open_http_svc/modify_permission_group", this::modifyPermissionGroup);
    handle(table, "group_open_http_svc/get_permission_group", this::getPermissionGroup);
    handle(table, "group_open_http_svc/add_topic_permission_group", this::addTopicPermission);
    handle(table, "group_open_http_svc/set_topic_permission_group", this::setTopicPermission);
    handle(table, "group_open_http_svc/delete_topic_permission_group", this::deleteTopicPermission);
    handle(table, "group_open_http_svc/get_topic_permission_group", this::getTopicPermission);
    handle(table, "group_open_http_svc/add_permission_group_member", this::addPermissionGroupMember);
    handle(table, "group_open_http_svc/delete_permission_group_member", this::deletePermissionGroupMember);
    handle(table, "group_open_http_svc/get_permission_group_member_list", this::getPermissionGroupMemberList);
  }

  private static void handle(HandlerTable table, String path, EndpointHandler handler) {
    table.handle(path, EmulatorFeature.COMMUNITY, handler);
  }

  /** The Community named by GroupId: 10015 malformed, 10010 missing, 10007 another type. */
  private Group communityGroup(JsonObject body) {
    Group g = groups.require(body.getValue("GroupId"));
    if (g.type() != GroupType.Community) {
      throw new EmulatorError(NOT_SUPPORTED, g.type() + " groups have no topics or permission groups (Community only)");
    }
    return g;
  }

  /** A topic-enabled Community (create_group's SupportTopic 1): else 10007, as topics exist only there (https://trtc.io/document/49471). */
  private Group topicCommunity(JsonObject body) {
    Group g = communityGroup(body);
    if (!g.supportTopic()) {
      throw new EmulatorError(NOT_SUPPORTED, "Community " + g.groupId() + " has no topics (created without SupportTopic)");
    }
    return g;
  }

  // topics

  /**
   * {@code {"GroupId","TopicId"?,"TopicName","From_Account"?,"CustomString"?,"FaceUrl"?,"Notification"?,
   * "Introduction"?}} (https://trtc.io/document/49471): answers {@code TopicId}. A custom TopicId is {@code <GroupId>@TOPIC#_<suffix>}
   * with a printable-ASCII suffix of 1..48 bytes (10004 otherwise); one in use answers 10021. From_Account must be
   * imported (10019). At most {@link EmulatorLimit#COMMUNITY_TOPICS} topics per Community (10004).
   */
  JsonObject createTopic(JsonObject body) {
    return new JsonObject().put("TopicId", addTopic(topicCommunity(body), body, clock.seconds()));
  }

  /**
   * {@code {"Type":"Community","GroupId",…,"CreateTime"?}} (https://trtc.io/document/53448): create_topic's fields plus the topic's
   * creation time (seconds, default now); Type must be Community (10004). Answers {@code TopicId}.
   */
  JsonObject importTopic(JsonObject body) {
    String type = GroupRequestFields.requiredString(body, "Type");
    if (!GroupType.Community.name().equals(type)) {
      throw new EmulatorError(INVALID, "Type must be Community, the only group type with topics");
    }
    Group g = topicCommunity(body);
    long createTime = Fields.optionalInteger(body, "CreateTime", clock.seconds(), 0, UINT64_AS_LONG_MAX, INVALID);
    return new JsonObject().put("TopicId", addTopic(g, body, createTime));
  }

  private String addTopic(Group g, JsonObject body, long createTime) {
    String name = GroupRequestFields.requiredString(body, "TopicName");
    checkBytes("TopicName", name, TOPIC_NAME_BYTES);
    String customId = Fields.optionalString(body, "TopicId", INVALID);
    if (customId != null) {
      String problem = topicIdProblem(g.groupId(), customId);
      if (problem != null) {
        throw new EmulatorError(INVALID, problem);
      }
    }
    String owner = optionalAccount(body, "From_Account");
    Topic draft = new Topic("", createTime);
    applyTopicFields(draft, body);
    Community c = communities.community(g);
    synchronized (c) {
      long max = options.getLimit(EmulatorLimit.COMMUNITY_TOPICS);
      if (c.topics.size() >= max) {
        throw new EmulatorError(INVALID, "a Community has at most " + max + " topics");
      }
      if (customId != null && c.topics.containsKey(customId)) {
        throw new EmulatorError(ID_IN_USE, "TopicId " + customId + " is in use");
      }
      String id = customId != null ? customId : communities.newTopicId(g.groupId());
      Topic t = new Topic(id, createTime);
      t.name = name;
      t.owner = owner;
      copyProfile(draft, t);
      c.topics.put(id, t);
      communities.indexTopic(c, id);
      return id;
    }
  }

  /** Why {@code topicId} cannot be a custom topic ID of {@code groupId}, or null when it can. */
  static String topicIdProblem(String groupId, String topicId) {
    String prefix = groupId + CommunityState.TOPIC_INFIX;
    if (!topicId.startsWith(prefix) || topicId.length() == prefix.length()) {
      return "a custom TopicId is " + prefix + "<suffix>";
    }
    String suffix = topicId.substring(prefix.length());
    return printableAscii(suffix, CUSTOM_ID_BYTES) ? null
        : "the TopicId suffix must be 1 to " + CUSTOM_ID_BYTES + " printable ASCII characters";
  }

  private static boolean printableAscii(String s, int maxBytes) {
    if (s.isEmpty() || s.length() > maxBytes) {
      return false;
    }
    return s.chars().allMatch(ch -> ch >= 0x20 && ch <= 0x7e);
  }

  /** Reads the optional profile fields (with their limits) into {@code t}. */
  private static void applyTopicFields(Topic t, JsonObject body) {
    String custom = GroupRequestFields.optionalString(body, "CustomString", CUSTOM_STRING_BYTES);
    String face = GroupRequestFields.optionalString(body, "FaceUrl", FACE_URL_BYTES);
    String notification = GroupRequestFields.optionalString(body, "Notification", NOTIFICATION_BYTES);
    String introduction = GroupRequestFields.optionalString(body, "Introduction", INTRODUCTION_BYTES);
    if (custom != null) {
      t.customString = custom;
    }
    if (face != null) {
      t.faceUrl = face;
    }
    if (notification != null) {
      t.notification = notification;
    }
    if (introduction != null) {
      t.introduction = introduction;
    }
  }

  private static void copyProfile(Topic from, Topic to) {
    to.customString = from.customString;
    to.faceUrl = from.faceUrl;
    to.notification = from.notification;
    to.introduction = from.introduction;
  }

  /**
   * {@code {"GroupId","From_Account"?,"TopicIdList"?,"ResponseFilter"?}} (https://trtc.io/document/49469): {@code TopicAndSelfInfo}, one
   * item per topic asked (every topic when TopicIdList is absent): {@code ErrorCode} (0, or 10010 for an unknown
   * topic), {@code ErrorInfo}, {@code TopicInfo} and, with From_Account a Community member, {@code SelfInfo}
   * ({@code ShutUpTime}, {@code MsgSeq}, {@code MsgFlag}). ResponseFilter lists the TopicInfo fields wanted.
   */
  JsonObject getTopic(JsonObject body) {
    Group g = topicCommunity(body);
    String from = optionalAccount(body, "From_Account");
    List<String> asked = optionalList(body, "TopicIdList");
    List<String> filterList = optionalList(body, "ResponseFilter");
    Set<String> filter = filterList == null ? null : Set.copyOf(filterList);
    GroupMember self = from == null ? null : g.member(from);
    Community c = communities.community(g);
    JsonArray items = new JsonArray();
    synchronized (c) {
      for (String id : asked == null ? new ArrayList<>(c.topics.keySet()) : asked) {
        Topic t = c.topics.get(id);
        if (t == null) {
          items.add(new JsonObject().put("ErrorCode", NOT_FOUND).put("ErrorInfo", "topic not found: " + id)
              .put("TopicInfo", new JsonObject().put("TopicId", id)));
          continue;
        }
        JsonObject item = new JsonObject().put("ErrorCode", 0).put("ErrorInfo", "")
            .put("TopicInfo", topicInfo(g, t, filter));
        if (self != null) {
          item.put("SelfInfo", new JsonObject().put("ShutUpTime", self.shutUpUntil()).put("MsgSeq", 0L)
              .put("MsgFlag", self.msgFlag()));
        }
        items.add(item);
      }
    }
    return new JsonObject().put("TopicAndSelfInfo", items);
  }

  private static JsonObject topicInfo(Group g, Topic t, Set<String> filter) {
    JsonObject all = new JsonObject().put("TopicId", t.topicId).put("TopicName", t.name).put("GroupID", g.groupId())
        .put("FaceUrl", t.faceUrl).put("NextMsgSeq", t.nextMsgSeq).put("Notification", t.notification)
        .put("Introduction", t.introduction).put("CreateTime", t.createTime).put("LastMsgTime", t.lastMsgTime)
        .put("ShutUpAllFlag", t.muteAll ? 1 : 0).put("CustomString", t.customString);
    if (filter == null) {
      return all;
    }
    JsonObject out = new JsonObject().put("TopicId", t.topicId);
    all.forEach(e -> {
      if (filter.contains(e.getKey())) {
        out.put(e.getKey(), e.getValue());
      }
    });
    return out;
  }

  /**
   * {@code {"GroupId","TopicId",…}} (https://trtc.io/document/49468): changes the fields given (TopicName, From_Account, CustomString,
   * FaceUrl, Notification, Introduction with create_topic's limits; MuteAllMember "On" or "Off"). An unknown topic
   * answers 10010.
   */
  JsonObject modifyTopic(JsonObject body) {
    Group g = topicCommunity(body);
    String id = GroupRequestFields.requiredString(body, "TopicId");
    String name = Fields.optionalString(body, "TopicName", INVALID);
    if (name != null) {
      checkBytes("TopicName", name, TOPIC_NAME_BYTES);
      if (name.isEmpty()) {
        throw new EmulatorError(INVALID, "TopicName must not be empty");
      }
    }
    String owner = optionalAccount(body, "From_Account");
    String mute = Fields.optionalString(body, "MuteAllMember", INVALID);
    if (mute != null && !mute.equals("On") && !mute.equals("Off")) {
      throw new EmulatorError(INVALID, "MuteAllMember must be On or Off");
    }
    Topic draft = new Topic(id, 0);
    Community c = communities.community(g);
    synchronized (c) {
      Topic t = c.topics.get(id);
      if (t == null) {
        throw new EmulatorError(NOT_FOUND, "topic not found: " + id);
      }
      copyProfile(t, draft);
      applyTopicFields(draft, body);
      copyProfile(draft, t);
      if (name != null) {
        t.name = name;
      }
      if (owner != null) {
        t.owner = owner;
      }
      if (mute != null) {
        t.muteAll = mute.equals("On");
      }
    }
    return new JsonObject();
  }

  /**
   * {@code {"GroupId","TopicIdList":[..]}} (https://trtc.io/document/49470): {@code DestroyResultItem[{TopicId,ErrorCode,ErrorInfo}]},
   * 10010 for an unknown topic. A deleted topic's permissions in permission groups are deleted with it (110014
   * afterwards).
   */
  JsonObject destroyTopic(JsonObject body) {
    Group g = topicCommunity(body);
    List<String> ids = GroupRequestFields.requiredStrings(body, "TopicIdList");
    Community c = communities.community(g);
    JsonArray items = new JsonArray();
    synchronized (c) {
      for (String id : ids) {
        if (c.topics.containsKey(id)) {
          c.removeTopic(id);
          communities.unindexTopic(id);
          items.add(result("TopicId", id, 0, ""));
        } else {
          items.add(result("TopicId", id, NOT_FOUND, "topic not found"));
        }
      }
    }
    return new JsonObject().put("DestroyResultItem", items);
  }

  // permission groups

  /**
   * {@code {"GroupId","PermissionGroupId"?,"PermissionGroupName","Permission"?,"CustomString"?}} (https://trtc.io/document/61232):
   * answers {@code PermissionGroupId}. A custom ID starts {@code @PMG#_} and is printable ASCII of at most 48 bytes
   * (10004 otherwise); one in use in the Community answers 10021. Permission is a non-negative integer (default 0).
   */
  JsonObject createPermissionGroup(JsonObject body) {
    Group g = communityGroup(body);
    String customId = Fields.optionalString(body, "PermissionGroupId", INVALID);
    if (customId != null && (!customId.startsWith(CommunityState.PERMISSION_GROUP_PREFIX)
        || customId.length() == CommunityState.PERMISSION_GROUP_PREFIX.length()
        || !printableAscii(customId, CUSTOM_ID_BYTES))) {
      throw new EmulatorError(INVALID, "a custom PermissionGroupId starts with "
          + CommunityState.PERMISSION_GROUP_PREFIX + " and is at most " + CUSTOM_ID_BYTES + " printable ASCII characters");
    }
    String name = GroupRequestFields.requiredString(body, "PermissionGroupName");
    long permission = Fields.optionalInteger(body, "Permission", 0, 0, UINT64_AS_LONG_MAX, INVALID);
    String custom = GroupRequestFields.optionalString(body, "CustomString", CUSTOM_STRING_BYTES);
    Community c = communities.community(g);
    synchronized (c) {
      if (customId != null && c.permissionGroups.containsKey(customId)) {
        throw new EmulatorError(ID_IN_USE, "PermissionGroupId " + customId + " is in use");
      }
      String id = customId != null ? customId : communities.newPermissionGroupId();
      PermissionGroup pg = new PermissionGroup(id, name, permission);
      if (custom != null) {
        pg.customString = custom;
      }
      c.permissionGroups.put(id, pg);
      return new JsonObject().put("PermissionGroupId", id);
    }
  }

  /**
   * {@code {"GroupId","PermissionGroupIdList":[..]}} (https://trtc.io/document/61233, at most 20):
   * {@code PermissionGroupResultList[{PermissionGroupId,ErrorCode,ErrorInfo}]}, 110006 for an unknown one.
   */
  JsonObject destroyPermissionGroup(JsonObject body) {
    Group g = communityGroup(body);
    List<String> ids = GroupRequestFields.requiredStrings(body, "PermissionGroupIdList");
    Community c = communities.community(g);
    JsonArray items = new JsonArray();
    synchronized (c) {
      for (String id : ids) {
        boolean removed = c.permissionGroups.remove(id) != null;
        items.add(result("PermissionGroupId", id, removed ? 0 : PG_NOT_FOUND,
            removed ? "" : "permission group not found"));
      }
    }
    return new JsonObject().put("PermissionGroupResultList", items);
  }

  /**
   * {@code {"GroupId","PermissionGroupId","PermissionGroupName"?,"Permission"?,"CustomString"?}} (https://trtc.io/document/61234):
   * changes the fields given; an unknown permission group answers 110006.
   */
  JsonObject modifyPermissionGroup(JsonObject body) {
    Group g = communityGroup(body);
    String id = GroupRequestFields.requiredString(body, "PermissionGroupId");
    String name = Fields.optionalString(body, "PermissionGroupName", INVALID);
    if (name != null && name.isEmpty()) {
      throw new EmulatorError(INVALID, "PermissionGroupName must not be empty");
    }
    boolean hasPermission = body.containsKey("Permission");
    long permission = Fields.optionalInteger(body, "Permission", 0, 0, UINT64_AS_LONG_MAX, INVALID);
    String custom = GroupRequestFields.optionalString(body, "CustomString", CUSTOM_STRING_BYTES);
    Community c = communities.community(g);
    synchronized (c) {
      PermissionGroup pg = requirePermissionGroup(c, id);
      if (name != null) {
        pg.name = name;
      }
      if (hasPermission) {
        pg.permission = permission;
      }
      if (custom != null) {
        pg.customString = custom;
      }
    }
    return new JsonObject();
  }

  /**
   * {@code {"GroupId","PermissionGroupIdList"?,"Limit"?,"Next"?}} (https://trtc.io/document/61235): with a list, one item per ID (110006
   * in its ErrorCode when unknown); without, one page of all permission groups in creation order (Limit 1..20,
   * default 20; Next "" or absent for the first page, then the answer's Next, "" on the last page; a number is taken
   * too, as the page's table types it Integer). Items:
   * {@code {PermissionGroupId,PermissionGroupName,Permission,CustomString,MemberNum,ErrorCode,ErrorInfo}}.
   */
  JsonObject getPermissionGroup(JsonObject body) {
    Group g = communityGroup(body);
    List<String> asked = optionalList(body, "PermissionGroupIdList");
    int limit = (int) Fields.optionalInteger(body, "Limit", PERMISSION_GROUP_PAGE, 1, PERMISSION_GROUP_PAGE, INVALID);
    int from = cursor(body);
    Community c = communities.community(g);
    JsonArray items = new JsonArray();
    String next = "";
    synchronized (c) {
      if (asked != null) {
        for (String id : asked) {
          PermissionGroup pg = c.permissionGroups.get(id);
          items.add(pg == null ? result("PermissionGroupId", id, PG_NOT_FOUND, "permission group not found")
              : permissionGroupInfo(pg));
        }
      } else {
        List<PermissionGroup> all = new ArrayList<>(c.permissionGroups.values());
        int start = Math.min(from, all.size());
        int end = Math.min(start + limit, all.size());
        all.subList(start, end).forEach(pg -> items.add(permissionGroupInfo(pg)));
        next = end < all.size() ? Integer.toString(end) : "";
      }
    }
    return new JsonObject().put("PermissionGroupInfoList", items).put("Next", next);
  }

  private static JsonObject permissionGroupInfo(PermissionGroup pg) {
    return new JsonObject().put("PermissionGroupId", pg.permissionGroupId).put("PermissionGroupName", pg.name)
        .put("Permission", pg.permission).put("CustomString", pg.customString).put("MemberNum", pg.members.size())
        .put("ErrorCode", 0).put("ErrorInfo", "");
  }

  /**
   * {@code {"GroupId","PermissionGroupId","TopicPermission":[{"TopicId","Permission"}]}} (https://trtc.io/document/61236): grants
   * permissions in topics. {@code TopicPermissionResultList[{TopicId,Permission,ErrorCode,ErrorInfo}]}: 110013 when
   * the topic is not one of the Community's, 110010 when the permission group already has it.
   */
  JsonObject addTopicPermission(JsonObject body) {
    return changeTopicPermissions(body, true);
  }

  /**
   * Same body (https://trtc.io/document/61237): changes permissions the permission group already has: 110013 unknown topic, 110014 the
   * topic's permission was deleted with the topic, 110011 the group has no permission in that topic.
   */
  JsonObject setTopicPermission(JsonObject body) {
    return changeTopicPermissions(body, false);
  }

  private JsonObject changeTopicPermissions(JsonObject body, boolean add) {
    Group g = communityGroup(body);
    String id = GroupRequestFields.requiredString(body, "PermissionGroupId");
    JsonArray list = Fields.requiredArray(body, "TopicPermission", INVALID);
    List<JsonObject> wanted = new ArrayList<>();
    for (Object o : list) {
      if (!(o instanceof JsonObject item) || !(item.getValue("TopicId") instanceof String)
          || !GroupRequestFields.isInteger(item.getValue("Permission"), 0, UINT64_AS_LONG_MAX)) {
        throw new EmulatorError(INVALID, "TopicPermission items are {\"TopicId\":…,\"Permission\":N}, got "
            + Fields.label(o));
      }
      wanted.add(item);
    }
    Community c = communities.community(g);
    JsonArray items = new JsonArray();
    synchronized (c) {
      PermissionGroup pg = requirePermissionGroup(c, id);
      for (JsonObject w : wanted) {
        String topic = w.getString("TopicId");
        long permission = w.getLong("Permission");
        int code;
        if (!c.topics.containsKey(topic)) {
          code = !add && pg.deletedTopicPermissions.contains(topic) ? TOPIC_PERMISSION_DELETED : BAD_TOPIC;
        } else if (add == pg.topicPermissions.containsKey(topic)) {
          code = add ? TOPIC_ALREADY_IN : TOPIC_NOT_IN;
        } else {
          code = 0;
          pg.topicPermissions.put(topic, permission);
          pg.deletedTopicPermissions.remove(topic);
        }
        items.add(topicResult(topic, code == 0 ? permission : null, code));
      }
    }
    return new JsonObject().put("TopicPermissionResultList", items);
  }

  /**
   * {@code {"GroupId","PermissionGroupId","TopicIdList":[..]}} (https://trtc.io/document/61238): removes the permission group's permissions
   * in those topics; per topic 110013 unknown topic, 110014 deleted with the topic, 110011 none to remove.
   */
  JsonObject deleteTopicPermission(JsonObject body) {
    Group g = communityGroup(body);
    String id = GroupRequestFields.requiredString(body, "PermissionGroupId");
    List<String> topics = GroupRequestFields.requiredStrings(body, "TopicIdList");
    Community c = communities.community(g);
    JsonArray items = new JsonArray();
    synchronized (c) {
      PermissionGroup pg = requirePermissionGroup(c, id);
      for (String topic : topics) {
        int code = topicPermissionProblem(c, pg, topic);
        if (code == 0) {
          pg.topicPermissions.remove(topic);
        }
        items.add(topicResult(topic, null, code));
      }
    }
    return new JsonObject().put("TopicPermissionResultList", items);
  }

  /**
   * {@code {"GroupId","PermissionGroupId","TopicIdList"?}} (https://trtc.io/document/61239): the permission bits per topic asked (every
   * topic the group has permissions in when the list is absent), with the per-topic codes of delete.
   */
  JsonObject getTopicPermission(JsonObject body) {
    Group g = communityGroup(body);
    String id = GroupRequestFields.requiredString(body, "PermissionGroupId");
    List<String> topics = optionalList(body, "TopicIdList");
    Community c = communities.community(g);
    JsonArray items = new JsonArray();
    synchronized (c) {
      PermissionGroup pg = requirePermissionGroup(c, id);
      for (String topic : topics == null ? new ArrayList<>(pg.topicPermissions.keySet()) : topics) {
        int code = topicPermissionProblem(c, pg, topic);
        items.add(topicResult(topic, code == 0 ? pg.topicPermissions.get(topic) : null, code));
      }
    }
    return new JsonObject().put("TopicPermissionResultList", items);
  }

  /** 0 when the permission group has a permission in {@code topic}, else its per-topic code. */
  private static int topicPermissionProblem(Community c, PermissionGroup pg, String topic) {
    if (pg.topicPermissions.containsKey(topic)) {
      return 0;
    }
    if (pg.deletedTopicPermissions.contains(topic)) {
      return TOPIC_PERMISSION_DELETED;
    }
    return c.topics.containsKey(topic) ? TOPIC_NOT_IN : BAD_TOPIC;
  }

  private static JsonObject topicResult(String topic, Long permission, int code) {
    JsonObject o = new JsonObject().put("TopicId", topic);
    if (permission != null) {
      o.put("Permission", permission);
    }
    return o.put("ErrorCode", code).put("ErrorInfo", code == 0 ? "" : describe(code));
  }

  /**
   * {@code {"GroupId","PermissionGroupId","MemberList":[{"Member_Account"}]}} (https://trtc.io/document/61240, at most 100; plain UserID
   * strings are taken too): {@code MemberResultList[{Member_Account,ErrorCode,ErrorInfo}]}: 10019 not imported,
   * 10007 not a member of the Community, 110012 the permission group is full
   * ({@link EmulatorLimit#PERMISSION_GROUP_MEMBERS}); adding a member already in it is a success.
   */
  JsonObject addPermissionGroupMember(JsonObject body) {
    Group g = communityGroup(body);
    String id = GroupRequestFields.requiredString(body, "PermissionGroupId");
    List<String> members = memberAccounts(body);
    long max = options.getLimit(EmulatorLimit.PERMISSION_GROUP_MEMBERS);
    Community c = communities.community(g);
    JsonArray items = new JsonArray();
    synchronized (c) {
      PermissionGroup pg = requirePermissionGroup(c, id);
      for (String m : members) {
        int code;
        if (!accounts.exists(m)) {
          code = NO_ACCOUNT;
        } else if (!g.isMember(m)) {
          code = NOT_SUPPORTED;
        } else if (!pg.members.contains(m) && pg.members.size() >= max) {
          code = PG_MEMBER_LIMIT;
        } else {
          code = 0;
          pg.members.add(m);
        }
        items.add(result("Member_Account", m, code, code == 0 ? "" : describe(code)));
      }
    }
    return new JsonObject().put("MemberResultList", items);
  }

  /**
   * Same body (https://trtc.io/document/61241): removes members from the permission group; 110008 for one not in it.
   */
  JsonObject deletePermissionGroupMember(JsonObject body) {
    Group g = communityGroup(body);
    String id = GroupRequestFields.requiredString(body, "PermissionGroupId");
    List<String> members = memberAccounts(body);
    Community c = communities.community(g);
    JsonArray items = new JsonArray();
    synchronized (c) {
      PermissionGroup pg = requirePermissionGroup(c, id);
      for (String m : members) {
        boolean removed = pg.members.remove(m);
        items.add(result("Member_Account", m, removed ? 0 : PG_MEMBER_NOT_FOUND,
            removed ? "" : "not a member of the permission group"));
      }
    }
    return new JsonObject().put("MemberResultList", items);
  }

  /**
   * {@code {"GroupId","PermissionGroupId","Limit"?,"Next"?}} (https://trtc.io/document/61242): one page of members in the order added,
   * {@code MemberList[{Member_Account}]} and {@code Next} ("" on the last page). Limit 1..1000, default 100.
   */
  JsonObject getPermissionGroupMemberList(JsonObject body) {
    Group g = communityGroup(body);
    String id = GroupRequestFields.requiredString(body, "PermissionGroupId");
    int limit = (int) Fields.optionalInteger(body, "Limit", MEMBER_PAGE, 1, MAX_MEMBER_PAGE, INVALID);
    int from = cursor(body);
    Community c = communities.community(g);
    JsonArray list = new JsonArray();
    String next;
    synchronized (c) {
      List<String> all = new ArrayList<>(requirePermissionGroup(c, id).members);
      int start = Math.min(from, all.size());
      int end = Math.min(start + limit, all.size());
      all.subList(start, end).forEach(m -> list.add(new JsonObject().put("Member_Account", m)));
      next = end < all.size() ? Integer.toString(end) : "";
    }
    return new JsonObject().put("MemberList", list).put("Next", next);
  }

  // helpers

  private static PermissionGroup requirePermissionGroup(Community c, String id) {
    PermissionGroup pg = c.permissionGroups.get(id);
    if (pg == null) {
      throw new EmulatorError(PG_NOT_FOUND, "permission group not found: " + id);
    }
    return pg;
  }

  /** MemberList of {"Member_Account"} objects (or plain strings), non-empty; duplicates dropped. */
  private static List<String> memberAccounts(JsonObject body) {
    JsonArray list = Fields.requiredArray(body, "MemberList", INVALID);
    List<String> out = new ArrayList<>();
    for (Object o : list) {
      Object v = o instanceof JsonObject item ? item.getValue("Member_Account") : o;
      if (!(v instanceof String s) || s.isEmpty()) {
        throw new EmulatorError(INVALID, "MemberList items are {\"Member_Account\":…}, got " + Fields.label(o));
      }
      if (!out.contains(s)) {
        out.add(s);
      }
    }
    return out;
  }

  /** The paging cursor {@code Next}: absent, "" or null is 0; else a non-negative integer, as text or a number. */
  private static int cursor(JsonObject body) {
    Object v = body.getValue("Next");
    if (v == null || "".equals(v)) {
      return 0;
    }
    if (v instanceof String s && s.chars().allMatch(Character::isDigit) && s.length() < 10) {
      return Integer.parseInt(s);
    }
    if (GroupRequestFields.isInteger(v, 0, Integer.MAX_VALUE)) {
      return ((Number) v).intValue();
    }
    throw new EmulatorError(INVALID, "Next must be the Next of the previous answer, got " + Fields.label(v));
  }

  /** An optional array of strings; null when absent, null or empty (which the pages read as "all"). */
  private static List<String> optionalList(JsonObject body, String field) {
    Object v = body.getValue(field);
    if (v == null) {
      return null;
    }
    if (!(v instanceof JsonArray a)) {
      throw new EmulatorError(INVALID, field + " must be an array");
    }
    return a.isEmpty() ? null : GroupRequestFields.requiredStrings(body, field);
  }

  /** An optional UserID field that must name an imported account (10019). */
  private String optionalAccount(JsonObject body, String field) {
    String account = Fields.optionalString(body, field, INVALID);
    if (account != null && !accounts.exists(account)) {
      throw new EmulatorError(NO_ACCOUNT, "account not imported: " + account);
    }
    return account;
  }

  private static void checkBytes(String field, String value, int max) {
    if (value.getBytes(StandardCharsets.UTF_8).length > max) {
      throw new EmulatorError(INVALID, field + " is longer than " + max + " bytes");
    }
  }

  /** The words of a per-item code. */
  private static String describe(int code) {
    return TimErrorCode.of(code).map(TimErrorCode::description).orElse("error " + code);
  }

  private static JsonObject result(String idField, String id, int code, String info) {
    return new JsonObject().put(idField, id).put("ErrorCode", code).put("ErrorInfo", info);
  }
}
