package io.github.vertxtim.tests.api.group;

import io.github.vertxtim.TimErrorCode;
import io.github.vertxtim.api.group.ClearGroupMsgRequest;
import io.github.vertxtim.api.group.DeleteGroupMsgBySenderRequest;
import io.github.vertxtim.api.group.GetGroupMsgSimpleRequest;
import io.github.vertxtim.api.group.GetGroupMsgSimpleResult;
import io.github.vertxtim.api.group.GetGroupMsgSimpleResult.GroupMsg;
import io.github.vertxtim.api.group.ImportGroupMsgRequest;
import io.github.vertxtim.api.group.ImportGroupMsgRequest.ImportedMsg;
import io.github.vertxtim.api.group.ImportGroupMsgResult;
import io.github.vertxtim.api.group.ModifyGroupMsgRequest;
import io.github.vertxtim.api.group.RecallGroupMsgRequest;
import io.github.vertxtim.api.group.RecallGroupMsgResult;
import io.github.vertxtim.api.group.SendBroadcastMsgRequest;
import io.github.vertxtim.api.group.SendBroadcastMsgResult;
import io.github.vertxtim.api.group.SendGroupMsgRequest;
import io.github.vertxtim.api.group.SendGroupMsgResult;
import io.github.vertxtim.api.group.SendGroupSystemNotificationRequest;
import io.github.vertxtim.api.message.MsgBody;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Round trips and error paths of every group-message endpoint of GroupMessageApi against the emulator. */
class GroupMessageApiTest extends GroupMessageTestBase {

  @Test
  void sendAsAdminAndAsMemberNumbersFromOne() {
    String g = group("Public", "alice", "bob");
    SendGroupMsgResult first = send(g, null, "hello from the admin");
    SendGroupMsgResult second = send(g, "bob", "hi from bob");
    assertThat(first.msgSeq()).isEqualTo(1);
    assertThat(second.msgSeq()).isEqualTo(2);
    assertThat(second.msgTime()).isPositive();
    assertThat(state().groupMessageCount(g)).isEqualTo(2);

    GetGroupMsgSimpleResult h = history(g, 20);
    assertThat(h.groupId()).isEqualTo(g);
    assertThat(h.isFinished()).isEqualTo(1);
    assertThat(h.rspMsgList()).extracting(GroupMsg::msgSeq).containsExactly(2L, 1L);
    assertThat(h.rspMsgList()).extracting(GroupMsg::fromAccount).containsExactly("bob", ADMIN);
    assertThat(text(h.rspMsgList().get(0).msgBody())).isEqualTo("hi from bob");
    assertThat(h.rspMsgList().get(0).isPlaceMsg()).isEqualTo(GroupMsg.STORED);
    assertThat(h.rspMsgList().get(0).msgTimeStamp()).isEqualTo(second.msgTime());
  }

