package io.github.vertxtim.emulator.impl.group;

import io.github.vertxtim.emulator.impl.shared.Saved;
import io.github.vertxtim.emulator.impl.shared.StateSection;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What a Community keeps besides its members: topics and permission groups (their members and topic permissions).
 * Topic IDs are {@code <GroupId>@TOPIC#_<suffix>} and permission-group IDs start {@code @PMG#_}, as in the samples
 * of https://trtc.io/document/49471 and https://trtc.io/document/61232. A topic's ID is also the GroupId its messages are sent to; {@link #topicCommunity} lets the
 * group-message endpoints resolve one.
 *
 * <p>Thread-safety: one {@link Community} per group, guarded by its monitor; its topics and permission groups are
 * only touched under it. A caller needing the group's monitor too takes it first (member events reach
 * {@link #memberLeft} under the group's monitor). Never blocks.
 */
public final class CommunityState implements GroupListener, StateSection {

  public static final String TOPIC_INFIX = "@TOPIC#_";
  public static final String PERMISSION_GROUP_PREFIX = "@PMG#_";

  /** A topic; mutable fields are guarded by its community's monitor. */
  static final class Topic {
    final String topicId;
    final long createTime;
    String name;
    String owner;
    String faceUrl = "";
    String notification = "";
    String introduction = "";
    String customString = "";
    boolean muteAll;
    long lastMsgTime;
    long nextMsgSeq = 1;

    Topic(String topicId, long createTime) {
      this.topicId = topicId;
      this.createTime = createTime;
    }
  }

  /** A permission group; mutable fields are guarded by its community's monitor. */
  static final class PermissionGroup {
    final String permissionGroupId;
    String name;
    long permission;
    String customString = "";
    final Set<String> members = new LinkedHashSet<>();
    /** TopicId → permission bits, in the order granted. */
    final Map<String, Long> topicPermissions = new LinkedHashMap<>();
    /** Topics whose permission went away with the topic (110014 when asked about). */
    final Set<String> deletedTopicPermissions = new LinkedHashSet<>();

    PermissionGroup(String permissionGroupId, String name, long permission) {
      this.permissionGroupId = permissionGroupId;
      this.name = name;
      this.permission = permission;
    }
  }

  /** One Community's topics and permission groups, in creation order; all access under its monitor. */
  static final class Community {
    final String groupId;
    final Map<String, Topic> topics = new LinkedHashMap<>();
    final Map<String, PermissionGroup> permissionGroups = new LinkedHashMap<>();

    Community(String groupId) {
      this.groupId = groupId;
    }

    /** Drops a topic and marks its permissions in every permission group as deleted. */
    void removeTopic(String topicId) {
      topics.remove(topicId);
      for (PermissionGroup pg : permissionGroups.values()) {
        if (pg.topicPermissions.remove(topicId) != null) {
          pg.deletedTopicPermissions.add(topicId);
        }
      }
    }
  }

  private final ConcurrentHashMap<String, Community> communities = new ConcurrentHashMap<>();
  /** TopicId → its community's GroupId, for the message endpoints. */
  private final ConcurrentHashMap<String, String> topicIndex = new ConcurrentHashMap<>();
  /** Never reset, so assigned IDs are never reused. */
  private final AtomicLong idSeq = new AtomicLong();

  /** The state of a Community group, made on first use. */
  Community community(Group group) {
    return communities.computeIfAbsent(group.groupId(), Community::new);
  }

  /** A new assigned topic ID of {@code groupId}. */
  String newTopicId(String groupId) {
    return groupId + TOPIC_INFIX + GroupIds.code(idSeq.incrementAndGet());
  }

  /** A new assigned permission-group ID (the sample's shape: {@code @PMG#_@PMG#c…}). */
  String newPermissionGroupId() {
    return PERMISSION_GROUP_PREFIX + "@PMG#c" + GroupIds.code(idSeq.incrementAndGet());
  }

  /** Records a new topic in the index (the caller holds the community's monitor and added it there). */
  void indexTopic(Community c, String topicId) {
    topicIndex.put(topicId, c.groupId);
  }

  void unindexTopic(String topicId) {
    topicIndex.remove(topicId);
  }

  /** The GroupId of the Community a topic belongs to, or null when {@code topicId} names no live topic. */
  public String topicCommunity(String topicId) {
    return topicId == null ? null : topicIndex.get(topicId);
  }

  /**
   * A message was stored in a topic (for the message endpoints): the topic's LastMsgTime and NextMsgSeq follow.
   * Ignored when the topic is gone.
   */
  public void topicMessage(String topicId, long msgSeq, long msgTime) {
    String groupId = topicCommunity(topicId);
    Community c = groupId == null ? null : communities.get(groupId);
    if (c == null) {
      return;
    }
    synchronized (c) {
      Topic t = c.topics.get(topicId);
      if (t != null) {
        t.lastMsgTime = Math.max(t.lastMsgTime, msgTime);
        t.nextMsgSeq = Math.max(t.nextMsgSeq, msgSeq + 1);
      }
    }
  }

  /** The topic IDs of a Community in creation order (empty for a group without topics). */
  public List<String> topicIds(String groupId) {
    Community c = communities.get(groupId);
    if (c == null) {
      return List.of();
    }
    synchronized (c) {
      return new ArrayList<>(c.topics.keySet());
    }
  }

  /** The permission-group IDs of a Community in creation order. */
  public List<String> permissionGroupIds(String groupId) {
    Community c = communities.get(groupId);
    if (c == null) {
      return List.of();
    }
    synchronized (c) {
      return new ArrayList<>(c.permissionGroups.keySet());
    }
  }

  /** The members of a permission group in the order added (empty when there is no such group). */
  public List<String> permissionGroupMembers(String groupId, String permissionGroupId) {
    Community c = communities.get(groupId);
    if (c == null) {
      return List.of();
    }
    synchronized (c) {
      PermissionGroup pg = c.permissionGroups.get(permissionGroupId);
      return pg == null ? List.of() : new ArrayList<>(pg.members);
    }
  }

  /** A member who leaves the Community leaves its permission groups. */
  @Override
  public void memberLeft(Group group, String userId) {
    Community c = communities.get(group.groupId());
    if (c != null) {
      synchronized (c) {
        c.permissionGroups.values().forEach(pg -> pg.members.remove(userId));
      }
    }
  }

  @Override
  public void dismissed(Group group) {
    Community c = communities.remove(group.groupId());
    if (c != null) {
      synchronized (c) {
        c.topics.keySet().forEach(topicIndex::remove);
      }
    }
  }

  @Override
  public void clear() {
    communities.clear();
    topicIndex.clear();
  }

  @Override
  public String sectionName() {
    return "communities";
  }

  /** Topics and permission groups per Community; the topic index is rebuilt on load. */
  @Override
  public JsonObject save() {
    JsonObject out = new JsonObject();
    communities.forEach((id, c) -> {
      synchronized (c) {
        JsonArray topics = new JsonArray();
        c.topics.values().forEach(t -> topics.add(new JsonObject().put("topicId", t.topicId)
            .put("createTime", t.createTime).put("name", t.name).put("owner", t.owner).put("faceUrl", t.faceUrl)
            .put("notification", t.notification).put("introduction", t.introduction)
            .put("customString", t.customString).put("muteAll", t.muteAll).put("lastMsgTime", t.lastMsgTime)
            .put("nextMsgSeq", t.nextMsgSeq)));
        JsonArray groups = new JsonArray();
        c.permissionGroups.values().forEach(pg -> groups.add(new JsonObject()
            .put("permissionGroupId", pg.permissionGroupId).put("name", pg.name).put("permission", pg.permission)
            .put("customString", pg.customString).put("members", new JsonArray(List.copyOf(pg.members)))
            .put("topicPermissions", Saved.json(pg.topicPermissions))
            .put("deletedTopicPermissions", new JsonArray(List.copyOf(pg.deletedTopicPermissions)))));
        out.put(id, new JsonObject().put("topics", topics).put("permissionGroups", groups));
      }
    });
    return new JsonObject().put("idSeq", idSeq.get()).put("communities", out);
  }

  @Override
  public void load(JsonObject saved) {
    JsonObject all = Saved.object(saved, "communities");
    for (String id : all.fieldNames()) {
      JsonObject o = Saved.object(all, id);
      Community c = new Community(id);
      for (JsonObject t : Saved.objects(o, "topics")) {
        Topic topic = new Topic(Saved.string(t, "topicId"), Saved.number(t, "createTime"));
        topic.name = Saved.nullableString(t, "name");
        topic.owner = Saved.nullableString(t, "owner");
        topic.faceUrl = Saved.string(t, "faceUrl");
        topic.notification = Saved.string(t, "notification");
        topic.introduction = Saved.string(t, "introduction");
        topic.customString = Saved.string(t, "customString");
        topic.muteAll = Saved.bool(t, "muteAll");
        topic.lastMsgTime = Saved.number(t, "lastMsgTime");
        topic.nextMsgSeq = Saved.number(t, "nextMsgSeq");
        c.topics.put(topic.topicId, topic);
        topicIndex.put(topic.topicId, id);
      }
      for (JsonObject g : Saved.objects(o, "permissionGroups")) {
        PermissionGroup pg = new PermissionGroup(Saved.string(g, "permissionGroupId"), Saved.nullableString(g, "name"),
            Saved.number(g, "permission"));
        pg.customString = Saved.string(g, "customString");
        pg.members.addAll(Saved.strings(g, "members"));
        pg.topicPermissions.putAll(Saved.numberMap(g, "topicPermissions"));
        pg.deletedTopicPermissions.addAll(Saved.strings(g, "deletedTopicPermissions"));
        c.permissionGroups.put(pg.permissionGroupId, pg);
      }
      communities.put(id, c);
    }
    idSeq.set(Saved.number(saved, "idSeq"));
  }
}
