package io.github.vertxtim.emulator.impl.group;

import io.github.vertxtim.emulator.impl.group.GroupType.ApplyJoinOption;

import io.github.vertxtim.emulator.impl.shared.Saved;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One live group: its fixed identity (ID, type, creation sequence and time) and its changing profile and members.
 * Every accessor and mutator holds the group's monitor, so a handler that needs several steps to be atomic (check
 * then change) does them inside {@code synchronized (group) { … }}; the lock is never held across I/O. Members are
 * kept in join order. Membership changes also update the owning {@link GroupState}'s per-user index, so always
 * change members through this class.
 */
public final class Group {

  /** How invitations work when create_group names no InviteJoinOption: invitees join at once. */
  public static final String DEFAULT_INVITE_JOIN_OPTION = "FreeAccess";

  private final String groupId;
  private final GroupType type;
  private final long seq;
  private final long createTime;
  private final GroupState state;

  private String owner;
  private String name;
  private String introduction = "";
  private String notification = "";
  private String faceUrl = "";
  private long maxMemberNum;
  private ApplyJoinOption applyJoinOption;
  private String inviteJoinOption = DEFAULT_INVITE_JOIN_OPTION;
  private boolean muteAllMember;
  private boolean supportTopic;
  private long infoSeq = 1;
  private long nextMsgSeq = 1;
  private long lastInfoTime;
  private long lastMsgTime;
  private Map<String, String> customFields = Map.of();
  private boolean dismissed;
  private final LinkedHashMap<String, GroupMember> members = new LinkedHashMap<>();

  Group(GroupState state, String groupId, GroupType type, long seq, long createTime, String name, long maxMemberNum) {
    this.state = state;
    this.groupId = Objects.requireNonNull(groupId, "groupId");
    this.type = Objects.requireNonNull(type, "type");
    this.seq = seq;
    this.createTime = createTime;
    this.name = name == null ? groupId : name;
    this.maxMemberNum = maxMemberNum;
    this.applyJoinOption = type.defaultApplyJoinOption();
    this.lastInfoTime = createTime;
  }

  public String groupId() {
    return groupId;
  }

  public GroupType type() {
    return type;
  }

  /** Creation sequence number: orders groups in app-wide listings, never reused. */
  public long seq() {
    return seq;
  }

  /** Seconds since the epoch (CreateTime; import_group may set it in the past). */
  public long createTime() {
    return createTime;
  }

  /** The owner's UserID, or null for a group without an owner (created without Owner_Account). */
  public synchronized String owner() {
    return owner;
  }

  public synchronized String name() {
    return name;
  }

  public synchronized void name(String value) {
    name = Objects.requireNonNull(value);
  }

  public synchronized String introduction() {
    return introduction;
  }

  public synchronized void introduction(String value) {
    introduction = Objects.requireNonNull(value);
  }

  public synchronized String notification() {
    return notification;
  }

  public synchronized void notification(String value) {
    notification = Objects.requireNonNull(value);
  }

  public synchronized String faceUrl() {
    return faceUrl;
  }

  public synchronized void faceUrl(String value) {
    faceUrl = Objects.requireNonNull(value);
  }

  public synchronized long maxMemberNum() {
    return maxMemberNum;
  }

  public synchronized void maxMemberNum(long value) {
    maxMemberNum = value;
  }

  public synchronized ApplyJoinOption applyJoinOption() {
    return applyJoinOption;
  }

  public synchronized void applyJoinOption(ApplyJoinOption value) {
    applyJoinOption = Objects.requireNonNull(value);
  }

  /** FreeAccess, NeedPermission or DisableInvite: how invited (added) members join. */
  public synchronized String inviteJoinOption() {
    return inviteJoinOption;
  }

  public synchronized void inviteJoinOption(String value) {
    inviteJoinOption = Objects.requireNonNull(value);
  }

  /** Whether a Community has topics (create_group's SupportTopic 1). */
  public synchronized boolean supportTopic() {
    return supportTopic;
  }

  public synchronized void supportTopic(boolean value) {
    supportTopic = value;
  }

  /** The profile's version (InfoSeq): 1 at creation, one more with each profile change ({@link #profileChanged}). */
  public synchronized long infoSeq() {
    return infoSeq;
  }

