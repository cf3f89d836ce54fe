package io.github.vertxtim.emulator.impl.group;

import io.github.vertxtim.TimErrorCode;
import io.github.vertxtim.emulator.EmulatorLimit;
import io.github.vertxtim.emulator.TimEmulatorOptions;
import io.github.vertxtim.emulator.impl.shared.Accounts;
import io.github.vertxtim.emulator.impl.shared.EmulatorError;
import io.github.vertxtim.emulator.impl.shared.Fields;
import io.github.vertxtim.emulator.impl.shared.HandlerTable;
import io.github.vertxtim.emulator.impl.shared.MessageBodyLimit;
import io.github.vertxtim.emulator.impl.shared.MessageHooks;
import io.github.vertxtim.emulator.impl.shared.MessageStore;
import io.github.vertxtim.emulator.impl.shared.StoredMessage;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.util.List;
import java.util.Map;

import static io.github.vertxtim.emulator.impl.group.GroupBodies.INVALID;
import static io.github.vertxtim.emulator.impl.group.GroupBodies.MAX_UINT32;

/**
 * Group messages: send_group_msg, send_group_system_notification, send_broadcast_msg, group_msg_recall,
 * import_group_msg, delete_group_msg_by_sender, group_msg_get_simple, modify_group_msg and clear_group_msg, from the
 * official pages (https://www.tencentcloud.com/document/product/1047/34959, https://www.tencentcloud.com/document/product/1047/34958, https://trtc.io/document/49440, https://www.tencentcloud.com/document/product/1047/34965, https://trtc.io/document/34968, https://www.tencentcloud.com/document/product/1047/34970, https://www.tencentcloud.com/document/product/1047/34971, https://www.tencentcloud.com/document/product/1047/47948, https://trtc.io/document/65970).
 */
public final class GroupMessageHandlers {

  /** MsgPriority names and the numbers group_msg_get_simple answers (1 High … 4 Lowest). */
  static final Map<String, Integer> PRIORITIES = Map.of("High", 1, "Normal", 2, "Low", 3, "Lowest", 4);
  /** Group types whose messages may be targeted at some members (To_Account). */
  private static final List<GroupType> TARGETABLE = List.of(GroupType.Private, GroupType.Public, GroupType.ChatRoom);
  private static final int MAX_TO_ACCOUNT = 50;
  private static final int MAX_REASON_BYTES = 100;
  private static final int MAX_PULL = 20;

  private final GroupState groups;
  private final GroupMessageState state;
  private final Accounts accounts;
  private final MessageHooks hooks;
  private final String admin;
  private final long recallWindowSeconds;
  private final GroupRate sendRate;

  public GroupMessageHandlers(GroupState groups, GroupMessageState state, Accounts accounts, MessageHooks hooks,
                              TimEmulatorOptions options) {
    this.groups = groups;
    this.state = state;
    this.accounts = accounts;
    this.hooks = hooks;
    this.admin = options.getAdminIdentifier();
    this.recallWindowSeconds = options.getLimit(EmulatorLimit.GROUP_RECALL_WINDOW_SECONDS);
    this.sendRate = new GroupRate(state.clock(), options.getLimit(EmulatorLimit.GROUP_MESSAGES_PER_SECOND));
    groups.addListener(new GroupListener() {
      @Override
      public void dismissed(Group group) {
        sendRate.forget(group.groupId());
      }
    });
  }

  public void install(HandlerTable table) {
    table.handle("group_open_http_svc/send_group_msg", this::sendGroupMsg);
    table.handle("group_open_http_svc/send_group_system_notification", this::sendGroupSystemNotification);
    table.handle("group_open_http_svc/send_broadcast_msg", this::sendBroadcastMsg);
    table.handle("group_open_http_svc/group_msg_recall", this::groupMsgRecall);
    table.handle("group_open_http_svc/import_group_msg", this::importGroupMsg);
    table.handle("group_open_http_svc/delete_group_msg_by_sender", this::deleteGroupMsgBySender);
    table.handle("group_open_http_svc/group_msg_get_simple", this::groupMsgGetSimple);
    table.handle("openim/modify_group_msg", this::modifyGroupMsg);
    table.handle("group_open_http_svc/clear_group_msg", this::clearGroupMsg);
  }

