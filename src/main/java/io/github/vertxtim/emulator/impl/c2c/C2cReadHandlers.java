package io.github.vertxtim.emulator.impl.c2c;

import io.github.vertxtim.TimErrorCode;
import io.github.vertxtim.emulator.impl.shared.EmulatorError;
import io.github.vertxtim.emulator.impl.shared.Fields;
import io.github.vertxtim.emulator.impl.shared.HandlerTable;
import io.github.vertxtim.emulator.impl.shared.StoredMessage;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.util.ArrayList;
import java.util.List;

/**
 * admin_set_msg_read, get_c2c_unread_msg_num and c2c_msg_read_receipt, which agree through one rule
 * ({@link C2cState#unread}): a message from the peer is unread until the reader's read mark covers it or the
 * reader sent a receipt for it.
 */
final class C2cReadHandlers {

  private final C2cState state;
  private final C2cFields fields;

  C2cReadHandlers(C2cState state, C2cFields fields) {
    this.state = state;
    this.fields = fields;
  }

  void install(HandlerTable table) {
    table.handle("openim/admin_set_msg_read", this::setMsgRead);
    table.handle("openim/get_c2c_unread_msg_num", this::unreadMsgNum);
    table.handle("openim/c2c_msg_read_receipt", this::readReceipt);
  }

  /**
   * {@code {Report_Account, Peer_Account, MsgReadTime?}} → {@code {}}: Report_Account has read Peer_Account's
   * messages up to MsgReadTime (seconds), or, without it, every message stored so far (https://www.tencentcloud.com/document/product/1047/38996: "the current time
   * when absent"). MsgReadTime may come as a string of digits, as the official Java SDK sends it.
   */
  JsonObject setMsgRead(JsonObject body) {
    String reader = fields.account(body, "Report_Account");
    String peer = fields.party(body, "Peer_Account");
    Object time = body.getValue("MsgReadTime");
    if (time instanceof String digits && digits.matches("\\d{1,18}")) {
      time = Long.parseLong(digits);
    }
    C2cState.ReadMark mark = time == null ? state.markNow(reader, peer)
        : new C2cState.ReadMark(Fields.optionalInteger(new JsonObject().put("MsgReadTime", time), "MsgReadTime", 0, 0,
            Long.MAX_VALUE / 2, C2cFields.INVALID_PACKET), Long.MAX_VALUE);
    state.setReadMark(reader, peer, mark);
    return new JsonObject();
  }

  /**
   * {@code {To_Account, Peer_Account?: [..]}} (at most 10 peers, checked before the handler) → {@code
   * {AllC2CUnreadMsgNum, C2CUnreadMsgNumList[{Peer_Account, C2CUnreadMsgNum}], ErrorList[{Peer_Account,
   * ErrorCode}]}}: the total over every peer, and each asked peer's count; a peer that is not imported gets 70107
   * in ErrorList (doocs C2cUnreadMsgErrorListItem).
   */
  JsonObject unreadMsgNum(JsonObject body) {
    String user = fields.account(body, "To_Account");
    int total = 0;
    for (String peer : state.peersOf(user)) {
      total += state.unread(user, peer);
    }
    JsonObject answer = new JsonObject().put("AllC2CUnreadMsgNum", total);
    Object asked = body.getValue("Peer_Account");
    if (asked == null) {
      return answer;
    }
    if (!(asked instanceof JsonArray)) {
      throw new EmulatorError(C2cFields.INVALID_PACKET, "Peer_Account must be an array");
    }
    JsonArray counts = new JsonArray();
    JsonArray errors = new JsonArray();
    for (Object p : (JsonArray) asked) {
      int problem = Fields.userIdProblem(p);
      if (problem == 0 && !fields.exists((String) p) && !fields.admin().equals(p)) {
        problem = TimErrorCode.ACCOUNT_NOT_IMPORTED.code();
      }
      if (problem != 0) {
        errors.add(new JsonObject().put("Peer_Account", Fields.label(p)).put("ErrorCode", problem));
      } else {
        counts.add(new JsonObject().put("Peer_Account", p).put("C2CUnreadMsgNum", state.unread(user, (String) p)));
      }
    }
    return answer.put("C2CUnreadMsgNumList", counts).put("ErrorList", errors);
  }

  /**
   * {@code {Operator_Account, Peer_Account, C2CMsgInfo[{From_Account, To_Account, MsgKey}]}} → {@code {}}: the
   * recipient (Operator_Account) sends receipts for messages the peer sent it. Each item must name the peer as
   * From_Account and the operator as To_Account (https://trtc.io/document/77776), else 20001; an unknown message fails the request with
   * 20022 before any receipt is recorded. Roaming then shows IsPeerRead 1, and the messages are no longer unread.
   */
  JsonObject readReceipt(JsonObject body) {
    String operator = fields.party(body, "Operator_Account");
    String peer = fields.party(body, "Peer_Account");
    JsonArray items = Fields.requiredArray(body, "C2CMsgInfo", C2cFields.INVALID_PACKET);
    String conv = C2cState.conversation(operator, peer);
    List<String> keys = new ArrayList<>(items.size());
    for (Object i : items) {
      if (!(i instanceof JsonObject item) || !peer.equals(item.getValue("From_Account"))
          || !operator.equals(item.getValue("To_Account"))) {
        throw new EmulatorError(C2cFields.INVALID_PACKET,
            "each C2CMsgInfo item needs From_Account = Peer_Account and To_Account = Operator_Account");
      }
      String key = C2cFields.msgKey(item);
      StoredMessage m = state.messages().find(conv, key);
      if (m == null || !peer.equals(m.fields().getString("From_Account"))) {
        throw new EmulatorError(C2cFields.NOT_FOUND, "no message " + key + " from " + peer + " to " + operator);
      }
      keys.add(key);
    }
    for (String key : keys) {
      state.messages().update(conv, key, f -> f.put("IsPeerRead", 1));
    }
    return new JsonObject();
  }
}
