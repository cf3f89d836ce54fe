package io.github.vertxtim.emulator.impl.c2c;

import io.github.vertxtim.emulator.impl.shared.EmulatorError;
import io.github.vertxtim.emulator.impl.shared.Fields;
import io.github.vertxtim.emulator.impl.shared.HandlerTable;
import io.github.vertxtim.emulator.impl.shared.StoredMessage;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * get_key_values and set_key_values of {@code openim_msg_ext_http_svc}: the extension pairs of a one-to-one
 * message that was sent with SupportMessageExtension 1 (https://trtc.io/document/51194, https://trtc.io/document/51195).
 */
final class C2cExtensionHandlers {

  static final int MAX_KEY_BYTES = 100;
  static final int MAX_VALUE_BYTES = 1000;
  /** "At most 200 KV are returned per pull; pull the rest with StartSeq" (doocs GetKeyValuesResult). */
  static final int MAX_PAIRS_PER_PULL = 200;

  private final C2cState state;
  private final C2cFields fields;
  private final long maxPairs;

  C2cExtensionHandlers(C2cState state, C2cFields fields, long maxPairs) {
    this.state = state;
    this.fields = fields;
    this.maxPairs = maxPairs;
  }

  void install(HandlerTable table) {
    table.handle("openim_msg_ext_http_svc/get_key_values", this::getKeyValues);
    table.handle("openim_msg_ext_http_svc/set_key_values", this::setKeyValues);
  }

  /**
   * {@code {From_Account?, To_Account, MsgKey, StartSeq?}} → {@code {CompleteFlag, LatestSeq, ClearSeq,
   * ExtensionList[{Key, Value, Seq}]}}: the pairs with Seq of at least StartSeq in Seq order, 200 at most.
   */
  JsonObject getKeyValues(JsonObject body) {
    MessageExtensions.Message ext = target(body);
    long startSeq = Fields.optionalInteger(body, "StartSeq", 0, 0, Long.MAX_VALUE / 2, C2cFields.INVALID_PACKET);
    List<MessageExtensions.Pair> pairs = ext.from(startSeq);
    JsonArray list = new JsonArray();
    pairs.stream().limit(MAX_PAIRS_PER_PULL).forEach(p -> list.add(p.toJson()));
    return new JsonObject().put("CompleteFlag", pairs.size() <= MAX_PAIRS_PER_PULL ? 1 : 0)
        .put("LatestSeq", ext.latestSeq()).put("ClearSeq", ext.clearSeq()).put("ExtensionList", list);
  }

  /**
   * {@code {From_Account?, To_Account, MsgKey, OperateType: 1|2|3, ExtensionList?}} (at most 20 pairs, checked
   * before the handler) → {@code {ExtensionList[{ErrorCode, Extension{Key, Value, Seq}}]}}, one outcome per pair.
   * 1 sets, 2 deletes, 3 clears every pair. A pair with a Key of 1–100 bytes or a Value over 1000 bytes, or a new
   * key past the message's 300 pairs, gets 20001 in its outcome. The caller is always the admin, and "the App
   * admin is not checked against Seq" (https://trtc.io/document/51195), so a stale Seq is no conflict here.
   */
  JsonObject setKeyValues(JsonObject body) {
    MessageExtensions.Message ext = target(body);
    if (!body.containsKey("OperateType")) {
      throw new EmulatorError(C2cFields.INVALID_PACKET, "OperateType is required");
    }
    int op = (int) Fields.optionalInteger(body, "OperateType", 0, 1, 3, C2cFields.INVALID_PACKET);
    JsonArray results = new JsonArray();
    if (op == 3) {
      ext.clear(ext.nextSeq());
      return new JsonObject().put("ExtensionList", results);
    }
    JsonArray items = Fields.requiredArray(body, "ExtensionList", C2cFields.INVALID_PACKET);
    long seq = 0;
    for (Object i : items) {
      JsonObject item = i instanceof JsonObject o ? o : new JsonObject();
      String problem = problem(item, op, ext);
      if (problem != null) {
        results.add(new JsonObject().put("ErrorCode", C2cFields.INVALID_PACKET).put("ErrorInfo", problem)
            .put("Extension", item.copy()));
        continue;
      }
      if (seq == 0) {
        seq = ext.nextSeq();
      }
      String key = item.getString("Key");
      MessageExtensions.Pair p = op == 1 ? ext.set(key, item.getString("Value"), seq) : ext.delete(key, seq);
      results.add(new JsonObject().put("ErrorCode", 0).put("Extension", p.toJson()));
    }
    return new JsonObject().put("ExtensionList", results);
  }

  private String problem(JsonObject item, int op, MessageExtensions.Message ext) {
    Object key = item.getValue("Key");
    if (!(key instanceof String k) || k.isEmpty() || bytes(k) > MAX_KEY_BYTES) {
      return "Key must be 1 to " + MAX_KEY_BYTES + " bytes";
    }
    if (op == 2) {
      return null;
    }
    Object value = item.getValue("Value");
    if (!(value instanceof String v) || bytes(v) > MAX_VALUE_BYTES) {
      return "Value must be a string of at most " + MAX_VALUE_BYTES + " bytes";
    }
    if (!ext.has(k) && ext.size() >= maxPairs) {
      return "the message holds " + maxPairs + " pairs already";
    }
    return null;
  }

  /** The extensions of the message named by the request; 20022 unknown, 20001 when it does not support them. */
  private MessageExtensions.Message target(JsonObject body) {
    String to = fields.party(body, "To_Account");
    String from = body.containsKey("From_Account") ? fields.party(body, "From_Account") : fields.admin();
    String key = C2cFields.msgKey(body);
    String conv = C2cState.conversation(from, to);
    StoredMessage m = state.messages().find(conv, key);
    if (m == null || !from.equals(m.fields().getString("From_Account"))) {
      throw new EmulatorError(C2cFields.NOT_FOUND, "no message " + key + " from " + from + " to " + to);
    }
    if (m.fields().getInteger("SupportMessageExtension", 0) != 1) {
      throw new EmulatorError(C2cFields.INVALID_PACKET,
          "message " + key + " was not sent with SupportMessageExtension 1");
    }
    return state.extensions().of(conv, key);
  }

  private static int bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8).length;
  }
}