  /** Records a profile change at {@code seconds}: LastInfoTime and InfoSeq move on. */
  public synchronized void profileChanged(long seconds) {
    lastInfoTime = seconds;
    infoSeq++;
  }

  /**
   * The MsgSeq the next group message will get (NextMsgSeq): 1 for a new group. The group message store sets it
   * as it assigns sequence numbers.
   */
  public synchronized long nextMsgSeq() {
    return nextMsgSeq;
  }

  public synchronized void nextMsgSeq(long value) {
    nextMsgSeq = value;
  }

  /** Whether "mute all" is on: then only the owner and admins may send. */
  public synchronized boolean muteAllMember() {
    return muteAllMember;
  }

  public synchronized void muteAllMember(boolean value) {
    muteAllMember = value;
  }

  /** When the profile last changed (LastInfoTime), seconds. */
  public synchronized long lastInfoTime() {
    return lastInfoTime;
  }

  public synchronized void lastInfoTime(long seconds) {
    lastInfoTime = seconds;
  }

  /** When the last message was sent (LastMsgTime), seconds; 0 if none. Group messages set it. */
  public synchronized long lastMsgTime() {
    return lastMsgTime;
  }

  public synchronized void lastMsgTime(long seconds) {
    lastMsgTime = seconds;
  }

  /** AppDefinedData keys and values (a copy). */
  public synchronized Map<String, String> customFields() {
    return customFields;
  }

  public synchronized void customFields(Map<String, String> value) {
    customFields = Map.copyOf(value);
  }

  /** Whether destroy_group has run: a dismissed group is gone from every lookup (10010). */
  public synchronized boolean dismissed() {
    return dismissed;
  }

  synchronized void markDismissed() {
    dismissed = true;
  }

  // members

  public synchronized boolean isMember(String userId) {
    return members.containsKey(userId);
  }

  /** The member, or null. */
  public synchronized GroupMember member(String userId) {
    return members.get(userId);
  }

  /** The member's role, or null when not a member. */
  public synchronized MemberRole role(String userId) {
    GroupMember m = members.get(userId);
    return m == null ? null : m.role();
  }

  /** A copy of the members in join order. */
  public synchronized List<GroupMember> members() {
    return new ArrayList<>(members.values());
  }

  public synchronized int memberCount() {
    return members.size();
  }

  /** The admins' UserIDs in join order. */
  public synchronized List<String> admins() {
    return members.values().stream().filter(m -> m.role() == MemberRole.Admin).map(GroupMember::userId).toList();
  }

  /**
   * Whether {@code userId} may not send at {@code nowSeconds}: their own mute is running, or "mute all" is on and
   * they are neither owner nor admin.
   */
  public synchronized boolean isMuted(String userId, long nowSeconds) {
    GroupMember m = members.get(userId);
    if (m == null) {
      return false;
    }
    return m.mutedAt(nowSeconds) || (muteAllMember && !m.role().manages());
  }

  /**
   * Adds or replaces a member (a new Owner role also makes them the owner). Returns the previous value or null.
   * Does not check the member limit: callers check {@link #memberCount()} against {@link #maxMemberNum()} first.
   */
  public synchronized GroupMember putMember(GroupMember member) {
    GroupMember previous = members.put(member.userId(), member);
    if (member.role() == MemberRole.Owner) {
      owner = member.userId();
    } else if (member.userId().equals(owner)) {
      owner = null;
    }
    if (previous == null) {
      state.indexJoin(member.userId(), groupId);
    }
    return previous;
  }

  /** Removes a member (the owner too, leaving the group ownerless). Returns the removed member or null. */
  public synchronized GroupMember removeMember(String userId) {
    GroupMember removed = members.remove(userId);
    if (removed != null) {
      if (userId.equals(owner)) {
        owner = null;
      }
      state.indexLeave(userId, groupId);
    }
    return removed;
  }

