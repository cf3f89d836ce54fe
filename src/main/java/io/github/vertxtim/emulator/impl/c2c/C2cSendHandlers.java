package io.github.vertxtim.emulator.impl.c2c;

import io.github.vertxtim.TimErrorCode;
import io.github.vertxtim.emulator.impl.shared.EmulatorError;
import io.github.vertxtim.emulator.impl.shared.Fields;
import io.github.vertxtim.emulator.impl.shared.HandlerTable;
import io.github.vertxtim.emulator.impl.shared.MessageHooks;
import io.github.vertxtim.emulator.impl.shared.MsgRandomFilter;
import io.github.vertxtim.emulator.impl.shared.StoredMessage;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * sendmsg, batchsendmsg and importmsg: the three ways a one-to-one message enters the shared store.
 *
 * <p>A repeat of a send is recognised as the page of sendmsg describes it: the same sender, MsgSeq, MsgRandom and
 * CRC32 of the content within 120 s (C-2282; {@code EmulatorLimit.C2C_DEDUP_WINDOW_SECONDS}), per recipient. The repeat stores
 * nothing and answers the first send's MsgTime and MsgKey, which is what makes a client's retry with the same
 * MsgRandom safe. When the caller gives no MsgSeq the service fills one in ({@link C2cState#nextMsgSeq}); the
 * repeat is then recognised by sender, MsgRandom and content.
 */
final class C2cSendHandlers {

  /** SyncOtherMachine: 1 sync to the sender's devices and roaming, 2 do not (https://www.tencentcloud.com/document/product/1047/34919, https://trtc.io/document/34920). */
  private static final int NO_SYNC = 2;
  /** MsgLifeTime in seconds: at most 7 days, the default when absent (doocs SendMsgRequest, catalog §5.3). */
  private static final long MAX_LIFE_TIME = 604_800;

  private final C2cState state;
  private final C2cFields fields;
  private final MessageHooks hooks;
  private final MsgRandomFilter sends;

  C2cSendHandlers(C2cState state, C2cFields fields, MessageHooks hooks) {
    this.state = state;
    this.fields = fields;
    this.hooks = hooks;
    this.sends = state.sends();
  }

  void install(HandlerTable table) {
    table.handle("openim/sendmsg", this::sendMsg);
    table.handle("openim/batchsendmsg", this::batchSendMsg);
    table.handle("openim/importmsg", this::importMsg);
  }

  /** What a send carries, read and checked once. */
  private record Send(String from, boolean fromAdmin, int sync, long lifeTime, Long givenSeq, long msgSeq,
                      long msgRandom, long crc, JsonArray msgBody, JsonObject fields) {
  }

  /**
   * {@code {SyncOtherMachine?, From_Account?, To_Account, MsgLifeTime?, MsgSeq?, MsgRandom, MsgTimeStamp?,
   * MsgBody, CloudCustomData?, SendMsgControl?, SupportMessageExtension?, ...}} → {@code {MsgTime, MsgKey, MsgId}}.
   * Runs the message checks (global mute, blocklists, moderation register there) before storing.
   */
  JsonObject sendMsg(JsonObject body) {
    Send send = readSend(body);
    String to = fields.account(body, "To_Account", TimErrorCode.MSG_TO_ACCOUNT_INVALID.code(),
        TimErrorCode.MSG_TO_ACCOUNT_NOT_REGISTERED.code());
    long time = state.clock().seconds();
    StoredMessage m = sends.once(send.from(), dedupTarget(to, send), send.msgRandom(),
        () -> deliver(send, to, time, true));
    return new JsonObject().put("MsgTime", m.msgTime()).put("MsgKey", m.msgKey()).put("MsgId", m.msgKey());
  }

  /**
   * The same body with {@code To_Account: [..]} (at most 500, checked before the handler: 90011) → {@code {MsgKey,
   * MsgId, ErrorList[{To_Account, ErrorCode}]}}: 70107 for an account that is not imported (doocs
   * BatchSendMsgErrorItem), 60015/70402 for a value that is no UserID. The page says batchsendmsg checks no
   * friendship, blocklist or mute: no message checks run, listeners are told of each stored message.
   */
  JsonObject batchSendMsg(JsonObject body) {
    Send send = readSend(body);
    Object list = body.getValue("To_Account");
    if (!(list instanceof JsonArray)) {
      throw new EmulatorError(TimErrorCode.MSG_TO_ACCOUNT_NOT_ARRAY.code(),
          "To_Account " + (list == null ? "is required" : "must be an array"));
    }
    JsonArray recipients = (JsonArray) list;
    if (recipients.isEmpty()) {
      throw new EmulatorError(TimErrorCode.MSG_TO_ACCOUNT_EMPTY.code(), "To_Account must not be empty");
    }
    long time = state.clock().seconds();
    String msgKey = null;
    JsonArray errors = new JsonArray();
    for (Object r : recipients) {
      int problem = Fields.userIdProblem(r);
      if (problem == 0 && !fields.exists((String) r)) {
        problem = TimErrorCode.ACCOUNT_NOT_IMPORTED.code();
      }
      if (problem != 0) {
        errors.add(new JsonObject().put("To_Account", Fields.label(r)).put("ErrorCode", problem));
        continue;
      }
      String to = (String) r;
      StoredMessage m = sends.once(send.from(), dedupTarget(to, send), send.msgRandom(),
          () -> deliver(send, to, time, false));
      if (msgKey == null) {
        msgKey = m.msgKey();
      }
    }
    if (msgKey == null) {
      msgKey = send.msgSeq() + "_" + send.msgRandom() + "_" + time;
    }
    return new JsonObject().put("MsgKey", msgKey).put("MsgId", msgKey).put("ErrorList", errors);
  }

  /**
   * {@code {SyncFromOldSystem: 2|5, From_Account, To_Account, MsgSeq, MsgRandom, MsgTimeStamp, MsgBody,
   * CloudCustomData?}} → {@code {}}. 2 imports history (no unread count), 5 a real-time message (counts as unread);
   * 1, the real-time value of the older page that the official Java SDK still offers, is read as 5.
   * A message with the same MsgSeq, MsgRandom and MsgTimeStamp in the conversation — either direction — is the
   * same message: the first import is kept (https://www.tencentcloud.com/document/product/1047/35014). No message checks run (imports trigger no callbacks);
   * listeners are told, with {@code imported} true.
   */
  JsonObject importMsg(JsonObject body) {
    if (!body.containsKey("SyncFromOldSystem")) {
      throw new EmulatorError(TimErrorCode.MSG_SYNC_FROM_OLD_SYSTEM_INVALID.code(), "SyncFromOldSystem is required");
    }
    long mode = Fields.optionalInteger(body, "SyncFromOldSystem", 0, 1, 5,
        TimErrorCode.MSG_SYNC_FROM_OLD_SYSTEM_INVALID.code());
    if (mode != 1 && mode != 2 && mode != 5) {
      throw new EmulatorError(TimErrorCode.MSG_SYNC_FROM_OLD_SYSTEM_INVALID.code(), "SyncFromOldSystem must be 2 or 5");
    }
    int fromCode = TimErrorCode.MSG_FROM_ACCOUNT_INVALID.code();
    String from = fields.account(body, "From_Account", fromCode, fromCode);
    String to = fields.account(body, "To_Account", TimErrorCode.MSG_TO_ACCOUNT_INVALID.code(),
        TimErrorCode.MSG_TO_ACCOUNT_NOT_REGISTERED.code());
    long msgRandom = C2cFields.requiredUint32(body, "MsgRandom", TimErrorCode.MSG_RANDOM_INVALID.code());
    int timeCode = TimErrorCode.MSG_TIMESTAMP_INVALID.code();
    if (!body.containsKey("MsgTimeStamp")) {
      throw new EmulatorError(timeCode, "MsgTimeStamp is required");
    }
    long time = Fields.optionalInteger(body, "MsgTimeStamp", 0, 0, Long.MAX_VALUE / 2, timeCode);
    JsonArray msgBody = C2cFields.msgBody(body);
    Long given = C2cFields.optionalUint32(body, "MsgSeq", TimErrorCode.MSG_FORMAT_ERROR.code());
    long msgSeq = given != null ? given : state.nextMsgSeq();
    JsonObject f = messageFields(body, from, to, msgBody, mode != 2, false);
    String key = msgSeq + "_" + msgRandom + "_" + time;
    boolean fresh = state.messages().find(C2cState.conversation(from, to), key) == null;
    StoredMessage m = state.store(from, to, msgSeq, time, msgRandom, f);
    if (fresh) {
      hooks.accepted(new MessageHooks.Outgoing(MessageHooks.Kind.C2C, from, false, to, msgBody), m, true);
    }
    return new JsonObject();
  }

  /** The fields every send shares; the recipient is read by each endpoint. */
  private Send readSend(JsonObject body) {
    int sync = (int) Fields.optionalInteger(body, "SyncOtherMachine", 1, 1, 2,
        TimErrorCode.MSG_SYNC_OTHER_MACHINE_INVALID.code());
    // the admin naming itself as From_Account sends as the admin
    boolean fromAdmin = !body.containsKey("From_Account") || fields.admin().equals(body.getValue("From_Account"));
    int fromCode = TimErrorCode.MSG_FROM_ACCOUNT_INVALID.code();
    String from = fromAdmin ? fields.admin() : fields.account(body, "From_Account", fromCode, fromCode);
    long lifeTime = lifeTime(body);
    long msgRandom = C2cFields.requiredUint32(body, "MsgRandom", TimErrorCode.MSG_RANDOM_INVALID.code());
    if (body.containsKey("MsgTimeStamp")) {
      Fields.optionalInteger(body, "MsgTimeStamp", 0, 0, Long.MAX_VALUE / 2, TimErrorCode.MSG_TIMESTAMP_INVALID.code());
    }
    JsonArray msgBody = C2cFields.msgBody(body);
    long crc = crc(msgBody);
    Long given = C2cFields.optionalUint32(body, "MsgSeq", TimErrorCode.MSG_FORMAT_ERROR.code());
    long msgSeq = given != null ? given : state.nextMsgSeq();
    boolean countsUnread = !controls(body).contains("NoUnread");
    JsonObject f = messageFields(body, from, null, msgBody, countsUnread, sync == NO_SYNC);
    return new Send(from, fromAdmin, sync, lifeTime, given, msgSeq, msgRandom, crc, msgBody, f);
  }

  /** Checks (sendmsg only), stores (unless MsgLifeTime 0: online only, kept nowhere) and tells the listeners. */
  private StoredMessage deliver(Send send, String to, long time, boolean check) {
    MessageHooks.Outgoing outgoing = new MessageHooks.Outgoing(MessageHooks.Kind.C2C, send.from(), send.fromAdmin(),
        to, send.msgBody());
    if (check) {
      hooks.check(outgoing);
    }
    JsonObject f = send.fields().copy().put("To_Account", to);
    StoredMessage m = send.lifeTime() == 0
        ? new StoredMessage(0, send.msgSeq(), time, send.msgRandom(),
            send.msgSeq() + "_" + send.msgRandom() + "_" + time, false, f)
        : state.store(send.from(), to, send.msgSeq(), time, send.msgRandom(), f);
    hooks.accepted(outgoing, m, false);
    return m;
  }

  /** MsgLifeTime: 604800 when absent; not an integer or negative → 90044, over 7 days → 90026. */
  private static long lifeTime(JsonObject body) {
    if (!body.containsKey("MsgLifeTime")) {
      return MAX_LIFE_TIME;
    }
    long v = Fields.optionalInteger(body, "MsgLifeTime", 0, 0, Long.MAX_VALUE / 2,
        TimErrorCode.MSG_LIFETIME_NOT_INTEGER.code());
    if (v > MAX_LIFE_TIME) {
      throw new EmulatorError(TimErrorCode.MSG_LIFETIME_TOO_LARGE.code(),
          "MsgLifeTime " + v + " is more than " + MAX_LIFE_TIME + " seconds (7 days)");
    }
    return v;
  }

  private static JsonArray controls(JsonObject body) {
    Object v = body.getValue("SendMsgControl");
    if (v == null) {
      return new JsonArray();
    }
    if (!(v instanceof JsonArray)) {
      throw new EmulatorError(TimErrorCode.MSG_FORMAT_ERROR.code(), "SendMsgControl must be an array of strings");
    }
    return (JsonArray) v;
  }

  /** The family fields stored with a message (the emulator's own flags start with an underscore). */
  private static JsonObject messageFields(JsonObject body, String from, String to, JsonArray msgBody,
                                          boolean countsUnread, boolean hiddenFromSender) {
    JsonObject f = new JsonObject().put("From_Account", from).put("To_Account", to).put("MsgBody", msgBody.copy())
        .put("IsPeerRead", 0).put(C2cState.COUNTS_UNREAD, countsUnread);
    String cloud = Fields.optionalString(body, "CloudCustomData", TimErrorCode.MSG_FORMAT_ERROR.code());
    if (cloud != null) {
      f.put("CloudCustomData", cloud);
    }
    f.put("SupportMessageExtension", (int) Fields.optionalInteger(body, "SupportMessageExtension", 0, 0, 1,
        TimErrorCode.MSG_FORMAT_ERROR.code()));
    if (hiddenFromSender) {
      f.put(C2cState.HIDDEN_FROM_SENDER, true);
    }
    return f;
  }

  /** The repeat key beside sender and MsgRandom: recipient, the caller's MsgSeq (when given) and the CRC32. */
  private static String dedupTarget(String to, Send send) {
    return to + "|" + (send.givenSeq() == null ? "-" : send.givenSeq()) + "|" + send.crc();
  }

  private static long crc(JsonArray msgBody) {
    CRC32 crc = new CRC32();
    crc.update(msgBody.encode().getBytes(StandardCharsets.UTF_8));
    return crc.getValue();
  }
}
