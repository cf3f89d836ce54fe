package io.github.vertxtim.emulator.impl.callback;

import io.github.vertxtim.TimErrorCode;
import io.github.vertxtim.emulator.impl.group.Group;
import io.github.vertxtim.emulator.impl.group.GroupMember;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Group and topic callbacks (shared/api/callbacks.md §6.3; https://trtc.io/document/34368 – 34378, 46979, 49463
 * – 49465, 60396, 76007; the profile and attribute changes are {@link GroupChangeCallbacks}, the read receipts
 * {@link GroupReceiptCallbacks}) and the chatbot's {@code Bot.OnGroupMessage} (https://trtc.io/document/68953) when a group
 * message @-mentions bot accounts. Every rule reads the group before its handler runs, so the after-callbacks of
 * destroy_group or delete_group_member still know the members. import_group, import_group_member and
 * import_group_msg have no rule: imports never call back.
 */
final class GroupCallbacks {

  private static final String BEFORE_CREATE = "Group.CallbackBeforeCreateGroup";
  private static final String AFTER_CREATE = "Group.CallbackAfterCreateGroup";
  private static final String BEFORE_INVITE = "Group.CallbackBeforeInviteJoinGroup";
  private static final String AFTER_JOIN = "Group.CallbackAfterNewMemberJoin";
  private static final String AFTER_EXIT = "Group.CallbackAfterMemberExit";
  static final String BEFORE_SEND = "Group.CallbackBeforeSendMsg";
  static final String AFTER_SEND = "Group.CallbackAfterSendMsg";
  private static final String FULL = "Group.CallbackAfterGroupFull";
  private static final String DESTROYED = "Group.CallbackAfterGroupDestroyed";
  private static final String INFO_CHANGED = "Group.CallbackAfterGroupInfoChanged";
  private static final String OWNER_CHANGED = "Group.CallbackAfterChangeGroupOwner";
  private static final String RECALL = "Group.CallbackAfterRecallMsg";
  private static final String EXTENSION = "Group.CallbackAfterGroupMsgExtension";
  private static final String BEFORE_TOPIC = "Group.CallbackBeforeCreateTopic";
  private static final String AFTER_TOPIC = "Group.CallbackAfterCreateTopic";
  private static final String TOPIC_DESTROYED = "Group.CallbackAfterTopicDestroyed";
  private static final String BOT = "Bot.OnGroupMessage";
  /** add_group_member's per-member Result: 0 failed, 1 added (https://trtc.io/document/34921). */
  private static final int RESULT_FAILED = 0;
  private static final int RESULT_ADDED = 1;

  private final CallbackFacts facts;
  private final GroupReceiptCallbacks receipts;
  private final int refused = TimErrorCode.GROUP_REFUSED_BY_CALLBACK.code();

  /** @param receipts the read receipt a message sent with NeedReadReceipt starts */
  GroupCallbacks(CallbackFacts facts, GroupReceiptCallbacks receipts) {
    this.facts = facts;
    this.receipts = receipts;
  }

  void install(Map<String, CallbackRule> rules) {
    String g = "group_open_http_svc/";
    rules.put(g + "create_group", this::createGroup);
    rules.put(g + "add_group_member", this::addMember);
    rules.put(g + "delete_group_member", this::deleteMember);
    rules.put(g + "send_group_msg", this::sendMsg);
    rules.put(g + "destroy_group", this::destroy);
    rules.put(g + "modify_group_base_info", this::infoChanged);
    rules.put(g + "change_group_owner", this::ownerChanged);
    rules.put(g + "group_msg_recall", this::recall);
    rules.put("openim_msg_ext_http_svc/group_set_key_values", this::extension);
    rules.put("million_group_open_http_svc/create_topic", this::createTopic);
    rules.put("million_group_open_http_svc/destroy_topic", this::destroyTopic);
  }

  /** {@code {"CallbackCommand", "GroupId", "Type"}}: how every group event begins. */
  static JsonObject groupEvent(String command, Group group) {
    return Bodies.event(command).put("GroupId", group.groupId()).put("Type", group.type().name());
  }

  /** The request's GroupId's group, or null. */
  static Group group(CallbackFacts facts, JsonObject request) {
    return request.getValue("GroupId") instanceof String id ? facts.group(id) : null;
  }

  private Group group(JsonObject request) {
    return group(facts, request);
  }