  /**
   * Makes {@code newOwner} (already a member) the owner; the former owner becomes a plain Member. Returns false if
   * {@code newOwner} is not a member.
   */
  public synchronized boolean transferOwner(String newOwner) {
    GroupMember next = members.get(newOwner);
    if (next == null) {
      return false;
    }
    if (owner != null && !owner.equals(newOwner)) {
      GroupMember old = members.get(owner);
      if (old != null) {
        members.put(owner, old.withRole(MemberRole.Member));
      }
    }
    members.put(newOwner, next.withRole(MemberRole.Owner));
    owner = newOwner;
    return true;
  }

  /** Removes every member; used when the group is dismissed. */
  synchronized List<GroupMember> removeAllMembers() {
    List<GroupMember> all = new ArrayList<>(members.values());
    all.forEach(m -> state.indexLeave(m.userId(), groupId));
    members.clear();
    owner = null;
    return all;
  }

  // snapshots

  /** The group as a snapshot saves it: identity, profile and members in join order. */
  synchronized JsonObject toJson() {
    JsonArray list = new JsonArray();
    members.values().forEach(m -> list.add(new JsonObject().put("userId", m.userId()).put("role", m.role().name())
        .put("joinTime", m.joinTime()).put("msgFlag", m.msgFlag()).put("shutUpUntil", m.shutUpUntil())
        .put("nameCard", m.nameCard()).put("lastSendMsgTime", m.lastSendMsgTime())
        .put("unreadMsgNum", m.unreadMsgNum()).put("customFields", Saved.json(m.customFields()))));
    return new JsonObject().put("groupId", groupId).put("type", type.name()).put("seq", seq)
        .put("createTime", createTime).put("name", name).put("introduction", introduction)
        .put("notification", notification).put("faceUrl", faceUrl).put("maxMemberNum", maxMemberNum)
        .put("applyJoinOption", applyJoinOption.name()).put("inviteJoinOption", inviteJoinOption)
        .put("muteAllMember", muteAllMember).put("supportTopic", supportTopic).put("infoSeq", infoSeq)
        .put("nextMsgSeq", nextMsgSeq).put("lastInfoTime", lastInfoTime).put("lastMsgTime", lastMsgTime)
        .put("customFields", Saved.json(customFields)).put("members", list);
  }

  /** A group read back from {@link #toJson}; its members are indexed in {@code state} without telling listeners. */
  static Group fromJson(GroupState state, JsonObject o) {
    GroupType type = GroupType.valueOf(Saved.string(o, "type"));
    Group g = new Group(state, Saved.string(o, "groupId"), type, Saved.number(o, "seq"),
        Saved.number(o, "createTime"), Saved.string(o, "name"), Saved.number(o, "maxMemberNum"));
    synchronized (g) {
      g.introduction = Saved.string(o, "introduction");
      g.notification = Saved.string(o, "notification");
      g.faceUrl = Saved.string(o, "faceUrl");
      g.applyJoinOption = ApplyJoinOption.valueOf(Saved.string(o, "applyJoinOption"));
      g.inviteJoinOption = Saved.string(o, "inviteJoinOption");
      g.muteAllMember = Saved.bool(o, "muteAllMember");
      g.supportTopic = Saved.bool(o, "supportTopic");
      g.infoSeq = Saved.number(o, "infoSeq");
      g.nextMsgSeq = Saved.number(o, "nextMsgSeq");
      g.lastInfoTime = Saved.number(o, "lastInfoTime");
      g.lastMsgTime = Saved.number(o, "lastMsgTime");
      g.customFields = Map.copyOf(Saved.stringMap(o, "customFields"));
      for (JsonObject m : Saved.objects(o, "members")) {
        GroupMember member = new GroupMember(Saved.string(m, "userId"), MemberRole.valueOf(Saved.string(m, "role")),
            Saved.number(m, "joinTime"), Saved.string(m, "msgFlag"), Saved.number(m, "shutUpUntil"),
            Saved.string(m, "nameCard"), Saved.number(m, "lastSendMsgTime"), Saved.number(m, "unreadMsgNum"),
            Saved.stringMap(m, "customFields"));
        g.members.put(member.userId(), member);
        if (member.role() == MemberRole.Owner) {
          g.owner = member.userId();
        }
        state.index(member.userId(), g.groupId);
      }
    }
    return g;
  }

  @Override
  public synchronized String toString() {
    return "Group[" + groupId + ", " + type + ", members=" + members.size() + "]";
  }
}
