package io.github.vertxtim.emulator.impl.official;

import io.github.vertxtim.TimErrorCode;
import io.github.vertxtim.emulator.EmulatorFeature;
import io.github.vertxtim.emulator.EmulatorLimit;
import io.github.vertxtim.emulator.TimEmulatorOptions;
import io.github.vertxtim.emulator.impl.shared.EmulatorClock;
import io.github.vertxtim.emulator.impl.shared.EmulatorError;
import io.github.vertxtim.emulator.impl.shared.Fields;
import io.github.vertxtim.emulator.impl.shared.HandlerTable;
import io.github.vertxtim.emulator.impl.shared.MessageBodyLimit;
import io.github.vertxtim.emulator.impl.shared.MessageHooks;
import io.github.vertxtim.emulator.impl.shared.MessageStore;
import io.github.vertxtim.emulator.impl.shared.StoredMessage;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.util.ArrayList;
import java.util.List;

import static io.github.vertxtim.emulator.impl.official.OfficialAccountFields.INVALID;

/**
 * Official-account messages: send_official_account_msg (https://trtc.io/document/60810),
 * official_account_msg_recall (https://trtc.io/document/60811) and official_account_msg_get_simple
 * (https://trtc.io/document/60812). Messages are stored in the shared MessageStore under the account's conversation
 * key, with MsgKey {@code Seq_1_ServerTime} as the pages show; sends pass MessageHooks (Kind OFFICIAL_ACCOUNT).
 */
public final class OfficialAccountMessages {

  /** The recall page's code for a MsgKey with no message (RecallRetList RetCode). */
  static final int RECALL_NOT_FOUND = TimErrorCode.GROUP_RECALL_NOT_FOUND.code();     // 10030
  /** The send rate code of the message range shared with groups: "send rate exceeded". */
  static final int RATE_EXCEEDED = TimErrorCode.GROUP_SEND_RATE_EXCEEDED.code();     // 10023
  static final int MAX_REASON_BYTES = 100;
  /** ReqMsgNumber when absent (the page gives no default; group history pages use 20). */
  static final int DEFAULT_REQ_MSG_NUMBER = 20;
  private static final long HOUR_MILLIS = 3_600_000L;

  private final OfficialAccountState state;
  private final MessageStore messages;
  private final MessageHooks hooks;
  private final EmulatorClock clock;
  private final TimEmulatorOptions options;

  public OfficialAccountMessages(OfficialAccountState state, MessageStore messages, MessageHooks hooks,
                                 EmulatorClock clock, TimEmulatorOptions options) {
    this.state = state;
    this.messages = messages;
    this.hooks = hooks;
    this.clock = clock;
    this.options = options;
  }

  public void install(HandlerTable table) {
    String s = "official_account_open_http_svc/";
    EmulatorFeature f = EmulatorFeature.OFFICIAL_ACCOUNT;
    table.handle(s + "send_official_account_msg", f, this::send);
    table.handle(s + "official_account_msg_recall", f, this::recall);
    table.handle(s + "official_account_msg_get_simple", f, this::getSimple);
  }

  /**
   * {@code Official_Account}, {@code Random} (0..4294967295), {@code MsgBody} (≤ 12 KB, 80002) and optional
   * CloudCustomData, OfflinePushInfo, SendMsgControl. The message hooks judge it first (moderation may refuse it).
   * The same MsgBody again within the duplicate window (5 min) is dropped: the answer is the earlier message's
   * MsgTime and MsgKey and nothing is stored. Otherwise more than the per-second (1) or per-hour (2) sends of the
   * account answer 10023. Answers {@code MsgTime} and {@code MsgKey}.
   */
  JsonObject send(JsonObject body) {
    OfficialAccountState.Account a = OfficialAccountFields.account(state, body);
    long random = Fields.optionalInteger(body, "Random", 0, 0, 4_294_967_295L, INVALID);
    JsonArray msgBody = Fields.requiredArray(body, "MsgBody", INVALID);
    String cloudCustomData = Fields.optionalString(body, "CloudCustomData", INVALID);
    MessageBodyLimit.OFFICIAL_ACCOUNT.check(msgBody);
    MessageHooks.Outgoing outgoing = new MessageHooks.Outgoing(MessageHooks.Kind.OFFICIAL_ACCOUNT, a.id, true, a.id,
        msgBody);
    hooks.check(outgoing);
    String content = Json.encode(msgBody);
    long now = clock.millis();
    long window = options.getLimit(EmulatorLimit.OFFICIAL_ACCOUNT_DUPLICATE_WINDOW_SECONDS) * 1000L;
    long perSecond = options.getLimit(EmulatorLimit.OFFICIAL_ACCOUNT_MSGS_PER_SECOND);
    long perHour = options.getLimit(EmulatorLimit.OFFICIAL_ACCOUNT_BROADCASTS_PER_HOUR);
    StoredMessage stored;
    synchronized (a) {
      while (!a.recent.isEmpty() && now - a.recent.peekFirst().atMillis() >= window) {
        a.recent.pollFirst();
      }
      for (OfficialAccountState.Sent sent : a.recent) {
        if (sent.content().equals(content)) {
          return answer(sent.msgTime(), sent.msgKey());
        }
      }
      while (!a.sendMillis.isEmpty() && now - a.sendMillis.peekFirst() >= HOUR_MILLIS) {
        a.sendMillis.pollFirst();
      }
      long lastSecond = a.sendMillis.stream().filter(t -> now - t < 1000).count();
      if (lastSecond >= perSecond) {
        throw new EmulatorError(RATE_EXCEEDED, "official account " + a.id + " sends at most " + perSecond
            + " message(s) per second");
      }
      if (a.sendMillis.size() >= perHour) {
        throw new EmulatorError(RATE_EXCEEDED, "official account " + a.id + " sends at most " + perHour
            + " broadcast messages per hour");
      }
      JsonObject fields = new JsonObject().put("From_Account", a.id).put("MsgBody", msgBody).put("Random", random);
      if (cloudCustomData != null) {
        fields.put("CloudCustomData", cloudCustomData);
      }
      for (String optional : List.of("OfflinePushInfo", "SendMsgControl")) {
        if (body.containsKey(optional)) {
          fields.put(optional, body.getValue(optional));
        }
      }
      // MsgRandom 1: the store's key is then Seq_1_Time, the documented MsgKey shape
      stored = messages.append(a.conversation, null, Math.floorDiv(now, 1000L), 1, fields);
      a.sendMillis.addLast(now);
      a.recent.addLast(new OfficialAccountState.Sent(now, content, stored.msgTime(), stored.msgKey()));
      a.lastMsgTime = stored.msgTime();
    }
    hooks.accepted(outgoing, stored, false);
    return answer(stored.msgTime(), stored.msgKey());
  }