  private Outcome refusedOutcome() {
    return Outcome.reject(refused, "refused: the before-callback failed or timed out");
  }

  private Exchange createGroup(JsonObject request, String ip) {
    String type = Bodies.string(request, "Type", "");
    JsonArray members = new JsonArray();
    Bodies.ids(request.getValue("MemberList"), "Member_Account")
        .forEach(id -> members.add(new JsonObject().put("Member_Account", id)));
    JsonObject body = Bodies.event(BEFORE_CREATE).put("Operator_Account", facts.admin())
        .put("Owner_Account", Bodies.string(request, "Owner_Account", ""))
        .put("Type", type).put("Name", Bodies.string(request, "Name", "")).put("MemberList", members)
        .put("EventTime", facts.clock().millis());
    BeforeCallback before = new BeforeCallback(OutgoingCallback.rest(BEFORE_CREATE, body, ip),
        Decisions.allowReject(BEFORE_CREATE, refused), refusedOutcome());
    return new Exchange(before, (req, answer) -> {
      JsonArray data = new JsonArray();
      for (Object o : Bodies.array(req, "AppDefinedData")) {
        if (o instanceof JsonObject kv) {
          data.add(new JsonObject().put("Key", kv.getValue("Key")).put("Value", kv.getValue("Value")));
        }
      }
      return List.of(OutgoingCallback.rest(AFTER_CREATE, Bodies.event(AFTER_CREATE)
          .put("GroupId", answer.getString("GroupId")).put("Operator_Account", facts.admin())
          .put("Owner_Account", Bodies.string(req, "Owner_Account", "")).put("Type", type)
          .put("Name", Bodies.string(req, "Name", "")).put("MemberList", members.copy())
          .put("UserDefinedDataList", data).put("EventTime", facts.clock().millis()), ip));
    });
  }

  /** The invite asks first; refused members get Result 0 and stay out; the joined ones are told after. */
  private Exchange addMember(JsonObject request, String ip) {
    Group group = group(request);
    if (group == null) {
      return Exchange.NONE;
    }
    List<String> invited = Bodies.ids(request.getValue("MemberList"), "Member_Account");
    JsonObject body = groupEvent(BEFORE_INVITE, group).put("Operator_Account", facts.admin())
        .put("DestinationMembers", Bodies.accounts("Member_Account", invited))
        .put("EventTime", facts.clock().millis());
    Decider decider = Decisions.refuse(BEFORE_INVITE, refused, "RefusedMembers_Account",
        (req, refusedIds) -> refuseMembers(req, refusedIds));
    BeforeCallback before = new BeforeCallback(OutgoingCallback.rest(BEFORE_INVITE, body, ip), decider,
        refusedOutcome());
    return new Exchange(before, (req, answer) -> {
      List<String> joined = new ArrayList<>();
      for (Object o : Bodies.array(answer, "MemberList")) {
        if (o instanceof JsonObject m && Bodies.number(m.getValue("Result"), RESULT_FAILED) == RESULT_ADDED) {
          joined.add(m.getString("Member_Account"));
        }
      }
      List<OutgoingCallback> out = new ArrayList<>(2);
      if (!joined.isEmpty()) {
        out.add(OutgoingCallback.rest(AFTER_JOIN, groupEvent(AFTER_JOIN, group).put("JoinType", "Invited")
            .put("Operator_Account", facts.admin()).put("NewMemberList", Bodies.accounts("Member_Account", joined))
            .put("EventTime", facts.clock().millis()), ip));
        if (group.memberCount() >= group.maxMemberNum()) {
          out.add(OutgoingCallback.rest(FULL, Bodies.event(FULL).put("GroupId", group.groupId())
              .put("EventTime", facts.clock().millis()), ip));
        }
      }
      return out;
    });
  }

  private static Outcome refuseMembers(JsonObject request, Set<String> refusedIds) {
    JsonArray kept = new JsonArray();
    for (Object o : Bodies.array(request, "MemberList")) {
      if (!(o instanceof JsonObject m && refusedIds.contains(m.getValue("Member_Account")))) {
        kept.add(o);
      }
    }
    request.put("MemberList", kept);
    return Outcome.proceed(request, answer -> {
      JsonArray results = Bodies.array(answer, "MemberList");
      refusedIds.forEach(id -> results.add(new JsonObject().put("Member_Account", id).put("Result", RESULT_FAILED)));
      return answer.put("MemberList", results);
    });
  }

