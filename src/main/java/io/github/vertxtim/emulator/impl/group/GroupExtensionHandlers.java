package io.github.vertxtim.emulator.impl.group;

import io.github.vertxtim.TimErrorCode;
import io.github.vertxtim.emulator.impl.shared.EmulatorError;
import io.github.vertxtim.emulator.impl.shared.Fields;
import io.github.vertxtim.emulator.impl.shared.HandlerTable;
import io.github.vertxtim.emulator.impl.shared.StoredMessage;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.util.List;

import static io.github.vertxtim.emulator.impl.group.GroupBodies.INVALID;
import static io.github.vertxtim.emulator.impl.group.GroupBodies.MAX_UINT32;

/**
 * Message extensions of group messages (https://trtc.io/document/52169, https://trtc.io/document/52170): key-values on a stored message, each with a version Seq.
 * Keys are at most 100 bytes, values at most 1000 bytes, at most 20 per request; the app admin's writes are not
 * checked against the Seq a client last saw.
 */
public final class GroupExtensionHandlers {

  static final int MAX_KEY_BYTES = 100;
  static final int MAX_VALUE_BYTES = 1000;
  static final int MAX_PER_REQUEST = 20;
  /** group_get_key_values answers at most this many; CompleteFlag 0 says to pull again from a larger StartSeq. */
  static final int MAX_PULL = 200;

  private final GroupState groups;
  private final GroupMessageState state;

  public GroupExtensionHandlers(GroupState groups, GroupMessageState state) {
    this.groups = groups;
    this.state = state;
  }

  public void install(HandlerTable table) {
    table.handle("openim_msg_ext_http_svc/group_get_key_values", this::groupGetKeyValues);
    table.handle("openim_msg_ext_http_svc/group_set_key_values", this::groupSetKeyValues);
  }

  /** The extensions with Seq at least StartSeq (default 0), by Seq, with CompleteFlag, LatestSeq and ClearSeq. */
  JsonObject groupGetKeyValues(JsonObject body) {
    String conversation = requireMessage(body);
    long seq = GroupBodies.requiredInteger(body, "MsgSeq", 1, MAX_UINT32);
    long startSeq = GroupBodies.optionalInteger(body, "StartSeq", 0, 0, Long.MAX_VALUE);
    GroupMsgExtensions.Extensions ext = state.extensions().find(conversation, seq);
    List<GroupMsgExtensions.Kv> kvs = ext == null ? List.of() : ext.since(startSeq);
    JsonArray list = new JsonArray();
    kvs.stream().limit(MAX_PULL).forEach(kv -> list.add(json(kv)));
    return new JsonObject().put("ExtensionList", list).put("CompleteFlag", kvs.size() <= MAX_PULL ? 1 : 0)
        .put("LatestSeq", ext == null ? 0 : ext.latestSeq()).put("ClearSeq", ext == null ? 0 : ext.clearSeq());
  }

  /**
   * OperateType 1 sets, 2 deletes the keys of ExtensionList (1..20 items, else 10004), 3 clears every key. Per item
   * ErrorCode 0 with the key as stored and its new Seq, or 10004 for a bad key or value (a delete of a missing key
   * answers 0 with the message's latest Seq). 10052 when the group holds no such message.
   */
  JsonObject groupSetKeyValues(JsonObject body) {
    String conversation = requireMessage(body);
    long seq = GroupBodies.requiredInteger(body, "MsgSeq", 1, MAX_UINT32);
    int op = (int) GroupBodies.requiredInteger(body, "OperateType", 1, 3);
    GroupMsgExtensions.Extensions ext = state.extensions().of(conversation, seq);
    JsonArray results = new JsonArray();
    if (op == 3) {
      ext.clear();
      return new JsonObject().put("ExtensionList", results);
    }
    JsonArray items = Fields.requiredArray(body, "ExtensionList", INVALID);
    if (items.size() > MAX_PER_REQUEST) {
      throw new EmulatorError(INVALID, "ExtensionList holds at most " + MAX_PER_REQUEST + " items");
    }
    for (Object item : items) {
      Object key = item instanceof JsonObject o ? o.getValue("Key") : null;
      Object value = item instanceof JsonObject o ? o.getValue("Value") : null;
      boolean badKey = !(key instanceof String k) || k.isEmpty() || GroupBodies.utf8Length(k) > MAX_KEY_BYTES;
      boolean badValue = op == 1 && (!(value instanceof String v) || GroupBodies.utf8Length(v) > MAX_VALUE_BYTES);
      if (badKey || badValue) {
        results.add(new JsonObject().put("ErrorCode", INVALID)
            .put("Extension", item instanceof JsonObject o ? o.copy() : new JsonObject()));
        continue;
      }
      GroupMsgExtensions.Kv kv = op == 1 ? ext.set((String) key, (String) value) : ext.delete((String) key);
      JsonObject stored = kv == null ? new JsonObject().put("Key", key).put("Seq", ext.latestSeq()) : json(kv);
      results.add(new JsonObject().put("ErrorCode", 0).put("Extension", stored));
    }
    return new JsonObject().put("ExtensionList", results);
  }

  /** The conversation of the message the body names; 10052 when the group holds no such message. */
  private String requireMessage(JsonObject body) {
    Group g = groups.require(body.getValue("GroupId"));
    long seq = GroupBodies.requiredInteger(body, "MsgSeq", 1, MAX_UINT32);
    String conversation = GroupMessageState.conversation(g.groupId(), null);
    StoredMessage m = state.message(conversation, seq);
    if (m == null || m.recalled() || GroupMessageHandlers.deleted(m)) {
      throw new EmulatorError(TimErrorCode.GROUP_MSG_NOT_IN_GROUP.code(), "no message " + seq + " in " + g.groupId());
    }
    return conversation;
  }

  private static JsonObject json(GroupMsgExtensions.Kv kv) {
    JsonObject o = new JsonObject().put("Key", kv.key()).put("Seq", kv.seq());
    return kv.value() == null ? o : o.put("Value", kv.value());
  }
}