  /**
   * A message to the group from the admin, or from member From_Account (10019 unknown account, 10007 not a member,
   * 10017 muted). MsgBody non-empty and at most 12 KB (80002); Random de-duplicates within five minutes (a repeat
   * answers the first send's MsgSeq and MsgTime); 40 messages a second per group (10023). AVChatRoom and
   * OnlineOnlyFlag 1 messages are not kept (no history); the rest get the group's next MsgSeq.
   */
  JsonObject sendGroupMsg(JsonObject body) {
    Group g = groups.require(body.getValue("GroupId"));
    String topicId = Fields.optionalString(body, "TopicId", INVALID);
    JsonArray msgBody = GroupBodies.msgBody(body, "MsgBody");
    MessageBodyLimit.GROUP.check(msgBody);
    String from = Fields.optionalString(body, "From_Account", INVALID);
    boolean fromAdmin = from == null || from.isEmpty() || from.equals(admin);
    String sender = fromAdmin ? admin : from;
    Long random = body.containsKey("Random") ? GroupBodies.optionalInteger(body, "Random", 0, 0, MAX_UINT32) : null;
    boolean onlineOnly = GroupBodies.optionalInteger(body, "OnlineOnlyFlag", 0, 0, 1) == 1;
    String priority = Fields.optionalString(body, "MsgPriority", INVALID);
    if (priority != null && !PRIORITIES.containsKey(priority)) {
      throw new EmulatorError(INVALID, "MsgPriority must be one of High, Normal, Low, Lowest");
    }
    List<String> toAccounts = GroupBodies.optionalStrings(body, "To_Account");
    if (toAccounts != null && (toAccounts.size() > MAX_TO_ACCOUNT || !TARGETABLE.contains(g.type()))) {
      throw new EmulatorError(toAccounts.size() > MAX_TO_ACCOUNT ? INVALID : TimErrorCode.GROUP_NO_PERMISSION.code(),
          "To_Account holds at most " + MAX_TO_ACCOUNT + " members and works in Private, Public and ChatRoom groups");
    }
    boolean needReceipt = GroupBodies.optionalInteger(body, "NeedReadReceipt", 0, 0, 1) == 1;
    long supportExtension = GroupBodies.optionalInteger(body, "SupportMessageExtension", 0, 0, 1);
    String cloudCustomData = Fields.optionalString(body, "CloudCustomData", INVALID);
    long now = state.clock().seconds();
    if (!fromAdmin) {
      checkSender(g, from, now);
    }
    String conversation = GroupMessageState.conversation(g.groupId(), topicId);
    if (random != null) {
      GroupMessageState.Sent repeat = state.repeatedSend(conversation, sender, random);
      if (repeat != null) {
        return new JsonObject().put("MsgTime", repeat.msgTime()).put("MsgSeq", repeat.msgSeq());
      }
    }
    if (!sendRate.tryAcquire(g.groupId())) {
      throw new EmulatorError(TimErrorCode.GROUP_SEND_RATE_EXCEEDED.code(),
          "group " + g.groupId() + " takes at most its quota of messages per second");
    }
    MessageHooks.Outgoing outgoing = new MessageHooks.Outgoing(MessageHooks.Kind.GROUP, sender, fromAdmin,
        g.groupId(), msgBody);
    hooks.check(outgoing);
    JsonObject fields = new JsonObject().put("From_Account", sender).put("MsgBody", msgBody)
        .put("MsgPriority", PRIORITIES.getOrDefault(priority == null ? "Normal" : priority, 2)).put("IsSystemMsg", 0)
        .put("SupportMessageExtension", supportExtension);
    if (cloudCustomData != null) {
      fields.put("CloudCustomData", cloudCustomData);
    }
    if (toAccounts != null) {
      fields.put("To_Account", new JsonArray(List.copyOf(toAccounts)));
    }
    long msgRandom = random == null ? 0 : random;
    StoredMessage stored;
    if (onlineOnly) {
      stored = transientMessage(0, now, msgRandom, fields);
    } else if (!g.type().keepsHistory()) {
      stored = transientMessage(state.nextLiveSeq(conversation), now, msgRandom, fields);
    } else {
      stored = state.store().append(conversation, null, now, msgRandom, fields);
      if (needReceipt && GroupReceiptHandlers.supportsReceipts(g.type())) {
        state.receipts().track(conversation, stored.msgSeq(), sender);
      }
    }
    if (random != null) {
      state.rememberSend(conversation, sender, random, stored.msgSeq(), stored.msgTime());
    }
    noteSent(g, topicId == null && stored.msgSeq() > 0 ? stored.msgSeq() : 0, fromAdmin ? null : from, now);
    hooks.accepted(outgoing, stored, false);
    return new JsonObject().put("MsgTime", stored.msgTime()).put("MsgSeq", stored.msgSeq());
  }