  private Exchange deleteMember(JsonObject request, String ip) {
    Group group = group(request);
    if (group == null) {
      return Exchange.NONE;
    }
    List<String> leaving = Bodies.ids(request.getValue("MemberToDel_Account"), "Member_Account").stream()
        .filter(group::isMember).toList();
    return Exchange.after((req, answer) -> leaving.isEmpty() ? List.of() : List.of(OutgoingCallback.rest(AFTER_EXIT,
        groupEvent(AFTER_EXIT, group).put("ExitType", "Kicked").put("Operator_Account", facts.admin())
            .put("ExitMemberList", Bodies.accounts("Member_Account", leaving))
            .put("EventTime", facts.clock().millis()), ip)));
  }

  private Exchange sendMsg(JsonObject request, String ip) {
    Group group = group(request);
    if (group == null) {
      return Exchange.NONE;
    }
    long time = facts.clock().seconds();
    JsonObject body = message(BEFORE_SEND, group, request);
    Decider decider = Decisions.message(BEFORE_SEND, refused,
        () -> new JsonObject().put("MsgTime", time).put("MsgSeq", group.nextMsgSeq()));
    BeforeCallback before = new BeforeCallback(OutgoingCallback.rest(BEFORE_SEND, body, ip), decider,
        refusedOutcome());
    return new Exchange(before, (req, answer) -> {
      List<OutgoingCallback> out = new ArrayList<>(2);
      JsonObject after = message(AFTER_SEND, group, req).put("MsgSeq", answer.getValue("MsgSeq"))
          .put("MsgTime", answer.getValue("MsgTime"));
      Bodies.copy(req, after, "GroupAtInfo");
      out.add(OutgoingCallback.rest(AFTER_SEND, after, ip));
      OutgoingCallback receipt = receipts.sent(group, req, answer, ip);
      if (receipt != null) {
        out.add(receipt);
      }
      List<String> bots = new ArrayList<>();
      for (String at : Bodies.ids(req.getValue("GroupAtInfo"), "GroupAt_Account")) {
        if (facts.isRobot(at) && !bots.contains(at)) {
          bots.add(at);
        }
      }
      if (!bots.isEmpty()) {
        out.add(OutgoingCallback.rest(BOT, message(BOT, group, req).put("MsgSeq", answer.getValue("MsgSeq"))
            .put("MsgTime", answer.getValue("MsgTime")).put("AtRobots_Account", new JsonArray(bots)), ip));
      }
      return out;
    });
  }

  private JsonObject message(String command, Group group, JsonObject request) {
    JsonObject body = groupEvent(command, group).put("From_Account", Bodies.from(request, facts))
        .put("Operator_Account", facts.admin()).put("Random", Bodies.number(request.getValue("Random"), 0))
        .put("OnlineOnlyFlag", Bodies.number(request.getValue("OnlineOnlyFlag"), 0))
        .put("MsgBody", Bodies.array(request, "MsgBody"));
    Bodies.copy(request, body, "CloudCustomData", "TopicId");
    return body.put("EventTime", facts.clock().millis());
  }

  private Exchange destroy(JsonObject request, String ip) {
    Group group = group(request);
    if (group == null) {
      return Exchange.NONE;
    }
    List<String> members = group.members().stream().map(GroupMember::userId).toList();
    String owner = group.owner();
    String name = group.name();
    return Exchange.after((req, answer) -> List.of(OutgoingCallback.rest(DESTROYED, groupEvent(DESTROYED, group)
        .put("Owner_Account", owner == null ? "" : owner).put("Name", name == null ? "" : name)
        .put("MemberList", Bodies.accounts("Member_Account", members))
        .put("EventTime", facts.clock().millis()), ip)));
  }

  private Exchange infoChanged(JsonObject request, String ip) {
    Group group = group(request);
    if (group == null) {
      return Exchange.NONE;
    }
    return Exchange.after((req, answer) -> List.of(OutgoingCallback.rest(INFO_CHANGED,
        Bodies.copy(req, groupEvent(INFO_CHANGED, group).put("Operator_Account", facts.admin()),
            "Name", "Introduction", "Notification", "FaceUrl").put("EventTime", facts.clock().millis()), ip)));
  }

