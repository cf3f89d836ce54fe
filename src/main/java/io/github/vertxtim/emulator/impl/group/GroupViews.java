package io.github.vertxtim.emulator.impl.group;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Groups and members as the answers show them (get_group_info, get_group_member_info,
 * get_specified_group_member_info, get_joined_group_list), with the pages' filters: a filter lists the field
 * names to answer; null means every field.
 */
final class GroupViews {

  static final List<String> BASE_INFO = List.of("Type", "Name", "Appid", "Introduction", "Notification",
      "FaceUrl", "Owner_Account", "CreateTime", "InfoSeq", "LastInfoTime", "LastMsgTime", "NextMsgSeq", "MemberNum",
      "MaxMemberNum", "ApplyJoinOption", "InviteJoinOption", "MuteAllMember", "ShutUpAllMember");
  static final List<String> MEMBER_INFO = List.of("Role", "JoinTime", "MsgSeq", "MsgFlag", "LastSendMsgTime",
      "ShutUpUntil", "MuteUntil", "NameCard");
  static final List<String> SELF_INFO = List.of("Role", "JoinTime", "MsgFlag", "UnreadMsgNum");

  private GroupViews() {
  }

  /** A group's base info: GroupId always, then the fields of {@code filter} (null: all). Read under the group's lock. */
  static JsonObject baseInfo(Group g, long appId, Collection<String> filter) {
    JsonObject o = new JsonObject().put("GroupId", g.groupId());
    synchronized (g) {
      String onOff = g.muteAllMember() ? "On" : "Off";
      Map<String, Object> all = new java.util.LinkedHashMap<>();
      all.put("Type", g.type().name());
      all.put("Name", g.name());
      all.put("Appid", appId);
      all.put("Introduction", g.introduction());
      all.put("Notification", g.notification());
      all.put("FaceUrl", g.faceUrl());
      all.put("Owner_Account", g.owner() == null ? "" : g.owner());
      all.put("CreateTime", g.createTime());
      all.put("InfoSeq", g.infoSeq());
      all.put("LastInfoTime", g.lastInfoTime());
      all.put("LastMsgTime", g.lastMsgTime());
      all.put("NextMsgSeq", g.nextMsgSeq());
      all.put("MemberNum", g.memberCount());
      all.put("MaxMemberNum", g.maxMemberNum());
      all.put("ApplyJoinOption", g.applyJoinOption().name());
      all.put("InviteJoinOption", g.inviteJoinOption());
      all.put("MuteAllMember", onOff);
      all.put("ShutUpAllMember", onOff);
      all.forEach((k, v) -> {
        if (filter == null || filter.contains(k)) {
          o.put(k, v);
        }
      });
    }
    return o;
  }

  /**
   * A member: Member_Account always, then the fields of {@code filter} (null: all), and AppMemberDefinedData with
   * the keys of {@code dataFilter} (null: all keys; an empty list: none).
   */
  static JsonObject member(GroupMember m, long nextMsgSeq, Collection<String> filter, Collection<String> dataFilter) {
    JsonObject o = new JsonObject().put("Member_Account", m.userId());
    Map<String, Object> all = new java.util.LinkedHashMap<>();
    all.put("Role", m.role().name());
    all.put("JoinTime", m.joinTime());
    all.put("MsgSeq", Math.max(0, nextMsgSeq - 1 - m.unreadMsgNum()));
    all.put("MsgFlag", m.msgFlag());
    all.put("LastSendMsgTime", m.lastSendMsgTime());
    all.put("ShutUpUntil", m.shutUpUntil());
    all.put("MuteUntil", m.shutUpUntil());
    all.put("NameCard", m.nameCard());
    all.forEach((k, v) -> {
      if (filter == null || filter.contains(k)) {
        o.put(k, v);
      }
    });
    if (dataFilter == null || !dataFilter.isEmpty()) {
      o.put("AppMemberDefinedData", data(m.customFields(), dataFilter == null ? k -> true : dataFilter::contains));
    }
    return o;
  }

  /** Custom fields as {@code [{"Key","Value"}]}, only the keys {@code keep} accepts. */
  static JsonArray data(Map<String, String> fields, Predicate<String> keep) {
    JsonArray a = new JsonArray();
    fields.forEach((k, v) -> {
      if (keep.test(k)) {
        a.add(new JsonObject().put("Key", k).put("Value", v));
      }
    });
    return a;
  }
}