  /**
   * {@code Official_Account}, {@code MsgKeyList} (≤ 10, checked from the registry) and an optional Reason ≤ 100
   * bytes. Answers {@code RecallRetList[{MsgKey,MsgSeq,RetCode}]}: 0 recalled (also when it already was), 10030
   * no such message. Recall has no time limit (the page says so).
   */
  JsonObject recall(JsonObject body) {
    OfficialAccountState.Account a = OfficialAccountFields.account(state, body);
    JsonArray keys = Fields.requiredArray(body, "MsgKeyList", INVALID);
    OfficialAccountFields.optional(body, "Reason", MAX_REASON_BYTES);
    JsonArray results = new JsonArray();
    for (Object key : keys) {
      JsonObject r = new JsonObject().put("MsgKey", Fields.label(key));
      StoredMessage m = key instanceof String k ? messages.find(a.conversation, k) : null;
      if (m == null) {
        results.add(r.put("RetCode", RECALL_NOT_FOUND));
        continue;
      }
      messages.recall(a.conversation, m.msgKey());
      results.add(r.put("MsgSeq", m.msgSeq()).put("RetCode", 0));
    }
    return new JsonObject().put("RecallRetList", results);
  }

  /**
   * {@code Official_Account}, optional {@code LastMsgKey} (absent: from the newest), {@code ReqMsgNumber}
   * (default 20) and {@code WithRecalledMsg} (1: recalled messages too, as place holders with IsPlaceMsg 1 and no
   * body). Answers the messages newest first in {@code RspMsgList}, {@code IsFinished} (1 when no older message
   * is left) and {@code LastMsgKey} (the oldest key read, to continue from). An unknown LastMsgKey answers 10004.
   */
  JsonObject getSimple(JsonObject body) {
    OfficialAccountState.Account a = OfficialAccountFields.account(state, body);
    String lastKey = Fields.optionalString(body, "LastMsgKey", INVALID);
    int wanted = (int) Fields.optionalInteger(body, "ReqMsgNumber", DEFAULT_REQ_MSG_NUMBER, 1, Integer.MAX_VALUE,
        INVALID);
    boolean withRecalled = Fields.optionalInteger(body, "WithRecalledMsg", 0, 0, 1, INVALID) == 1;
    long cursor = MessageStore.NEWEST;
    if (lastKey != null && !lastKey.isEmpty()) {
      StoredMessage from = messages.find(a.conversation, lastKey);
      if (from == null) {
        throw new EmulatorError(INVALID, "LastMsgKey " + lastKey + " is not a message of " + a.id);
      }
      cursor = from.position();
    }
    List<StoredMessage> out = new ArrayList<>();
    String last = lastKey == null ? "" : lastKey;
    boolean finished = false;
    while (out.size() < wanted && !finished) {
      MessageStore.Page page = messages.pageBackward(a.conversation, cursor, wanted - out.size(), 0, Long.MAX_VALUE);
      for (StoredMessage m : page.messages()) {
        if (!m.recalled() || withRecalled) {
          out.add(m);
        }
        last = m.msgKey();
      }
      cursor = page.next();
      finished = page.complete();
    }
    JsonArray list = new JsonArray();
    out.forEach(m -> list.add(rspMsg(m)));
    return new JsonObject().put("Official_Account", a.id).put("IsFinished", finished ? 1 : 0)
        .put("LastMsgKey", last).put("RspMsgList", list);
  }

  private static JsonObject rspMsg(StoredMessage m) {
    JsonObject f = m.fields();
    JsonObject r = new JsonObject().put("From_Account", f.getString("From_Account"))
        .put("IsPlaceMsg", m.recalled() ? 1 : 0)
        .put("MsgBody", m.recalled() ? new JsonArray() : f.getJsonArray("MsgBody"))
        .put("IsSystemMsg", 0).put("MsgPriority", 1).put("MsgRandom", f.getLong("Random"))
        .put("MsgKey", m.msgKey()).put("MsgSeq", m.msgSeq()).put("MsgTimeStamp", m.msgTime());
    if (f.containsKey("CloudCustomData") && !m.recalled()) {
      r.put("CloudCustomData", f.getString("CloudCustomData"));
    }
    return r;
  }

  private static JsonObject answer(long msgTime, String msgKey) {
    return new JsonObject().put("MsgTime", msgTime).put("MsgKey", msgKey);
  }
}