  /**
   * A system notification (Content, a non-empty string) to every member, or to the members in ToMembers_Account
   * (others are skipped). Not a chat message: no MsgSeq, no history; kept among the group's notices.
   */
  JsonObject sendGroupSystemNotification(JsonObject body) {
    Group g = groups.require(body.getValue("GroupId"));
    String content = GroupBodies.requiredString(body, "Content");
    List<String> to = GroupBodies.optionalStrings(body, "ToMembers_Account");
    JsonArray receivers = new JsonArray();
    if (to == null || to.isEmpty()) {
      g.members().forEach(m -> receivers.add(m.userId()));
    } else {
      to.stream().distinct().filter(g::isMember).forEach(receivers::add);
    }
    state.keepNotice(g.groupId(), new JsonObject().put("Kind", "SystemNotification").put("Content", content)
        .put("ToMembers_Account", receivers).put("Time", state.clock().seconds()));
    return new JsonObject();
  }

  /**
   * One message to every AVChatRoom of the app (https://trtc.io/document/49440): From_Account optional (must be imported, 10019), body
   * as for send_group_msg, Random de-duplicating within five minutes. Each room's message hooks run; nothing is
   * stored (AVChatRooms keep no history). Answers the broadcast's MsgSeq.
   */
  JsonObject sendBroadcastMsg(JsonObject body) {
    JsonArray msgBody = GroupBodies.msgBody(body, "MsgBody");
    MessageBodyLimit.GROUP.check(msgBody);
    String from = Fields.optionalString(body, "From_Account", INVALID);
    boolean fromAdmin = from == null || from.isEmpty() || from.equals(admin);
    String sender = fromAdmin ? admin : from;
    if (!fromAdmin && !accounts.exists(from)) {
      throw new EmulatorError(TimErrorCode.GROUP_ACCOUNT_NOT_FOUND.code(), "From_Account not imported: " + from);
    }
    Long random = body.containsKey("Random") ? GroupBodies.optionalInteger(body, "Random", 0, 0, MAX_UINT32) : null;
    String cloudCustomData = Fields.optionalString(body, "CloudCustomData", INVALID);
    String broadcast = "broadcast:";
    if (random != null) {
      GroupMessageState.Sent repeat = state.repeatedSend(broadcast, sender, random);
      if (repeat != null) {
        return new JsonObject().put("MsgSeq", repeat.msgSeq());
      }
    }
    List<Group> rooms = groups.all().stream().filter(r -> r.type() == GroupType.AVChatRoom).toList();
    for (Group room : rooms) {
      hooks.check(new MessageHooks.Outgoing(MessageHooks.Kind.GROUP, sender, fromAdmin, room.groupId(), msgBody));
    }
    long seq = state.nextBroadcastSeq();
    long now = state.clock().seconds();
    JsonObject fields = new JsonObject().put("From_Account", sender).put("MsgBody", msgBody);
    if (cloudCustomData != null) {
      fields.put("CloudCustomData", cloudCustomData);
    }
    StoredMessage sent = transientMessage(seq, now, random == null ? 0 : random, fields);
    for (Group room : rooms) {
      state.keepNotice(room.groupId(), new JsonObject().put("Kind", "Broadcast").put("MsgSeq", seq)
          .put("From_Account", sender).put("MsgBody", msgBody.copy()).put("Time", now));
      hooks.accepted(new MessageHooks.Outgoing(MessageHooks.Kind.GROUP, sender, fromAdmin, room.groupId(), msgBody),
          sent, false);
    }
    if (random != null) {
      state.rememberSend(broadcast, sender, random, seq, now);
    }
    return new JsonObject().put("MsgSeq", seq);
  }