  @Test
  void sendErrors() {
    importAccounts("carol");
    String g = group("Public", "alice", "bob");
    awaitFailure(() -> client.groupMessages().sendGroupMsg(SendGroupMsgRequest.of("@TGS#1NOSUCHGRP",
        MsgBody.text("x"))), TimErrorCode.GROUP_NOT_FOUND.code());
    awaitFailure(() -> client.groupMessages().sendGroupMsg(SendGroupMsgRequest.of("bad\u0001id",
        MsgBody.text("x"))), TimErrorCode.GROUP_INVALID_ID.code());
    awaitFailure(() -> client.groupMessages().sendGroupMsg(SendGroupMsgRequest.from(g, "carol",
        MsgBody.text("x"))), TimErrorCode.GROUP_NO_PERMISSION.code());
    awaitFailure(() -> client.groupMessages().sendGroupMsg(SendGroupMsgRequest.from(g, "nobody",
        MsgBody.text("x"))), TimErrorCode.GROUP_ACCOUNT_NOT_FOUND.code());
    awaitFailure(() -> client.groupMessages().sendGroupMsg(SendGroupMsgRequest.of(g, List.of())),
        TimErrorCode.GROUP_INVALID_PARAMETER.code());
    awaitFailure(() -> client.groupMessages().sendGroupMsg(SendGroupMsgRequest.of(g,
        MsgBody.text("x".repeat(13 * 1024)))), TimErrorCode.MESSAGE_TOO_LARGE.code());
    state().muteGroupMember(g, "bob", System.currentTimeMillis() / 1000 + 3600);
    awaitFailure(() -> client.groupMessages().sendGroupMsg(SendGroupMsgRequest.from(g, "bob",
        MsgBody.text("x"))), TimErrorCode.GROUP_SENDER_MUTED.code());
    assertThat(state().groupMessageCount(g)).isZero();
    assertThat(awaitThrown(() -> client.groupMessages().sendGroupMsg(new SendGroupMsgRequest(g, null,
        MsgBody.text("x"), null, null, null, null, null, null, null, null,
        IntStream.range(0, 51).mapToObj(i -> "u" + i).toList(), null, null, null))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("50");
  }

  @Test
  void theSameRandomIsTheSameMessage() {
    String g = group("Private", "alice");
    SendGroupMsgRequest request = SendGroupMsgRequest.of(g, MsgBody.text("once")).withMsgRandom(4_000_000_000L);
    SendGroupMsgResult a = await(() -> client.groupMessages().sendGroupMsg(request));
    SendGroupMsgResult b = await(() -> client.groupMessages().sendGroupMsg(request));
    assertThat(b.msgSeq()).isEqualTo(a.msgSeq());
    assertThat(state().groupMessageCount(g)).isEqualTo(1);
    assertThat(history(g, 1).rspMsgList().get(0).msgRandom()).isEqualTo(4_000_000_000L);
    // without a Random the client draws a new one per call: two messages
    send(g, null, "again");
    send(g, null, "again");
    assertThat(state().groupMessageCount(g)).isEqualTo(3);
  }

  @Test
  void avChatRoomMessagesAreNumberedButNotKept() {
    String room = group("AVChatRoom", "anchor");
    assertThat(send(room, null, "one").msgSeq()).isEqualTo(1);
    assertThat(send(room, null, "two").msgSeq()).isEqualTo(2);
    assertThat(state().groupMessageCount(room)).isZero();
    awaitFailure(() -> client.groupMessages().getGroupMsgSimple(GetGroupMsgSimpleRequest.latest(room, 5)),
        TimErrorCode.GROUP_TYPE_NO_ROAMING.code());
  }

  @Test
  void systemNotificationToAllOrToSome() {
    String g = group("Public", "alice", "bob", "carol");
    await(() -> client.groupMessages().sendGroupSystemNotification(
        SendGroupSystemNotificationRequest.toAll(g, "maintenance at noon")));
    await(() -> client.groupMessages().sendGroupSystemNotification(
        SendGroupSystemNotificationRequest.to(g, "just you two", List.of("bob", "carol", "stranger"))));
    List<JsonObject> notices = state().groupNotices(g);
    assertThat(notices).extracting(n -> n.getString("Content")).containsExactly("maintenance at noon", "just you two");
    assertThat(notices.get(0).getJsonArray("ToMembers_Account").getList()).containsExactlyInAnyOrder("alice", "bob",
        "carol");
    assertThat(notices.get(1).getJsonArray("ToMembers_Account").getList()).containsExactly("bob", "carol");
    assertThat(state().groupMessageCount(g)).isZero();
    awaitFailure(() -> client.groupMessages().sendGroupSystemNotification(
        SendGroupSystemNotificationRequest.toAll(g, "")), TimErrorCode.GROUP_INVALID_PARAMETER.code());
  }

  @Test
  void broadcastReachesEveryAvChatRoomOnly() {
    String roomA = group("AVChatRoom", "a");
    String roomB = group("AVChatRoom", "b");
    String plain = group("Public", "c");
    SendBroadcastMsgResult r = await(() -> client.groupMessages().sendBroadcastMsg(
        SendBroadcastMsgRequest.of(MsgBody.text("to every live room"))));
    assertThat(r.msgSeq()).isPositive();
    for (String room : List.of(roomA, roomB)) {
      assertThat(state().groupNotices(room)).singleElement().satisfies(n -> {
        assertThat(n.getString("Kind")).isEqualTo("Broadcast");
        assertThat(n.getLong("MsgSeq")).isEqualTo(r.msgSeq());
      });
    }
    assertThat(state().groupNotices(plain)).isEmpty();
    awaitFailure(() -> client.groupMessages().sendBroadcastMsg(new SendBroadcastMsgRequest("ghost", null,
        MsgBody.text("x"), null)), TimErrorCode.GROUP_ACCOUNT_NOT_FOUND.code());
  }

  @Test
  void recallPerMessageCodes() {
    String g = group("Public", "alice", "bob");
    send(g, "bob", "oops");
    send(g, "alice", "fine");
    RecallGroupMsgResult r = await(() -> client.groupMessages().recallGroupMsg(RecallGroupMsgRequest.of(g, 1, 99)));
    assertThat(r.recallRetList()).extracting(i -> i.msgSeq() + "=" + i.retCode())
        .containsExactly("1=0", "99=" + TimErrorCode.GROUP_RECALL_NOT_FOUND.code());
    assertThat(state().groupMessageRecalled(g, 1)).isTrue();
    RecallGroupMsgResult again = await(() -> client.groupMessages().recallGroupMsg(RecallGroupMsgRequest.of(g, 1)));
    assertThat(again.recallRetList().get(0).retCode()).isEqualTo(TimErrorCode.GROUP_MSG_NOT_RECALLABLE.code());

    assertThat(history(g, 20).rspMsgList()).extracting(GroupMsg::msgSeq).containsExactly(2L);
    GetGroupMsgSimpleResult withRecalled = await(() -> client.groupMessages().getGroupMsgSimple(
        new GetGroupMsgSimpleRequest(g, 20, null, 1, null)));
    assertThat(withRecalled.rspMsgList()).extracting(m -> m.msgSeq() + ":" + m.isPlaceMsg())
        .containsExactly("2:0", "1:" + GroupMsg.RECALLED);
    assertThat(withRecalled.rspMsgList().get(1).msgBody()).isEmpty();

    assertThat(awaitThrown(() -> client.groupMessages().recallGroupMsg(RecallGroupMsgRequest.of(g,
        1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("10");
  }

  @Test
  void importUpToSevenWithTheDocumentedResults() {
    String g = group("Public", "alice", "bob");
    long now = System.currentTimeMillis() / 1000;
    List<ImportedMsg> msgs = List.of(ImportedMsg.of("alice", now, MsgBody.text("old 1")),
        new ImportedMsg("bob", now, 7L, MsgBody.text("old 2"), null));
    ImportGroupMsgResult r = await(() -> client.groupMessages().importGroupMsg(ImportGroupMsgRequest.of(g, msgs)));
    assertThat(r.importMsgResult()).extracting(i -> i.msgSeq() + "/" + i.result())
        .containsExactly("1/" + ImportGroupMsgResult.IMPORTED, "2/" + ImportGroupMsgResult.IMPORTED);
    assertThat(r.importMsgResult().get(0).msgTime()).isEqualTo(now);

    ImportGroupMsgResult again = await(() -> client.groupMessages().importGroupMsg(ImportGroupMsgRequest.of(g,
        List.of(msgs.get(1), ImportedMsg.of("bob", now + 3600, MsgBody.text("from the future"))))));
    assertThat(again.importMsgResult()).extracting(ImportGroupMsgResult.Item::result)
        .containsExactly(ImportGroupMsgResult.DUPLICATE, ImportGroupMsgResult.FAILED);
    assertThat(again.importMsgResult().get(0).msgSeq()).isEqualTo(2);
    assertThat(state().groupMessageCount(g)).isEqualTo(2);
    assertThat(history(g, 20).rspMsgList()).extracting(m -> text(m.msgBody())).containsExactly("old 2", "old 1");

    String room = group("AVChatRoom", "anchor");
    awaitFailure(() -> client.groupMessages().importGroupMsg(ImportGroupMsgRequest.of(room, msgs)),
        TimErrorCode.GROUP_NO_PERMISSION.code());
    List<ImportedMsg> eight = IntStream.range(0, 8).mapToObj(i -> ImportedMsg.of("a", now, MsgBody.text("m"))).toList();
    assertThat(awaitThrown(() -> client.groupMessages().importGroupMsg(ImportGroupMsgRequest.of(g, eight))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("7");
  }

  @Test
  void deleteBySenderLeavesPlaceholders() {
    importAccounts("bob");
    String g = group("Public", "alice", "bob");
    send(g, "bob", "b1");
    send(g, "alice", "a1");
    send(g, "bob", "b2");
    await(() -> client.groupMessages().deleteGroupMsgBySender(new DeleteGroupMsgBySenderRequest(g, "bob")));
    assertThat(history(g, 20).rspMsgList()).extracting(m -> m.msgSeq() + ":" + m.isPlaceMsg() + ":" + text(m.msgBody()))
        .containsExactly("3:1:null", "2:0:a1", "1:1:null");
    awaitFailure(() -> client.groupMessages().deleteGroupMsgBySender(new DeleteGroupMsgBySenderRequest(g, "ghost")),
        TimErrorCode.GROUP_ACCOUNT_NOT_FOUND.code());
    String room = group("AVChatRoom", "anchor");
    awaitFailure(() -> client.groupMessages().deleteGroupMsgBySender(new DeleteGroupMsgBySenderRequest(room, "bob")),
        TimErrorCode.GROUP_TYPE_NO_DELETE.code());
  }

  @Test
  void historyPagesFromTheSmallestSeqMinusOne() {
    String g = group("ChatRoom", "alice");
    for (int i = 1; i <= 45; i++) {
      send(g, null, "m" + i);
    }
    GetGroupMsgSimpleResult first = history(g, 20);
    assertThat(first.rspMsgList()).extracting(GroupMsg::msgSeq).startsWith(45L).endsWith(26L);
    assertThat(first.nextReqMsgSeq()).isEqualTo(25);
    GetGroupMsgSimpleResult second = await(() -> client.groupMessages().getGroupMsgSimple(
        GetGroupMsgSimpleRequest.upTo(g, first.nextReqMsgSeq(), 20)));
    assertThat(second.rspMsgList()).extracting(GroupMsg::msgSeq).startsWith(25L).endsWith(6L);

    // the registry's paging rule walks every page: 45 messages once each, newest first
    List<Long> seqs = new ArrayList<>();
    io.vertx.core.Promise<Void> done = io.vertx.core.Promise.promise();
    vertx.runOnContext(v -> client.pages("group_open_http_svc", "group_msg_get_simple",
            new JsonObject().put("GroupId", g).put("ReqMsgNumber", 20))
        .handler(item -> seqs.add(item.getLong("MsgSeq")))
        .exceptionHandler(done::tryFail)
        .endHandler(x -> done.tryComplete()));
    await(done::future);
    assertThat(seqs).hasSize(45).doesNotHaveDuplicates().isSortedAccordingTo((a, b) -> Long.compare(b, a));
    assertThat(seqs.get(44)).isEqualTo(1);

    assertThat(awaitThrown(() -> client.groupMessages().getGroupMsgSimple(GetGroupMsgSimpleRequest.latest(g, 21))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void modifyReplacesBodyAndCustomData() {
    String g = group("Public", "alice");
    send(g, "alice", "typo");
    await(() -> client.groupMessages().modifyGroupMsg(new ModifyGroupMsgRequest(g, 1, MsgBody.text("fixed"),
        "{\"edited\":true}", null)));
    GroupMsg m = history(g, 1).rspMsgList().get(0);
    assertThat(text(m.msgBody())).isEqualTo("fixed");
    assertThat(m.cloudCustomData()).isEqualTo("{\"edited\":true}");
    awaitFailure(() -> client.groupMessages().modifyGroupMsg(new ModifyGroupMsgRequest(g, 9, MsgBody.text("x"),
        null, null)), TimErrorCode.GROUP_MSG_NOT_IN_GROUP.code());
    awaitFailure(() -> client.groupMessages().modifyGroupMsg(new ModifyGroupMsgRequest(g, 1, null, null, null)),
        TimErrorCode.GROUP_INVALID_PARAMETER.code());
  }

  @Test
  void clearMarksHistoryForMembersOnly() {
    String g = group("Public", "alice");
    send(g, null, "one");
    send(g, null, "two");
    await(() -> client.groupMessages().clearGroupMsg(new ClearGroupMsgRequest(g, 1L)));
    assertThat(state().groupMessagesClearedUpTo(g)).isEqualTo(1);
    await(() -> client.groupMessages().clearGroupMsg(new ClearGroupMsgRequest(g, null)));
    assertThat(state().groupMessagesClearedUpTo(g)).isEqualTo(2);
    assertThat(history(g, 20).rspMsgList()).hasSize(2); // the admin still pulls them
    String community = state().addGroup("Community");
    awaitFailure(() -> client.groupMessages().clearGroupMsg(new ClearGroupMsgRequest(community, null)),
        TimErrorCode.GROUP_NO_PERMISSION.code());
  }
}
