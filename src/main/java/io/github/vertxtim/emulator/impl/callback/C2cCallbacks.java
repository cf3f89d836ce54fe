package io.github.vertxtim.emulator.impl.callback;

import io.github.vertxtim.TimErrorCode;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * One-to-one message callbacks (shared/api/callbacks.md §6.2; https://trtc.io/document/34364, 34365, 43465,
 * 43466, 76006) and the chatbot's {@code Bot.OnC2CMessage} (https://trtc.io/document/68952) when the recipient is a
 * bot account. batchsendmsg and importmsg have no rule: they never call back (§4).
 */
final class C2cCallbacks {

  static final String BEFORE_SEND = "C2C.CallbackBeforeSendMsg";
  static final String AFTER_SEND = "C2C.CallbackAfterSendMsg";
  private static final String REPORT = "C2C.CallbackAfterMsgReport";
  private static final String WITHDRAW = "C2C.CallbackAfterMsgWithDraw";
  private static final String EXTENSION = "C2C.CallbackAfterC2CMsgExtension";
  private static final String BOT = "Bot.OnC2CMessage";

  private final CallbackFacts facts;

  C2cCallbacks(CallbackFacts facts) {
    this.facts = facts;
  }

  void install(Map<String, CallbackRule> rules) {
    rules.put("openim/sendmsg", this::sendMsg);
    rules.put("openim/admin_msgwithdraw", (request, ip) -> Exchange.after((req, answer) -> List.of(
        OutgoingCallback.rest(WITHDRAW, Bodies.copy(req, Bodies.event(WITHDRAW), "From_Account", "To_Account",
                "MsgKey")
            .put("UnreadMsgNum", facts.c2cUnread(Bodies.string(req, "To_Account", ""),
                Bodies.string(req, "From_Account", "")))
            .put("EventTime", facts.clock().millis()), ip))));
    rules.put("openim/admin_set_msg_read", (request, ip) -> Exchange.after((req, answer) -> {
      String reader = Bodies.string(req, "Report_Account", "");
      String peer = Bodies.string(req, "Peer_Account", "");
      return List.of(OutgoingCallback.rest(REPORT, Bodies.event(REPORT).put("Report_Account", reader)
          .put("Peer_Account", peer)
          .put("LastReadTime", Bodies.number(req.getValue("MsgReadTime"), facts.clock().seconds()))
          .put("UnreadMsgNum", facts.c2cUnread(reader, peer))
          .put("EventTime", facts.clock().millis()), ip));
    }));
    rules.put("openim_msg_ext_http_svc/set_key_values", (request, ip) -> Exchange.after((req, answer) -> {
      JsonArray set = new JsonArray();
      long seq = 0;
      for (Object o : Bodies.array(answer, "ExtensionList")) {
        if (o instanceof JsonObject item && Bodies.number(item.getValue("ErrorCode"), 1) == 0
            && item.getValue("Extension") instanceof JsonObject ext) {
          set.add(ext.copy());
          seq = Math.max(seq, Bodies.number(ext.getValue("Seq"), 0));
        }
      }
      return List.of(OutgoingCallback.rest(EXTENSION, Bodies.event(EXTENSION)
          .put("From_Account", Bodies.from(req, facts))
          .put("To_Account", Bodies.string(req, "To_Account", ""))
          .put("MsgKey", Bodies.string(req, "MsgKey", ""))
          .put("OperateType", Bodies.number(req.getValue("OperateType"), 1))
          .put("ExtensionList", set).put("Seq", seq)
          .put("EventTime", facts.clock().millis()), ip));
    }));
  }

  /**
   * Before the send: the message as the service will store it. MsgSeq is the caller's, or — when the caller
   * gave none and the service picks one at store time — a stand-in derived from sender, recipient, MsgRandom and
   * content (so a retry asks with the same one); the after-callback carries the stored one (from MsgKey).
   */
  private Exchange sendMsg(JsonObject request, String ip) {
    String from = Bodies.from(request, facts);
    String to = (String) request.getValue("To_Account");
    if (to == null) {
      return Exchange.NONE;
    }
    long random = Bodies.number(request.getValue("MsgRandom"), 0);
    long seq = request.containsKey("MsgSeq") ? Bodies.number(request.getValue("MsgSeq"), 0)
        : standInSeq(from, to, random, Bodies.array(request, "MsgBody"));
    long time = facts.clock().seconds();
    String key = seq + "_" + random + "_" + time;
    JsonObject body = message(BEFORE_SEND, request, from, to, seq, time, key);
    Decider decider = Decisions.message(BEFORE_SEND, TimErrorCode.MSG_BLOCKED_BY_CALLBACK.code(),
        () -> new JsonObject().put("MsgTime", time).put("MsgKey", key).put("MsgId", key));
    BeforeCallback before = new BeforeCallback(OutgoingCallback.rest(BEFORE_SEND, body, ip), decider,
        Outcome.reject(TimErrorCode.PRE_SEND_CALLBACK_FAILED.code(), "the before-send callback failed or timed out"));
    return new Exchange(before, (req, answer) -> {
      String msgKey = answer.getString("MsgKey", key);
      long msgTime = Bodies.number(answer.getValue("MsgTime"), time);
      long msgSeq = Bodies.number(msgKey.substring(0, Math.max(0, msgKey.indexOf('_'))), seq);
      List<OutgoingCallback> out = new ArrayList<>(2);
      out.add(OutgoingCallback.rest(AFTER_SEND, message(AFTER_SEND, req, from, to, msgSeq, msgTime, msgKey)
          .put("SendMsgResult", 0).put("ErrorInfo", "").put("UnreadMsgNum", facts.c2cUnread(to, from)), ip));
      if (facts.isRobot(to)) {
        out.add(OutgoingCallback.rest(BOT, message(BOT, req, from, to, msgSeq, msgTime, msgKey)
            .put("MsgId", answer.getString("MsgId", msgKey)), ip));
      }
      return out;
    });
  }

  private JsonObject message(String command, JsonObject request, String from, String to, long seq, long time,
                             String key) {
    JsonObject body = Bodies.event(command).put("From_Account", from).put("To_Account", to).put("MsgSeq", seq)
        .put("MsgRandom", Bodies.number(request.getValue("MsgRandom"), 0)).put("MsgTime", time).put("MsgKey", key)
        .put("OnlineOnlyFlag", Bodies.number(request.getValue("MsgLifeTime"), 1) == 0 ? 1 : 0)
        .put("MsgBody", Bodies.array(request, "MsgBody"));
    if (request.getValue("CloudCustomData") instanceof String cloud) {
      body.put("CloudCustomData", cloud);
    }
    return body.put("EventTime", facts.clock().millis());
  }

  private static long standInSeq(String from, String to, long random, JsonArray msgBody) {
    CRC32 crc = new CRC32();
    crc.update((from + "|" + to + "|" + random + "|" + msgBody.encode()).getBytes(StandardCharsets.UTF_8));
    return crc.getValue();
  }
}
