package io.github.vertxtim.emulator.impl.c2c;

import io.github.vertxtim.TimErrorCode;
import io.github.vertxtim.emulator.impl.shared.EmulatorError;
import io.github.vertxtim.emulator.impl.shared.Fields;
import io.github.vertxtim.emulator.impl.shared.HandlerTable;
import io.github.vertxtim.emulator.impl.shared.MessageStore;
import io.github.vertxtim.emulator.impl.shared.StoredMessage;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** admin_getroammsg, admin_msgwithdraw, modify_c2c_msg and delete_c2c_msg_ramble: reading and changing history. */
final class C2cHistoryHandlers {

  /** "The reply body is capped (currently 13K)": a page stops before the messages pass it (https://www.tencentcloud.com/document/product/1047/35478). */
  static final int MAX_ANSWER_BYTES = 13 * 1024;

  private final C2cState state;
  private final C2cFields fields;

  C2cHistoryHandlers(C2cState state, C2cFields fields) {
    this.state = state;
    this.fields = fields;
  }

  void install(HandlerTable table) {
    table.handle("openim/admin_getroammsg", this::getRoamMsg);
    table.handle("openim/admin_msgwithdraw", this::msgWithdraw);
    table.handle("openim/modify_c2c_msg", this::modifyMsg);
    table.handle("openim/delete_c2c_msg_ramble", this::deleteMsgRamble);
  }

  /**
   * {@code {Operator_Account, Peer_Account, MaxCnt, MinTime, MaxTime, LastMsgKey?}} → {@code {Complete, MsgCnt,
   * LastMsgTime, LastMsgKey, MsgList}}: the messages Operator_Account sees, newest first in history order (time,
   * then MsgSeq), at most MaxCnt and about 13 KB a page. The next page is asked with MaxTime = LastMsgTime and the
   * LastMsgKey given; it starts right after that message, so a walk gives each message once while new ones arrive
   * (they are newer than the walk's start). Recalled messages stay, with MsgFlagBits 8. The older request shape
   * with {@code From_Account}/{@code To_Account} for the two sides, which the official Java SDK still sends, is
   * accepted.
   */
  JsonObject getRoamMsg(JsonObject body) {
    boolean legacy = !body.containsKey("Operator_Account") && body.containsKey("From_Account");
    String operator = fields.party(body, legacy ? "From_Account" : "Operator_Account");
    String peer = fields.party(body, legacy ? "To_Account" : "Peer_Account");
    int maxCnt = (int) required(body, "MaxCnt", 1, Integer.MAX_VALUE);
    long minTime = required(body, "MinTime", 0, Long.MAX_VALUE / 2);
    long maxTime = required(body, "MaxTime", 0, Long.MAX_VALUE / 2);
    if (minTime > maxTime) {
      throw new EmulatorError(C2cFields.INVALID_PACKET, "MinTime is after MaxTime");
    }
    String last = null;
    if (body.getValue("LastMsgKey") != null && !"".equals(body.getValue("LastMsgKey"))) {
      last = C2cFields.msgKeyField(body, "LastMsgKey");
    }
    MessageStore.Page page;
    try {
      page = state.messages().pageByTimeNewestFirst(C2cState.conversation(operator, peer), last, maxCnt, minTime,
          maxTime, m -> state.visibleTo(operator, peer, m));
    } catch (IllegalArgumentException e) {
      throw new EmulatorError(C2cFields.MSG_KEY_INVALID, "LastMsgKey " + last + " is no message of the conversation");
    }
    JsonArray list = new JsonArray();
    int bytes = 0;
    boolean complete = page.complete();
    StoredMessage lastGiven = null;
    for (StoredMessage m : page.messages()) {
      JsonObject item = roamItem(m);
      int size = item.encode().getBytes(StandardCharsets.UTF_8).length;
      if (lastGiven != null && bytes + size > MAX_ANSWER_BYTES) {
        complete = false;
        break;
      }
      bytes += size;
      list.add(item);
      lastGiven = m;
    }
    return new JsonObject().put("Complete", complete ? 1 : 0).put("MsgCnt", list.size())
        .put("LastMsgTime", lastGiven == null ? 0 : lastGiven.msgTime())
        .put("LastMsgKey", lastGiven == null ? "" : lastGiven.msgKey())
        .put("MsgList", list);
  }