  /**
   * Recalls up to 10 messages (more: 10005 before this handler). Per MsgSeq: 0 recalled, 10030 not found (never
   * sent, deleted, or in an AVChatRoom, which keeps none), 10031 older than the recall window
   * ({@link EmulatorLimit#GROUP_RECALL_WINDOW_SECONDS}, 0 = any time), 10032 already recalled or a system message.
   */
  JsonObject groupMsgRecall(JsonObject body) {
    Group g = groups.require(body.getValue("GroupId"));
    String conversation = GroupMessageState.conversation(g.groupId(), Fields.optionalString(body, "TopicId", INVALID));
    List<Long> seqs = GroupBodies.msgSeqList(body, "MsgSeqList");
    String reason = Fields.optionalString(body, "Reason", INVALID);
    if (reason != null && GroupBodies.utf8Length(reason) > MAX_REASON_BYTES) {
      throw new EmulatorError(INVALID, "Reason is at most " + MAX_REASON_BYTES + " bytes");
    }
    long now = state.clock().seconds();
    JsonArray results = new JsonArray();
    for (long seq : seqs) {
      results.add(new JsonObject().put("MsgSeq", seq).put("RetCode", recallOne(conversation, seq, now)));
    }
    return new JsonObject().put("RecallRetList", results);
  }

  private int recallOne(String conversation, long seq, long now) {
    StoredMessage m = state.message(conversation, seq);
    if (m == null || deleted(m)) {
      return TimErrorCode.GROUP_RECALL_NOT_FOUND.code();
    }
    if (m.recalled() || m.fields().getInteger("IsSystemMsg", 0) == 1) {
      return TimErrorCode.GROUP_MSG_NOT_RECALLABLE.code();
    }
    if (recallWindowSeconds > 0 && now - m.msgTime() > recallWindowSeconds) {
      return TimErrorCode.GROUP_RECALL_TIME_LIMIT.code();
    }
    return switch (state.store().recall(conversation, m.msgKey())) {
      case RECALLED -> 0;
      case ALREADY_RECALLED -> TimErrorCode.GROUP_MSG_NOT_RECALLABLE.code();
      case NOT_FOUND -> TimErrorCode.GROUP_RECALL_NOT_FOUND.code();
    };
  }