  private Exchange ownerChanged(JsonObject request, String ip) {
    Group group = group(request);
    if (group == null) {
      return Exchange.NONE;
    }
    String old = group.owner();
    return Exchange.after((req, answer) -> List.of(OutgoingCallback.rest(OWNER_CHANGED,
        groupEvent(OWNER_CHANGED, group).put("Operator_Account", facts.admin())
            .put("OldOwner_Account", old == null ? "" : old)
            .put("NewOwner_Account", Bodies.string(req, "NewOwner_Account", ""))
            .put("EventTime", facts.clock().millis()), ip)));
  }

  /** Only the messages recalled (RetCode 0) are in the event. */
  private Exchange recall(JsonObject request, String ip) {
    Group group = group(request);
    if (group == null) {
      return Exchange.NONE;
    }
    return Exchange.after((req, answer) -> {
      JsonArray recalled = new JsonArray();
      for (Object o : Bodies.array(answer, "RecallRetList")) {
        if (o instanceof JsonObject r && Bodies.number(r.getValue("RetCode"), 1) == 0) {
          recalled.add(new JsonObject().put("MsgSeq", r.getValue("MsgSeq")));
        }
      }
      if (recalled.isEmpty()) {
        return List.of();
      }
      JsonObject body = groupEvent(RECALL, group).put("Operator_Account", facts.admin()).put("MsgSeqList", recalled);
      Bodies.copy(req, body, "TopicId");
      return List.of(OutgoingCallback.rest(RECALL, body.put("EventTime", facts.clock().millis()), ip));
    });
  }

  private Exchange extension(JsonObject request, String ip) {
    return Exchange.after((req, answer) -> {
      JsonArray set = new JsonArray();
      long seq = 0;
      for (Object o : Bodies.array(answer, "ExtensionList")) {
        if (o instanceof JsonObject item && Bodies.number(item.getValue("ErrorCode"), 1) == 0
            && item.getValue("Extension") instanceof JsonObject ext) {
          set.add(ext.copy());
          seq = Math.max(seq, Bodies.number(ext.getValue("Seq"), 0));
        }
      }
      return List.of(OutgoingCallback.rest(EXTENSION, Bodies.copy(req, Bodies.event(EXTENSION), "GroupId", "MsgSeq")
          .put("OperateType", Bodies.number(req.getValue("OperateType"), 1)).put("ExtensionList", set)
          .put("Seq", seq).put("EventTime", facts.clock().millis()), ip));
    });
  }

  private Exchange createTopic(JsonObject request, String ip) {
    Group community = group(request);
    if (community == null) {
      return Exchange.NONE;
    }
    String name = Bodies.string(request, "TopicName", "");
    JsonObject body = Bodies.event(BEFORE_TOPIC).put("GroupId", community.groupId())
        .put("Operator_Account", facts.admin()).put("Type", community.type().name()).put("Name", name)
        .put("EventTime", facts.clock().millis());
    BeforeCallback before = new BeforeCallback(OutgoingCallback.rest(BEFORE_TOPIC, body, ip),
        Decisions.allowReject(BEFORE_TOPIC, refused), refusedOutcome());
    return new Exchange(before, (req, answer) -> List.of(OutgoingCallback.rest(AFTER_TOPIC,
        groupEvent(AFTER_TOPIC, community).put("TopicId", answer.getValue("TopicId"))
            .put("Operator_Account", facts.admin())
            .put("Owner_Account", Bodies.string(req, "From_Account", facts.admin()))
            .put("Name", Bodies.string(req, "TopicName", name)).put("UserDefinedDataList", new JsonArray())
            .put("EventTime", facts.clock().millis()), ip)));
  }

  /** Only the topics destroyed (ErrorCode 0) are in the event. */
  private Exchange destroyTopic(JsonObject request, String ip) {
    Group community = group(request);
    if (community == null) {
      return Exchange.NONE;
    }
    return Exchange.after((req, answer) -> {
      JsonArray ids = new JsonArray();
      for (Object o : Bodies.array(answer, "DestroyResultItem")) {
        if (o instanceof JsonObject r && Bodies.number(r.getValue("ErrorCode"), 1) == 0) {
          ids.add(r.getValue("TopicId"));
        }
      }
      return ids.isEmpty() ? List.of() : List.of(OutgoingCallback.rest(TOPIC_DESTROYED,
          groupEvent(TOPIC_DESTROYED, community).put("TopicIdList", ids).put("EventTime", facts.clock().millis()),
          ip));
    });
  }
}
