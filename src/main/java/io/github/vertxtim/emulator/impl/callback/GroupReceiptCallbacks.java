package io.github.vertxtim.emulator.impl.callback;

import io.github.vertxtim.emulator.impl.group.Group;
import io.github.vertxtim.emulator.impl.group.GroupMessageState;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code Group.CallbackAfterReadReceipt} (https://trtc.io/document/60395, the Chinese page
 * https://cloud.tencent.com/document/product/269/105355): sent when a message asking for read receipts is sent
 * (send_group_msg with NeedReadReceipt 1, "the app admin sends a read receipt message via the REST API") and when a
 * member acknowledges messages (group_msg_receipt, the call the client SDKs make). Each item of
 * {@code GroupMsgReceiptList} is one message's state after the action: MsgSeq, ReadNum, UnreadNum and
 * {@code ReadReceiptMembers}, the members whose reading this event reports (none for a message just sent). The
 * page's sample has no Operator_Account, and none is sent.
 */
final class GroupReceiptCallbacks {

  private static final String COMMAND = "Group.CallbackAfterReadReceipt";

  private final CallbackFacts facts;

  GroupReceiptCallbacks(CallbackFacts facts) {
    this.facts = facts;
  }

  void install(Map<String, CallbackRule> rules) {
    rules.put("group_open_http_svc/group_msg_receipt", this::acknowledged);
  }

  /** The event of a message send_group_msg just stored with a receipt, or null (no receipt asked or kept). */
  OutgoingCallback sent(Group group, JsonObject request, JsonObject answer, String ip) {
    if (Bodies.number(request.getValue("NeedReadReceipt"), 0) != 1) {
      return null;
    }
    long seq = Bodies.number(answer.getValue("MsgSeq"), 0);
    GroupMessageState.ReceiptFacts receipt = seq == 0 ? null : facts.groupReceipt(group.groupId(), seq);
    return receipt == null ? null
        : event(group, new JsonArray().add(item(seq, receipt, List.of())), ip);
  }

  /** Only the messages with a receipt that From_Account had not read yet are in the event; none, no event. */
  private Exchange acknowledged(JsonObject request, String ip) {
    Group group = GroupCallbacks.group(facts, request);
    String reader = Bodies.string(request, "From_Account", null);
    if (group == null || reader == null) {
      return Exchange.NONE;
    }
    List<Long> unread = new ArrayList<>();
    for (Object o : Bodies.array(request, "MsgSeqList")) {
      long seq = Bodies.number(o instanceof JsonObject item ? item.getValue("MsgSeq") : o, 0);
      GroupMessageState.ReceiptFacts before = seq == 0 ? null : facts.groupReceipt(group.groupId(), seq);
      if (before != null && !before.readers().contains(reader) && !unread.contains(seq)) {
        unread.add(seq);
      }
    }
    if (unread.isEmpty()) {
      return Exchange.NONE;
    }
    return Exchange.after((req, answer) -> {
      JsonArray items = new JsonArray();
      for (long seq : unread) {
        GroupMessageState.ReceiptFacts after = facts.groupReceipt(group.groupId(), seq);
        if (after != null && after.readers().contains(reader)) {
          items.add(item(seq, after, List.of(reader)));
        }
      }
      return items.isEmpty() ? List.of() : List.of(event(group, items, ip));
    });
  }

  private static JsonObject item(long seq, GroupMessageState.ReceiptFacts receipt, List<String> members) {
    return new JsonObject().put("MsgSeq", seq).put("ReadNum", receipt.readers().size())
        .put("UnreadNum", receipt.unread()).put("ReadReceiptMembers", Bodies.accounts("Member_Account", members));
  }

  private OutgoingCallback event(Group group, JsonArray items, String ip) {
    return OutgoingCallback.rest(COMMAND, GroupCallbacks.groupEvent(COMMAND, group)
        .put("GroupMsgReceiptList", items).put("EventTime", facts.clock().millis()), ip);
  }
}
