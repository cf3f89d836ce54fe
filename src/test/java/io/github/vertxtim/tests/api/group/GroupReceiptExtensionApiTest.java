package io.github.vertxtim.tests.api.group;

import io.github.vertxtim.TimErrorCode;
import io.github.vertxtim.api.group.GetGroupMsgKeyValuesRequest;
import io.github.vertxtim.api.group.GetGroupMsgKeyValuesResult;
import io.github.vertxtim.api.group.GetGroupMsgReceiptDetailRequest;
import io.github.vertxtim.api.group.GetGroupMsgReceiptDetailResult;
import io.github.vertxtim.api.group.GetGroupMsgReceiptRequest;
import io.github.vertxtim.api.group.GetGroupMsgReceiptResult;
import io.github.vertxtim.api.group.MsgExtension;
import io.github.vertxtim.api.group.SendGroupMsgRequest;
import io.github.vertxtim.api.group.SetGroupMsgKeyValuesRequest;
import io.github.vertxtim.api.group.SetGroupMsgKeyValuesResult;
import io.github.vertxtim.api.message.MsgBody;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Read receipts (get_group_msg_receipt, _detail, group_msg_receipt) and message extensions of group messages. */
class GroupReceiptExtensionApiTest extends GroupMessageTestBase {

  private void markRead(String groupId, String member, long... seqs) {
    JsonArray list = new JsonArray();
    for (long s : seqs) {
      list.add(new JsonObject().put("MsgSeq", s));
    }
    await(() -> client.call("group_open_http_svc", "group_msg_receipt",
        new JsonObject().put("GroupId", groupId).put("From_Account", member).put("MsgSeqList", list)));
  }

  @Test
  void readCountsAndDetailPages() {
    String g = group("Public", "alice", "bob", "carol", "dave");
    await(() -> client.groupMessages().sendGroupMsg(
        SendGroupMsgRequest.from(g, "alice", MsgBody.text("read me")).withNeedReadReceipt(true)));
    send(g, "alice", "no receipt asked");
    markRead(g, "bob", 1, 2);
    markRead(g, "alice", 1); // the sender's own read does not count

    GetGroupMsgReceiptResult counts = await(() -> client.groupMessages().getGroupMsgReceipt(
        GetGroupMsgReceiptRequest.of(g, 1, 2)));
    assertThat(counts.groupMsgReceiptList()).extracting(i -> i.msgSeq() + ":" + i.code() + ":" + i.readNum() + "/"
        + i.unreadNum()).containsExactly("1:0:1/2", "2:" + TimErrorCode.GROUP_RECEIPT_MISSING.code() + ":0/0");

    GetGroupMsgReceiptDetailResult read = await(() -> client.groupMessages().getGroupMsgReceiptDetail(
        GetGroupMsgReceiptDetailRequest.firstPage(g, 1, GetGroupMsgReceiptDetailRequest.READ, 10)));
    assertThat(read.readList()).extracting(GetGroupMsgReceiptDetailResult.ReadItem::readAccount).containsExactly("bob");
    assertThat(read.isFinished()).isEqualTo(1);

    GetGroupMsgReceiptDetailResult page1 = await(() -> client.groupMessages().getGroupMsgReceiptDetail(
        GetGroupMsgReceiptDetailRequest.firstPage(g, 1, GetGroupMsgReceiptDetailRequest.UNREAD, 1)));
    assertThat(page1.unreadList()).extracting(GetGroupMsgReceiptDetailResult.UnreadItem::unreadAccount)
        .containsExactly("carol");
    assertThat(page1.isFinished()).isZero();
    GetGroupMsgReceiptDetailResult page2 = await(() -> client.groupMessages().getGroupMsgReceiptDetail(
        new GetGroupMsgReceiptDetailRequest(g, 1, GetGroupMsgReceiptDetailRequest.UNREAD, page1.cursor(), 1)));
    assertThat(page2.unreadList()).extracting(GetGroupMsgReceiptDetailResult.UnreadItem::unreadAccount)
        .containsExactly("dave");
    assertThat(page2.isFinished()).isEqualTo(1);

    awaitFailure(() -> client.groupMessages().getGroupMsgReceiptDetail(
        GetGroupMsgReceiptDetailRequest.firstPage(g, 2, 0, 10)), TimErrorCode.GROUP_RECEIPT_MISSING.code());
    String room = group("AVChatRoom", "anchor");
    awaitFailure(() -> client.groupMessages().getGroupMsgReceipt(GetGroupMsgReceiptRequest.of(room, 1)),
        TimErrorCode.GROUP_NO_PERMISSION.code());
    importAccounts("outsider");
    awaitFailure(() -> client.call("group_open_http_svc", "group_msg_receipt", new JsonObject().put("GroupId", g)
        .put("From_Account", "outsider").put("MsgSeqList", new JsonArray().add(new JsonObject().put("MsgSeq", 1)))),
        TimErrorCode.GROUP_NO_PERMISSION.code());
  }