  /**
   * Imports up to 7 messages (more: 10005 before this handler), not on AVChatRoom (10007). Each needs From_Account,
   * SendTime and MsgBody (else 10004). Per message Result 0 imported (next MsgSeq, MsgTime = SendTime), 1 a
   * duplicate of an earlier import (same sender, SendTime and Random), 2 failed: SendTime in the future, before the
   * group's creation, or before the group's latest message (imports go oldest first). Afterwards every member's
   * unread count is 0 (the documented rule; import_group_member or set_unread_msg_num set it again).
   */
  JsonObject importGroupMsg(JsonObject body) {
    Group g = groups.require(body.getValue("GroupId"));
    if (!g.type().keepsHistory()) {
      throw new EmulatorError(TimErrorCode.GROUP_NO_PERMISSION.code(), "AVChatRoom groups do not import messages");
    }
    String conversation = GroupMessageState.conversation(g.groupId(), Fields.optionalString(body, "TopicId", INVALID));
    GroupBodies.optionalInteger(body, "RecentContactFlag", 0, 0, 1);
    JsonArray list = Fields.requiredArray(body, "MsgList", INVALID);
    for (Object item : list) {
      if (!(item instanceof JsonObject)) {
        throw new EmulatorError(INVALID, "MsgList items must be objects");
      }
    }
    long now = state.clock().seconds();
    StoredMessage latest = state.message(conversation, state.latestSeq(conversation));
    long lastTime = latest == null ? g.createTime() : latest.msgTime();
    JsonArray results = new JsonArray();
    boolean any = false;
    for (Object item : list) {
      JsonObject msg = (JsonObject) item;
      String from = GroupBodies.requiredString(msg, "From_Account");
      long sendTime = GroupBodies.requiredInteger(msg, "SendTime", 0, MAX_UINT32);
      long random = GroupBodies.optionalInteger(msg, "Random", 0, 0, MAX_UINT32);
      JsonArray msgBody = GroupBodies.msgBody(msg, "MsgBody");
      MessageBodyLimit.GROUP.check(msgBody);
      String cloudCustomData = Fields.optionalString(msg, "CloudCustomData", INVALID);
      Long duplicate = state.importedSeq(conversation, from, sendTime, random);
      if (duplicate != null) {
        results.add(importResult(duplicate, sendTime, 1));
        continue;
      }
      if (sendTime > now || sendTime < g.createTime() || sendTime < lastTime) {
        results.add(importResult(0, sendTime, 2));
        continue;
      }
      JsonObject fields = new JsonObject().put("From_Account", from).put("MsgBody", msgBody).put("MsgPriority", 2)
          .put("IsSystemMsg", 0).put("Imported", true);
      if (cloudCustomData != null) {
        fields.put("CloudCustomData", cloudCustomData);
      }
      StoredMessage stored = state.store().append(conversation, null, sendTime, random, fields);
      state.rememberImport(conversation, from, sendTime, random, stored.msgSeq());
      lastTime = sendTime;
      any = true;
      results.add(importResult(stored.msgSeq(), sendTime, 0));
      hooks.accepted(new MessageHooks.Outgoing(MessageHooks.Kind.GROUP, from, false, g.groupId(), msgBody),
          stored, true);
    }
    if (any) {
      synchronized (g) {
        g.members().forEach(m -> g.putMember(m.withUnreadMsgNum(0)));
        if (conversation.equals(GroupMessageState.conversation(g.groupId(), null))) {
          g.nextMsgSeq(Math.max(g.nextMsgSeq(), state.latestSeq(conversation) + 1));
        }
      }
    }
    return new JsonObject().put("ImportMsgResult", results);
  }

  private static JsonObject importResult(long seq, long time, int result) {
    return new JsonObject().put("MsgSeq", seq).put("MsgTime", time).put("Result", result);
  }

