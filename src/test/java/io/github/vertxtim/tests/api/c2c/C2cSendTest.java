package io.github.vertxtim.tests.api.c2c;

import io.github.vertxtim.TimErrorCode;
import io.github.vertxtim.api.c2c.GetRoamMessagesResult;
import io.github.vertxtim.api.c2c.SendMessageRequest;
import io.github.vertxtim.api.c2c.SendMessageResult;
import io.github.vertxtim.api.message.MsgBody;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** sendmsg: round trip, sender forms, SyncOtherMachine, MsgLifeTime, the 12 KB body, accounts, MsgRandom repeats. */
class C2cSendTest extends C2cTestBase {

  @BeforeEach
  void people() {
    accounts("alice", "bob");
  }

  @Test
  void aSentMessageIsStoredAndRoamingReturnsIt() {
    long before = System.currentTimeMillis() / 1000;
    SendMessageResult sent = await(() -> client.c2c().sendMessage(SendMessageRequest.of("bob", MsgBody.text("hi"))
        .withFromAccount("alice").withMsgSeq(7).withCloudCustomData("{\"k\":1}")));
    assertThat(sent.msgTime()).isBetween(before, before + 5);
    assertThat(sent.msgKey()).startsWith("7_").endsWith("_" + sent.msgTime());
    assertThat(state().c2cMessageCount("alice", "bob")).isEqualTo(1);

    List<GetRoamMessagesResult.Message> seen = history("bob", "alice");
    assertThat(seen).hasSize(1);
    GetRoamMessagesResult.Message m = seen.get(0);
    assertThat(m.fromAccount()).isEqualTo("alice");
    assertThat(m.toAccount()).isEqualTo("bob");
    assertThat(m.msgSeq()).isEqualTo(7);
    assertThat(m.msgKey()).isEqualTo(sent.msgKey());
    assertThat(m.msgTimeStamp()).isEqualTo(sent.msgTime());
    assertThat(m.cloudCustomData()).isEqualTo("{\"k\":1}");
    assertThat(m.recalled()).isFalse();
    assertThat(text(m)).isEqualTo("hi");
  }

  @Test
  void theAdminSendsAsItselfAndMsgSeqMayRepeat() {
    SendMessageResult first = await(() -> client.c2c().sendMessage(
        SendMessageRequest.of("bob", MsgBody.text("one")).withMsgSeq(5)));
    SendMessageResult second = await(() -> client.c2c().sendMessage(
        SendMessageRequest.of("bob", MsgBody.text("two")).withMsgSeq(5)));
    await(() -> client.c2c().sendMessage(SendMessageRequest.of("bob", MsgBody.text("three")).withFromAccount(ADMIN)));
    assertThat(first.msgKey()).isNotEqualTo(second.msgKey());
    assertThat(state().c2cMessageCount(ADMIN, "bob")).as("the admin naming itself sends as the admin").isEqualTo(3);
    List<GetRoamMessagesResult.Message> seen = history("bob", ADMIN);
    assertThat(seen).extracting(GetRoamMessagesResult.Message::fromAccount).containsOnly(ADMIN);
    assertThat(seen).filteredOn(m -> !text(m).equals("three")).extracting(GetRoamMessagesResult.Message::msgSeq)
        .containsOnly(5L);
    assertThat(seen).extracting(C2cTestBase::text).containsExactlyInAnyOrder("one", "two", "three");
  }

  @Test
  void syncOtherMachine2KeepsTheMessageOutOfTheSendersHistoryOnly() {
    await(() -> client.c2c().sendMessage(SendMessageRequest.of("bob", MsgBody.text("quiet")).withFromAccount("alice")
        .withSyncOtherMachine(SendMessageRequest.NO_SYNC_TO_SENDER)));
    send("alice", "bob", "loud");
    assertThat(history("alice", "bob")).extracting(C2cTestBase::text).containsExactly("loud");
    assertThat(history("bob", "alice")).extracting(C2cTestBase::text).containsExactlyInAnyOrder("quiet", "loud");
  }

