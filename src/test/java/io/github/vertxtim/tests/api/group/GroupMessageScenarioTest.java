package io.github.vertxtim.tests.api.group;

import io.github.vertxtim.TimErrorCode;
import io.github.vertxtim.api.group.DestroyGroupRequest;
import io.github.vertxtim.api.group.ForbidSendMsgRequest;
import io.github.vertxtim.api.group.GetGroupMsgReceiptRequest;
import io.github.vertxtim.api.group.GetGroupMsgSimpleResult.GroupMsg;
import io.github.vertxtim.api.group.ImportGroupMsgRequest;
import io.github.vertxtim.api.group.ImportGroupMsgRequest.ImportedMsg;
import io.github.vertxtim.api.group.ModifyGroupAttrRequest;
import io.github.vertxtim.api.group.RecallGroupMsgRequest;
import io.github.vertxtim.api.group.SendGroupMsgRequest;
import io.github.vertxtim.api.group.UpdateGroupCounterRequest;
import io.github.vertxtim.api.message.MsgBody;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A team room's day through the typed API: migrated history, messages from the admin and members, a read receipt,
 * a recall, a muted member, room attributes and a counter, and the room's dismissal, with the emulator's state
 * checked after each step.
 */
class GroupMessageScenarioTest extends GroupMessageTestBase {

  @Test
  void aTeamRoomsDay() {
    importAccounts("lead", "dev1", "dev2");
    String room = group("Public", "lead", "dev1", "dev2");
    long now = System.currentTimeMillis() / 1000;

    // 1. last week's history is migrated first: it takes MsgSeq 1 and 2
    await(() -> client.groupMessages().importGroupMsg(ImportGroupMsgRequest.of(room, List.of(
        ImportedMsg.of("lead", now, MsgBody.text("kick-off")), ImportedMsg.of("dev1", now, MsgBody.text("on it"))))));
    assertThat(state().groupMessageCount(room)).isEqualTo(2);

    // 2. the lead asks for read receipts on the day's plan; the admin posts a reminder
    long plan = await(() -> client.groupMessages().sendGroupMsg(SendGroupMsgRequest.from(room, "lead",
        MsgBody.text("plan: ship 1.0")).withNeedReadReceipt(true))).msgSeq();
    long reminder = send(room, null, "stand-up in 5").msgSeq();
    assertThat(plan).isEqualTo(3);
    assertThat(reminder).isEqualTo(4);
    assertThat(state().groupMessageCount(room)).isEqualTo(4);

    // 3. dev1 reads the plan
    await(() -> client.call("group_open_http_svc", "group_msg_receipt", new JsonObject().put("GroupId", room)
        .put("From_Account", "dev1").put("MsgSeqList", new JsonArray().add(new JsonObject().put("MsgSeq", plan)))));
    assertThat(await(() -> client.groupMessages().getGroupMsgReceipt(GetGroupMsgReceiptRequest.of(room, plan)))
        .groupMsgReceiptList()).singleElement().satisfies(r -> {
          assertThat(r.readNum()).isEqualTo(1);
          assertThat(r.unreadNum()).isEqualTo(1);
        });

    // 4. dev2 posts by mistake, the admin recalls it
    long mistake = send(room, "dev2", "wrong room").msgSeq();
    assertThat(await(() -> client.groupMessages().recallGroupMsg(RecallGroupMsgRequest.of(room, mistake)))
        .recallRetList().get(0).retCode()).isZero();
    assertThat(state().groupMessageRecalled(room, mistake)).isTrue();
    assertThat(history(room, 20).rspMsgList()).extracting(GroupMsg::msgSeq).containsExactly(4L, 3L, 2L, 1L);

    // 5. dev2 is muted for an hour and cannot post; the seq does not move
    await(() -> client.groups().forbidSendMsg(ForbidSendMsgRequest.of(room, List.of("dev2"), 3600)));
    assertThat(state().isGroupMemberMuted(room, "dev2")).isTrue();
    awaitFailure(() -> client.groupMessages().sendGroupMsg(SendGroupMsgRequest.from(room, "dev2",
        MsgBody.text("again"))), TimErrorCode.GROUP_SENDER_MUTED.code());
    assertThat(send(room, "dev1", "done").msgSeq()).isEqualTo(mistake + 1);

    // 6. room attributes and a counter of finished tasks
    await(() -> client.groupAttributes().modifyGroupAttr(ModifyGroupAttrRequest.of(room, Map.of("sprint", "42"))));
    assertThat(state().groupAttributes(room)).containsExactly(Map.entry("sprint", "42"));
    await(() -> client.groupAttributes().updateGroupCounter(UpdateGroupCounterRequest.of(room,
        UpdateGroupCounterRequest.INCREASE, Map.of("done", 3L))));
    await(() -> client.groupAttributes().updateGroupCounter(UpdateGroupCounterRequest.of(room,
        UpdateGroupCounterRequest.DECREASE, Map.of("done", 1L))));
    assertThat(state().groupCounters(room)).containsExactly(Map.entry("done", 2L));

    // 7. the room is dismissed: its messages, attributes and counters go with it
    await(() -> client.groups().destroyGroup(new DestroyGroupRequest(room)));
    assertThat(state().hasGroup(room)).isFalse();
    assertThat(state().groupMessageCount(room)).isZero();
    assertThat(state().groupAttributes(room)).isEmpty();
    assertThat(state().groupCounters(room)).isEmpty();
    awaitFailure(() -> client.groupMessages().sendGroupMsg(SendGroupMsgRequest.of(room, MsgBody.text("anyone?"))),
        TimErrorCode.GROUP_NOT_FOUND.code());
  }
}