  @Test
  void extensionsCarrySequenceNumbers() {
    String g = group("Public", "alice");
    await(() -> client.groupMessages().sendGroupMsg(
        SendGroupMsgRequest.from(g, "alice", MsgBody.text("vote")).withSupportMessageExtension(true)));
    SetGroupMsgKeyValuesResult set = await(() -> client.groupMessages().setGroupMsgKeyValues(
        SetGroupMsgKeyValuesRequest.set(g, 1, List.of(MsgExtension.of("yes", "3"), MsgExtension.of("no", "1")))));
    assertThat(set.extensionList()).extracting(i -> i.errorCode() + ":" + i.extension().key() + "@" + i.extension().seq())
        .containsExactly("0:yes@1", "0:no@2");

    await(() -> client.groupMessages().setGroupMsgKeyValues(SetGroupMsgKeyValuesRequest.delete(g, 1,
        List.of(MsgExtension.of("yes", null)))));
    GetGroupMsgKeyValuesResult kv = await(() -> client.groupMessages().getGroupMsgKeyValues(
        new GetGroupMsgKeyValuesRequest(g, 1, 0L)));
    assertThat(kv.extensionList()).extracting(e -> e.key() + "=" + e.value() + "@" + e.seq()).containsExactly("no=1@2");
    assertThat(kv.latestSeq()).isEqualTo(3);
    assertThat(kv.completeFlag()).isEqualTo(1);

    await(() -> client.groupMessages().setGroupMsgKeyValues(SetGroupMsgKeyValuesRequest.clear(g, 1)));
    GetGroupMsgKeyValuesResult cleared = await(() -> client.groupMessages().getGroupMsgKeyValues(
        new GetGroupMsgKeyValuesRequest(g, 1, null)));
    assertThat(cleared.extensionList()).isEmpty();
    assertThat(cleared.clearSeq()).isEqualTo(4);

    SetGroupMsgKeyValuesResult bad = await(() -> client.groupMessages().setGroupMsgKeyValues(
        SetGroupMsgKeyValuesRequest.set(g, 1, List.of(MsgExtension.of("k".repeat(101), "v")))));
    assertThat(bad.extensionList().get(0).errorCode()).isEqualTo(TimErrorCode.GROUP_INVALID_PARAMETER.code());
    awaitFailure(() -> client.groupMessages().getGroupMsgKeyValues(new GetGroupMsgKeyValuesRequest(g, 7, null)),
        TimErrorCode.GROUP_MSG_NOT_IN_GROUP.code());
    assertThat(awaitThrown(() -> client.groupMessages().setGroupMsgKeyValues(SetGroupMsgKeyValuesRequest.set(g, 1,
        IntStream.range(0, 21).mapToObj(i -> MsgExtension.of("k" + i, "v")).toList()))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("20");
  }
}