  /**
   * Deletes every message Sender_Account sent (they become placeholders: IsPlaceMsg 1, no body). 10019 when the
   * sender is not imported; 10035 on AVChatRoom.
   */
  JsonObject deleteGroupMsgBySender(JsonObject body) {
    Group g = groups.require(body.getValue("GroupId"));
    if (!g.type().keepsHistory()) {
      throw new EmulatorError(TimErrorCode.GROUP_TYPE_NO_DELETE.code(), "AVChatRoom groups keep no messages to delete");
    }
    String sender = GroupBodies.requiredString(body, "Sender_Account");
    if (!accounts.exists(sender)) {
      throw new EmulatorError(TimErrorCode.GROUP_ACCOUNT_NOT_FOUND.code(), "Sender_Account not imported: " + sender);
    }
    String conversation = GroupMessageState.conversation(g.groupId(), null);
    MessageStore store = state.store();
    for (long seq = 1, last = state.latestSeq(conversation); seq <= last; seq++) {
      StoredMessage m = store.at(conversation, seq);
      if (m != null && sender.equals(m.fields().getString("From_Account")) && !deleted(m)) {
        store.updateFields(conversation, seq, GroupMessageHandlers::placeholder);
      }
    }
    return new JsonObject();
  }

  /**
   * Up to ReqMsgNumber (1..20; more is read as 20) messages with MsgSeq at most ReqMsgSeq (absent or 0: from the
   * newest), newest first. Recalled messages only with WithRecalledMsg 1 (IsPlaceMsg 2); deleted ones as
   * placeholders (IsPlaceMsg 1, empty MsgBody). IsFinished 1: the whole range is answered. AVChatRoom: 10044.
   */
  JsonObject groupMsgGetSimple(JsonObject body) {
    Group g = groups.require(body.getValue("GroupId"));
    if (!g.type().keepsHistory()) {
      throw new EmulatorError(TimErrorCode.GROUP_TYPE_NO_ROAMING.code(), "AVChatRoom groups keep no history");
    }
    String conversation = GroupMessageState.conversation(g.groupId(), Fields.optionalString(body, "TopicId", INVALID));
    int count = (int) Math.min(MAX_PULL, GroupBodies.requiredInteger(body, "ReqMsgNumber", 1, Integer.MAX_VALUE));
    long reqSeq = GroupBodies.optionalInteger(body, "ReqMsgSeq", 0, 0, MAX_UINT32);
    boolean withRecalled = GroupBodies.optionalInteger(body, "WithRecalledMsg", 0, 0, 1) == 1;
    long latest = state.latestSeq(conversation);
    long seq = reqSeq == 0 ? latest : Math.min(reqSeq, latest);
    JsonArray list = new JsonArray();
    for (; seq >= 1 && list.size() < count; seq--) {
      StoredMessage m = state.message(conversation, seq);
      if (m == null || m.recalled() && !withRecalled) {
        continue;
      }
      list.add(historyItem(m));
    }
    return new JsonObject().put("GroupId", g.groupId()).put("IsFinished", 1).put("RspMsgList", list);
  }

  private static JsonObject historyItem(StoredMessage m) {
    JsonObject f = m.fields();
    int place = m.recalled() ? 2 : deleted(m) ? 1 : 0;
    JsonObject item = new JsonObject().put("From_Account", f.getString("From_Account"))
        .put("IsPlaceMsg", place).put("IsSystemMsg", f.getInteger("IsSystemMsg", 0))
        .put("MsgBody", place == 0 ? f.getJsonArray("MsgBody", new JsonArray()).copy() : new JsonArray())
        .put("MsgPriority", f.getInteger("MsgPriority", 2)).put("MsgRandom", m.msgRandom())
        .put("MsgSeq", m.msgSeq()).put("MsgTimeStamp", m.msgTime()).put("MsgKey", m.msgKey());
    if (place == 0 && f.getString("CloudCustomData") != null) {
      item.put("CloudCustomData", f.getString("CloudCustomData"));
    }
    return item;
  }

