package io.github.vertxtim.emulator.impl.group;

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
public final class CommunityState implements GroupListener {

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

  public void clear() {
    communities.clear();
    topicIndex.clear();
  }
}
