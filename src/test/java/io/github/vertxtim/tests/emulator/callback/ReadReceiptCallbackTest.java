package io.github.vertxtim.tests.emulator.callback;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Group.CallbackAfterReadReceipt: a message sent asking for receipts, and members acknowledging it. */
class ReadReceiptCallbackTest extends CallbackTestBase {

  static final String RECEIPT = "Group.CallbackAfterReadReceipt";

  private String groupId;

  @BeforeEach
  void aGroupOfThree() {
    importAccounts("owner", "ann", "ben");
    groupId = call("group_open_http_svc/create_group", new JsonObject().put("Owner_Account", "owner")
        .put("Type", "Public").put("Name", "club").put("MemberList", new JsonArray()
            .add(new JsonObject().put("Member_Account", "ann")).add(new JsonObject().put("Member_Account", "ben"))))
        .getString("GroupId");
  }

  long send(String text, boolean receipt, JsonArray forbid) {
    JsonObject request = new JsonObject().put("GroupId", groupId).put("From_Account", "ann")
        .put("Random", text.hashCode() & 0xffff).put("MsgBody", text(text));
    if (receipt) {
      request.put("NeedReadReceipt", 1);
    }
    if (forbid != null) {
      request.put("ForbidCallbackControl", forbid);
    }
    return call("group_open_http_svc/send_group_msg", request).getLong("MsgSeq");
  }

  void read(String member, long... seqs) {
    JsonArray list = new JsonArray();
    for (long s : seqs) {
      list.add(new JsonObject().put("MsgSeq", s));
    }
    call("group_open_http_svc/group_msg_receipt", new JsonObject().put("GroupId", groupId)
        .put("From_Account", member).put("MsgSeqList", list));
  }

  static JsonObject item(long seq, int read, int unread, String... members) {
    JsonArray list = new JsonArray();
    for (String m : members) {
      list.add(new JsonObject().put("Member_Account", m));
    }
    return new JsonObject().put("MsgSeq", seq).put("ReadNum", read).put("UnreadNum", unread)
        .put("ReadReceiptMembers", list);
  }

  @Test
  void aMessageSentWithAReceiptIsToldUnreadBySuppressingOnlyTheAfterSendMsg() {
    // ForbidAfterSendMsgCallback names the send's after-callback, not the receipt's
    long seq = send("please read", true, new JsonArray().add("ForbidAfterSendMsgCallback"));
    Received receipt = await(RECEIPT, 1).get(0);
    JsonObject body = receipt.body();
    assertThat(body.getString("CallbackCommand")).isEqualTo(RECEIPT);
    assertThat(body.getString("GroupId")).isEqualTo(groupId);
    assertThat(body.getString("Type")).isEqualTo("Public");
    assertThat(body.getJsonArray("GroupMsgReceiptList")).containsExactly(item(seq, 0, 2));
    assertThat(body.getLong("EventTime")).isPositive();
    assertThat(body.containsKey("Operator_Account")).as("the page's sample has none").isFalse();
    assertThat(receipt.params()).containsEntry("OptPlatform", "RESTAPI");

    send("no receipt asked", false, null);
    await("Group.CallbackAfterSendMsg", 1);
    assertThat(of("Group.CallbackAfterSendMsg")).extracting(r -> r.body().getJsonArray("MsgBody"))
        .containsExactly(text("no receipt asked"));
    assertThat(of(RECEIPT)).hasSize(1);
  }

  @Test
  void eachNewAcknowledgementIsToldWithItsReaderAndTheCounts() {
    long first = send("one", true, null);
    long plain = send("two", false, null);
    long third = send("three", true, null);
    await(RECEIPT, 2);
    read("ben", first, plain, third);
    List<JsonObject> lists = await(RECEIPT, 3).stream().map(r -> r.body().getJsonArray("GroupMsgReceiptList"))
        .filter(l -> l.getJsonObject(0).getJsonArray("ReadReceiptMembers").size() > 0)
        .map(l -> new JsonObject().put("list", l)).toList();
    // the message without a receipt is not in the event
    assertThat(lists).containsExactly(new JsonObject().put("list", new JsonArray()
        .add(item(first, 1, 1, "ben")).add(item(third, 1, 1, "ben"))));

    read("ben", first); // already read: nothing new to tell
    read("ann", first); // the sender's own read does not count
    read("owner", first);
    assertThat(await(RECEIPT, 4).stream().map(r -> r.body().getJsonArray("GroupMsgReceiptList")))
        .contains(new JsonArray().add(item(first, 2, 0, "owner")));
    assertThat(of(RECEIPT)).hasSize(4);
  }
}