  /**
   * {@code {From_Account, To_Account, MsgKey}} → {@code {}}: marks the stored message recalled (roaming keeps it
   * with MsgFlagBits 8). 20022 when the conversation has no such message from From_Account, 20023 when it was
   * recalled already. The documents do not say whether the admin API keeps the 2-minute recall window of users; the
   * emulator does not (an admin recall of an old message succeeds).
   */
  JsonObject msgWithdraw(JsonObject body) {
    String from = fields.party(body, "From_Account");
    String to = fields.party(body, "To_Account");
    String key = C2cFields.msgKey(body);
    String conv = C2cState.conversation(from, to);
    sentBy(conv, key, from);
    MessageStore.Recall r = state.messages().recall(conv, key);
    if (r == MessageStore.Recall.ALREADY_RECALLED) {
      throw new EmulatorError(TimErrorCode.MSG_ALREADY_RECALLED.code(), "message " + key + " was already recalled");
    }
    if (r == MessageStore.Recall.NOT_FOUND) {
      throw new EmulatorError(C2cFields.NOT_FOUND, "no message " + key);
    }
    return new JsonObject();
  }

  /**
   * {@code {From_Account, To_Account, MsgKey, MsgBody?, CloudCustomData?}} → {@code {}}: replaces what is given;
   * roaming answers the new content from then on. 20001 when neither is given, 20022 for an unknown message.
   */
  JsonObject modifyMsg(JsonObject body) {
    String from = fields.party(body, "From_Account");
    String to = fields.party(body, "To_Account");
    String key = C2cFields.msgKey(body);
    JsonArray msgBody = body.containsKey("MsgBody") ? C2cFields.msgBody(body) : null;
    String cloud = Fields.optionalString(body, "CloudCustomData", C2cFields.INVALID_PACKET);
    if (msgBody == null && cloud == null) {
      throw new EmulatorError(C2cFields.INVALID_PACKET, "give MsgBody or CloudCustomData to modify");
    }
    String conv = C2cState.conversation(from, to);
    sentBy(conv, key, from);
    state.messages().update(conv, key, f -> {
      if (msgBody != null) {
        f.put("MsgBody", msgBody.copy());
      }
      if (cloud != null) {
        f.put("CloudCustomData", cloud);
      }
      return f;
    });
    return new JsonObject();
  }

  /**
   * {@code {Operator_Account, Peer_Account, MsgKeyList: [..]}} (at most 30, checked before the handler) →
   * {@code {InvalidMsgKeyList}}: the messages leave Operator_Account's history only; the peer still sees them.
   * Malformed keys are listed and skipped.
   */
  JsonObject deleteMsgRamble(JsonObject body) {
    String operator = fields.party(body, "Operator_Account");
    String peer = fields.party(body, "Peer_Account");
    JsonArray keys = Fields.requiredArray(body, "MsgKeyList", C2cFields.INVALID_PACKET);
    List<String> valid = new ArrayList<>();
    JsonArray invalid = new JsonArray();
    for (Object k : keys) {
      if (C2cFields.isMsgKey(k)) {
        valid.add((String) k);
      } else {
        invalid.add(Fields.label(k));
      }
    }
    state.deleteFor(operator, peer, valid);
    return new JsonObject().put("InvalidMsgKeyList", invalid);
  }

  /** The stored message {@code key} sent by {@code from}, else 20022. */
  private StoredMessage sentBy(String conv, String key, String from) {
    StoredMessage m = state.messages().find(conv, key);
    if (m == null || !from.equals(m.fields().getString("From_Account"))) {
      throw new EmulatorError(C2cFields.NOT_FOUND, "no message " + key + " from " + from + " in the conversation");
    }
    return m;
  }

  static JsonObject roamItem(StoredMessage m) {
    JsonObject f = m.fields();
    JsonObject item = new JsonObject().put("From_Account", f.getString("From_Account"))
        .put("To_Account", f.getString("To_Account")).put("MsgSeq", m.msgSeq()).put("MsgRandom", m.msgRandom())
        .put("MsgTimeStamp", m.msgTime()).put("MsgFlagBits", m.recalled() ? 8 : 0)
        .put("IsPeerRead", f.getInteger("IsPeerRead", 0)).put("MsgKey", m.msgKey())
        .put("MsgBody", f.getJsonArray("MsgBody", new JsonArray()));
    if (f.containsKey("CloudCustomData")) {
      item.put("CloudCustomData", f.getString("CloudCustomData"));
    }
    return item;
  }

  /** A required integer field of the roaming request in {@code min..max}, else 20001. */
  private static long required(JsonObject body, String field, long min, long max) {
    if (!body.containsKey(field)) {
      throw new EmulatorError(C2cFields.INVALID_PACKET, field + " is required");
    }
    return Fields.optionalInteger(body, field, 0, min, max, C2cFields.INVALID_PACKET);
  }
}
