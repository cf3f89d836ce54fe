package io.github.vertxtim.emulator.impl.group;

import io.github.vertxtim.TimErrorCode;
import io.github.vertxtim.emulator.impl.shared.Accounts;
import io.github.vertxtim.emulator.impl.shared.EmulatorError;
import io.github.vertxtim.emulator.impl.shared.Fields;
import io.github.vertxtim.emulator.impl.shared.HandlerTable;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.util.List;

import static io.github.vertxtim.emulator.impl.group.GroupBodies.INVALID;
import static io.github.vertxtim.emulator.impl.group.GroupBodies.MAX_UINT32;

/**
 * Read receipts of group messages (https://trtc.io/document/49439, https://trtc.io/document/49438; group_msg_receipt as the public SDKs send it): only for
 * messages sent with NeedReadReceipt 1, and not in AVChatRoom or Community groups (10007).
 */
public final class GroupReceiptHandlers {

  /** get_group_msg_receipt_detail: Count defaults to this, and more than the maximum is read as the maximum. */
  static final int DEFAULT_DETAIL_COUNT = 100;
  static final int MAX_DETAIL_COUNT = 200;

  private final GroupState groups;
  private final GroupMessageState state;
  private final Accounts accounts;

  public GroupReceiptHandlers(GroupState groups, GroupMessageState state, Accounts accounts) {
    this.groups = groups;
    this.state = state;
    this.accounts = accounts;
  }

  public void install(HandlerTable table) {
    table.handle("group_open_http_svc/group_msg_receipt", this::groupMsgReceipt);
    table.handle("group_open_http_svc/get_group_msg_receipt", this::getGroupMsgReceipt);
    table.handle("group_open_http_svc/get_group_msg_receipt_detail", this::getGroupMsgReceiptDetail);
  }

  /** Whether the group type has read receipts (the pages: not AVChatRoom, not Community). */
  static boolean supportsReceipts(GroupType type) {
    return type != GroupType.AVChatRoom && type != GroupType.Community;
  }

  /**
   * Member From_Account has read the listed messages (at most 50; more: 10005 before this handler). 10019 unknown
   * account, 10007 not a member; messages without a receipt are skipped.
   */
  JsonObject groupMsgReceipt(JsonObject body) {
    Group g = receiptGroup(body);
    String from = GroupBodies.requiredString(body, "From_Account");
    if (!g.isMember(from)) {
      throw new EmulatorError(accounts.exists(from) ? TimErrorCode.GROUP_NO_PERMISSION.code()
          : TimErrorCode.GROUP_ACCOUNT_NOT_FOUND.code(), from + " is not a member of " + g.groupId());
    }
    String conversation = GroupMessageState.conversation(g.groupId(), null);
    for (long seq : GroupBodies.msgSeqList(body, "MsgSeqList")) {
      GroupReceipts.Receipt r = state.receipts().receipt(conversation, seq);
      if (r != null) {
        r.read(from);
      }
    }
    return new JsonObject();
  }

  /**
   * Per MsgSeq: Code 0 with ReadNum and UnreadNum (current members other than the sender who have not read it),
   * or Code 10062 when the message has no receipt.
   */
  JsonObject getGroupMsgReceipt(JsonObject body) {
    Group g = receiptGroup(body);
    String conversation = GroupMessageState.conversation(g.groupId(), null);
    JsonArray list = new JsonArray();
    for (long seq : GroupBodies.msgSeqList(body, "MsgSeqList")) {
      GroupReceipts.Receipt r = state.receipts().receipt(conversation, seq);
      JsonObject item = new JsonObject().put("MsgSeq", seq);
      if (r == null) {
        list.add(item.put("Code", TimErrorCode.GROUP_RECEIPT_MISSING.code()).put("ReadNum", 0).put("UnreadNum", 0));
      } else {
        list.add(item.put("Code", 0).put("ReadNum", r.readers().size()).put("UnreadNum", r.unread(g).size()));
      }
    }
    return new JsonObject().put("GroupMsgReceiptList", list);
  }

  /**
   * One page of readers (Filter 0, as {@code {"Read_Account"}}) or non-readers (Filter 1, {@code {"Unread_Account"}})
   * of MsgSeq. Cursor "" starts; the answer's Cursor continues ("" and IsFinished 1 on the last page). Count 1..200
   * (default 100). 10062 when the message has no receipt.
   */
  JsonObject getGroupMsgReceiptDetail(JsonObject body) {
    Group g = receiptGroup(body);
    long seq = GroupBodies.requiredInteger(body, "MsgSeq", 0, MAX_UINT32);
    int filter = (int) GroupBodies.optionalInteger(body, "Filter", 0, 0, 1);
    int count = (int) Math.min(MAX_DETAIL_COUNT,
        GroupBodies.optionalInteger(body, "Count", DEFAULT_DETAIL_COUNT, 1, Integer.MAX_VALUE));
    String cursor = Fields.optionalString(body, "Cursor", INVALID);
    int offset;
    try {
      offset = cursor == null || cursor.isEmpty() ? 0 : Integer.parseInt(cursor);
    } catch (NumberFormatException e) {
      throw new EmulatorError(INVALID, "Cursor must be \"\" or a Cursor this API answered");
    }
    if (offset < 0) {
      throw new EmulatorError(INVALID, "Cursor must be \"\" or a Cursor this API answered");
    }
    GroupReceipts.Receipt r = state.receipts().receipt(GroupMessageState.conversation(g.groupId(), null), seq);
    if (r == null) {
      throw new EmulatorError(TimErrorCode.GROUP_RECEIPT_MISSING.code(), "message " + seq + " has no read receipt");
    }
    List<String> all = filter == 0 ? r.readers() : r.unread(g);
    int end = Math.min(all.size(), offset + count);
    JsonArray page = new JsonArray();
    String field = filter == 0 ? "Read_Account" : "Unread_Account";
    for (int i = Math.min(offset, all.size()); i < end; i++) {
      page.add(new JsonObject().put(field, all.get(i)));
    }
    boolean finished = end >= all.size();
    return new JsonObject().put("IsFinished", finished ? 1 : 0).put("MsgSeq", seq)
        .put("ReadList", filter == 0 ? page : new JsonArray()).put("UnreadList", filter == 1 ? page : new JsonArray())
        .put("Cursor", finished ? "" : String.valueOf(end));
  }

  private Group receiptGroup(JsonObject body) {
    Group g = groups.require(body.getValue("GroupId"));
    if (!supportsReceipts(g.type())) {
      throw new EmulatorError(TimErrorCode.GROUP_NO_PERMISSION.code(),
          "read receipts do not work in " + g.type() + " groups");
    }
    return g;
  }
}