  @Test
  void msgLifeTimeBounds() {
    awaitFailure(() -> client.c2c().sendMessage(SendMessageRequest.of("bob", MsgBody.text("x"))
        .withMsgLifeTime(SendMessageRequest.MAX_MSG_LIFE_TIME + 1)), TimErrorCode.MSG_LIFETIME_TOO_LARGE.code());
    awaitFailure(() -> client.call("openim", "sendmsg", body("bob").put("MsgLifeTime", "long")),
        TimErrorCode.MSG_LIFETIME_NOT_INTEGER.code());
    await(() -> client.c2c().sendMessage(SendMessageRequest.of("bob", MsgBody.text("week"))
        .withMsgLifeTime(SendMessageRequest.MAX_MSG_LIFE_TIME)));
    SendMessageResult online = await(() -> client.c2c().sendMessage(SendMessageRequest.of("bob",
        MsgBody.text("typing…")).withMsgLifeTime(0)));
    assertThat(online.msgKey()).isNotBlank();
    assertThat(history("bob", ADMIN)).extracting(C2cTestBase::text).as("MsgLifeTime 0: online only, not stored")
        .containsExactly("week");
  }

  @Test
  void theBodyMayBe12KbAndNoMore() {
    String filler = "x".repeat(12 * 1024 - "[{\"MsgType\":\"TIMTextElem\",\"MsgContent\":{\"Text\":\"\"}}]".length());
    await(() -> client.c2c().sendMessage(SendMessageRequest.of("bob", MsgBody.text(filler))));
    awaitFailure(() -> client.c2c().sendMessage(SendMessageRequest.of("bob", MsgBody.text(filler + "y"))),
        TimErrorCode.MESSAGE_TOO_LARGE.code());
    assertThat(state().c2cMessageCount(ADMIN, "bob")).isEqualTo(1);
  }

  @Test
  void senderAndRecipientMustExist() {
    awaitFailure(() -> client.c2c().sendMessage(SendMessageRequest.of("nobody", MsgBody.text("x"))),
        TimErrorCode.MSG_TO_ACCOUNT_NOT_REGISTERED.code());
    awaitFailure(() -> client.c2c().sendMessage(SendMessageRequest.of("bob", MsgBody.text("x"))
        .withFromAccount("ghost")), TimErrorCode.MSG_FROM_ACCOUNT_INVALID.code());
    awaitFailure(() -> client.call("openim", "sendmsg", body(null)), TimErrorCode.MSG_TO_ACCOUNT_INVALID.code());
    assertThat(state().c2cMessageCount(ADMIN, "bob")).isZero();
  }

  @Test
  void malformedFieldsGetTheirCodes() {
    awaitFailure(() -> client.call("openim", "sendmsg", body("bob").put("MsgRandom", "r")),
        TimErrorCode.MSG_RANDOM_INVALID.code());
    awaitFailure(() -> client.call("openim", "sendmsg", body("bob").put("MsgBody", new JsonObject())),
        TimErrorCode.MSG_BODY_NOT_ARRAY.code());
    awaitFailure(() -> client.call("openim", "sendmsg", body("bob").put("MsgBody", new JsonArray().add("hi"))),
        TimErrorCode.MSG_BODY_FORMAT_ERROR.code());
    awaitFailure(() -> client.call("openim", "sendmsg", body("bob").put("SyncOtherMachine", "yes")),
        TimErrorCode.MSG_SYNC_OTHER_MACHINE_INVALID.code());
    awaitFailure(() -> client.call("openim", "sendmsg", body("bob").put("MsgTimeStamp", "now")),
        TimErrorCode.MSG_TIMESTAMP_INVALID.code());
  }

  @Test
  void theSameMsgRandomAndContentIsOneMessageWithOneAnswer() {
    SendMessageRequest request = SendMessageRequest.of("bob", MsgBody.text("once")).withFromAccount("alice")
        .withMsgRandom(424242);
    SendMessageResult first = await(() -> client.c2c().sendMessage(request));
    SendMessageResult repeat = await(() -> client.c2c().sendMessage(request));
    assertThat(repeat.msgKey()).isEqualTo(first.msgKey());
    assertThat(repeat.msgTime()).isEqualTo(first.msgTime());
    assertThat(state().c2cMessageCount("alice", "bob")).isEqualTo(1);

    SendMessageResult other = await(() -> client.c2c().sendMessage(
        SendMessageRequest.of("bob", MsgBody.text("other")).withFromAccount("alice").withMsgRandom(424242)));
    assertThat(other.msgKey()).as("other content is another message").isNotEqualTo(first.msgKey());
    assertThat(state().c2cMessageCount("alice", "bob")).isEqualTo(2);
  }

  /** A raw sendmsg body from the admin (To_Account omitted when null). */
  private static JsonObject body(String to) {
    JsonObject b = new JsonObject().put("MsgRandom", 1).put("MsgBody", new JsonArray().add(new JsonObject()
        .put("MsgType", "TIMTextElem").put("MsgContent", new JsonObject().put("Text", "raw"))));
    return to == null ? b : b.put("To_Account", to);
  }
}