  /**
   * Replaces MsgBody (at most 12 KB, 80002) and/or CloudCustomData of the message MsgSeq (one of them required,
   * 10004); 10052 when the group holds no such message (never sent, deleted, recalled, or an AVChatRoom's).
   */
  JsonObject modifyGroupMsg(JsonObject body) {
    Group g = groups.require(body.getValue("GroupId"));
    String conversation = GroupMessageState.conversation(g.groupId(), Fields.optionalString(body, "TopicId", INVALID));
    long seq = GroupBodies.requiredInteger(body, "MsgSeq", 1, MAX_UINT32);
    JsonArray msgBody = body.containsKey("MsgBody") ? GroupBodies.msgBody(body, "MsgBody") : null;
    String cloudCustomData = Fields.optionalString(body, "CloudCustomData", INVALID);
    if (msgBody == null && cloudCustomData == null) {
      throw new EmulatorError(INVALID, "MsgBody or CloudCustomData is required");
    }
    if (msgBody != null) {
      MessageBodyLimit.GROUP.check(msgBody);
    }
    StoredMessage m = state.message(conversation, seq);
    if (m == null || m.recalled() || deleted(m)) {
      throw new EmulatorError(TimErrorCode.GROUP_MSG_NOT_IN_GROUP.code(), "no message " + seq + " in " + g.groupId());
    }
    state.store().updateFields(conversation, seq, f -> {
      if (msgBody != null) {
        f.put("MsgBody", msgBody.copy());
      }
      if (cloudCustomData != null) {
        f.put("CloudCustomData", cloudCustomData);
      }
      return f;
    });
    return new JsonObject();
  }

  /**
   * Clears the history up to MsgSeq (absent: all of it) for members; the admin still pulls it (https://trtc.io/document/65970). Not on
   * Community groups (10007).
   */
  JsonObject clearGroupMsg(JsonObject body) {
    Group g = groups.require(body.getValue("GroupId"));
    if (g.type() == GroupType.Community) {
      throw new EmulatorError(TimErrorCode.GROUP_NO_PERMISSION.code(), "clear_group_msg does not work on Community");
    }
    String conversation = GroupMessageState.conversation(g.groupId(), null);
    long seq = GroupBodies.optionalInteger(body, "MsgSeq", state.latestSeq(conversation), 0, MAX_UINT32);
    state.clear(conversation, seq);
    return new JsonObject();
  }

  /** 10019 when From_Account is not imported, 10007 when not a member (any account may speak in an AVChatRoom). */
  private void checkSender(Group g, String from, long now) {
    if (!g.isMember(from)) {
      if (!accounts.exists(from)) {
        throw new EmulatorError(TimErrorCode.GROUP_ACCOUNT_NOT_FOUND.code(), "From_Account not imported: " + from);
      }
      if (g.type() != GroupType.AVChatRoom) {
        throw new EmulatorError(TimErrorCode.GROUP_NO_PERMISSION.code(), from + " is not a member of " + g.groupId());
      }
    }
    if (g.isMuted(from, now)) {
      throw new EmulatorError(TimErrorCode.GROUP_SENDER_MUTED.code(), from + " is muted in " + g.groupId());
    }
  }

  /** The group's LastMsgTime and NextMsgSeq (after {@code msgSeq}, when not 0), the sender's LastSendMsgTime. */
  private static void noteSent(Group g, long msgSeq, String member, long now) {
    synchronized (g) {
      g.lastMsgTime(now);
      if (msgSeq > 0) {
        g.nextMsgSeq(Math.max(g.nextMsgSeq(), msgSeq + 1));
      }
      GroupMember m = member == null ? null : g.member(member);
      if (m != null) {
        g.putMember(m.withLastSendMsgTime(now));
      }
    }
  }

  static boolean deleted(StoredMessage m) {
    return m.fields().getBoolean("Deleted", false);
  }

  private static JsonObject placeholder(JsonObject fields) {
    fields.remove("MsgBody");
    fields.remove("CloudCustomData");
    return fields.put("Deleted", true);
  }

  /** A message that is answered and told to the hooks but not kept (AVChatRoom, online-only, broadcasts). */
  private static StoredMessage transientMessage(long seq, long time, long random, JsonObject fields) {
    return new StoredMessage(seq, seq, time, random, seq + "_" + random + "_" + time, false, fields);
  }
}
