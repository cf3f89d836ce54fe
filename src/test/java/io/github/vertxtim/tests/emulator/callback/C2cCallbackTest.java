package io.github.vertxtim.tests.emulator.callback;

import io.github.vertxtim.TimErrorCode;
import io.github.vertxtim.TimException;
import io.github.vertxtim.api.c2c.GetRoamMessagesRequest;
import io.github.vertxtim.api.c2c.GetRoamMessagesResult;
import io.github.vertxtim.api.c2c.SendMessageRequest;
import io.github.vertxtim.api.c2c.SendMessageResult;
import io.github.vertxtim.api.message.MsgBody;
import io.github.vertxtim.api.message.TextContent;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The one-to-one message callbacks: query, Sign, bodies, and every decision of C2C.CallbackBeforeSendMsg. */
class C2cCallbackTest extends CallbackTestBase {

  static final String BEFORE = "C2C.CallbackBeforeSendMsg";
  static final String AFTER = "C2C.CallbackAfterSendMsg";

  @BeforeEach
  void people() {
    importAccounts("alice", "bob");
  }

  SendMessageResult send(String text) {
    return await(() -> client.c2c().sendMessage(SendMessageRequest.of("bob", MsgBody.text(text))
        .withFromAccount("alice").withMsgSeq(7).withCloudCustomData("{\"k\":1}")));
  }

  List<GetRoamMessagesResult.Message> history() {
    return await(() -> client.c2c().getRoamMessages(GetRoamMessagesRequest.of("bob", "alice", 100, 0,
        Long.MAX_VALUE / 4))).messages();
  }

  static String textOf(GetRoamMessagesResult.Message m) {
    return ((TextContent) m.msgBody().get(0).msgContent()).text();
  }

  @Test
  void beforeAndAfterCarryTheDocumentedQueryAndBodies() throws Exception {
    SendMessageResult sent = send("hi");
    Received before = await(BEFORE, 1).get(0);
    Received after = await(AFTER, 1).get(0);

    assertThat(before.paramNames()).containsExactly("SdkAppid", "CallbackCommand", "contenttype", "ClientIP",
        "OptPlatform", "Sign", "RequestTime");
    assertThat(before.params()).containsEntry("SdkAppid", Long.toString(SDK_APP_ID))
        .containsEntry("contenttype", "json").containsEntry("ClientIP", "127.0.0.1")
        .containsEntry("OptPlatform", "RESTAPI");
    String time = before.params().get("RequestTime");
    assertThat(Long.parseLong(time)).isCloseTo(System.currentTimeMillis() / 1000, org.assertj.core.data.Offset.offset(5L));
    assertThat(before.params().get("Sign")).isEqualTo(sign(TOKEN, time));

    JsonObject b = before.body();
    assertThat(b.getString("CallbackCommand")).isEqualTo(BEFORE);
    assertThat(b.getString("From_Account")).isEqualTo("alice");
    assertThat(b.getString("To_Account")).isEqualTo("bob");
    assertThat(b.getLong("MsgSeq")).isEqualTo(7);
    assertThat(b.getLong("MsgRandom")).isNotNull();
    // asked before the message is stored: a second may pass while the backend answers
    assertThat(b.getLong("MsgTime")).isBetween(sent.msgTime() - 1, sent.msgTime());
    assertThat(b.getString("MsgKey")).startsWith("7_");
    assertThat(b.getInteger("OnlineOnlyFlag")).isZero();
    assertThat(b.getJsonArray("MsgBody")).isEqualTo(text("hi"));
    assertThat(b.getString("CloudCustomData")).isEqualTo("{\"k\":1}");
    assertThat(b.getLong("EventTime")).as("milliseconds").isGreaterThan(1_000_000_000_000L);

    JsonObject a = after.body();
    assertThat(a.getString("MsgKey")).isEqualTo(sent.msgKey());
    assertThat(a.getLong("MsgTime")).isEqualTo(sent.msgTime());
    assertThat(a.getLong("MsgSeq")).isEqualTo(7);
    assertThat(a.getInteger("SendMsgResult")).isZero();
    assertThat(a.getInteger("UnreadMsgNum")).isEqualTo(1);
    assertThat(a.getJsonArray("MsgBody")).isEqualTo(text("hi"));
    assertThat(after.params().get("Sign")).isEqualTo(sign(TOKEN, after.params().get("RequestTime")));
  }

  @Test
  void aRejectFailsWith20006AndStoresNothing() {
    answers.put(BEFORE, b -> "{\"ActionStatus\":\"OK\",\"ErrorCode\":1,\"ErrorInfo\":\"no\"}");
    awaitFailure(() -> client.c2c().sendMessage(SendMessageRequest.of("bob", MsgBody.text("bad"))
        .withFromAccount("alice")), TimErrorCode.MSG_BLOCKED_BY_CALLBACK.code());
    assertThat(state().c2cMessageCount("alice", "bob")).isZero();

    answers.remove(BEFORE);
    send("good");
    // the after-callback of the allowed message arrives; the rejected one had none (sent in order, one connection)
    assertThat(await(AFTER, 1)).hasSize(1).first().satisfies(r ->
        assertThat(r.body().getJsonArray("MsgBody")).isEqualTo(text("good")));
  }

  @Test
  void aCustomCodeAndItsErrorInfoReachTheSender() {
    answers.put(BEFORE, b -> "{\"ActionStatus\":\"OK\",\"ErrorCode\":120042,\"ErrorInfo\":\"not on Sundays\"}");
    TimException e = awaitFailure(() -> client.c2c().sendMessage(SendMessageRequest.of("bob", MsgBody.text("x"))
        .withFromAccount("alice")), 120042);
    assertThat(e.errorInfo()).isEqualTo("not on Sundays");
    assertThat(state().c2cMessageCount("alice", "bob")).isZero();
  }

  @Test
  void aRewriteIsStoredAndTheAfterCallbackSeesIt() {
    answers.put(BEFORE, b -> new JsonObject().put("ActionStatus", "OK").put("ErrorCode", 0).put("ErrorInfo", "")
        .put("MsgBody", text("rewritten")).put("CloudCustomData", "{\"checked\":true}").encode());
    send("original");
    List<GetRoamMessagesResult.Message> seen = history();
    assertThat(seen).hasSize(1);
    assertThat(textOf(seen.get(0))).isEqualTo("rewritten");
    assertThat(seen.get(0).cloudCustomData()).isEqualTo("{\"checked\":true}");
    JsonObject after = await(AFTER, 1).get(0).body();
    assertThat(after.getJsonArray("MsgBody")).isEqualTo(text("rewritten"));
    assertThat(after.getString("CloudCustomData")).isEqualTo("{\"checked\":true}");
  }

  @Test
  void aDropAnswersSuccessAndStoresNothing() {
    answers.put(BEFORE, b -> "{\"ActionStatus\":\"OK\",\"ErrorCode\":2,\"ErrorInfo\":\"\"}");
    SendMessageResult dropped = send("spam");
    assertThat(dropped.msgKey()).startsWith("7_");
    assertThat(state().c2cMessageCount("alice", "bob")).isZero();
    answers.remove(BEFORE);
    send("ham");
    assertThat(await(AFTER, 1)).hasSize(1);
    assertThat(state().c2cMessageCount("alice", "bob")).isEqualTo(1);
  }

  @Test
  void forbidCallbackControlSuppressesTheNamedCallbacks() {
    JsonObject request = new JsonObject().put("From_Account", "alice").put("To_Account", "bob")
        .put("MsgRandom", 11).put("MsgBody", text("quiet"))
        .put("ForbidCallbackControl", new JsonArray().add("ForbidBeforeSendMsgCallback"));
    call("openim/sendmsg", request);
    assertThat(await(AFTER, 1)).hasSize(1);
    call("openim/sendmsg", request.copy().put("MsgRandom", 12).put("ForbidCallbackControl",
        new JsonArray().add("ForbidBeforeSendMsgCallback").add("ForbidAfterSendMsgCallback")));
    send("loud");
    assertThat(await(BEFORE, 1)).hasSize(1);
    assertThat(await(AFTER, 2)).hasSize(2).last().satisfies(r ->
        assertThat(r.body().getJsonArray("MsgBody")).isEqualTo(text("loud")));
    assertThat(state().c2cMessageCount("alice", "bob")).isEqualTo(3);
  }

  @Test
  void batchSendAndImportNeverCallBack() {
    call("openim/batchsendmsg", new JsonObject().put("From_Account", "alice")
        .put("To_Account", new JsonArray().add("bob")).put("MsgRandom", 1).put("MsgBody", text("batch")));
    call("openim/importmsg", new JsonObject().put("SyncFromOldSystem", 2).put("From_Account", "alice")
        .put("To_Account", "bob").put("MsgRandom", 2).put("MsgTimeStamp", System.currentTimeMillis() / 1000 - 60)
        .put("MsgBody", text("old")));
    send("live");
    await(AFTER, 1);
    assertThat(received).extracting(Received::command).containsExactly(BEFORE, AFTER);
    assertThat(state().c2cMessageCount("alice", "bob")).isEqualTo(3);
  }

  @Test
  void withdrawAndReadReportAreTold() {
    SendMessageResult sent = send("oops");
    call("openim/admin_set_msg_read", new JsonObject().put("Report_Account", "bob").put("Peer_Account", "alice"));
    JsonObject report = await("C2C.CallbackAfterMsgReport", 1).get(0).body();
    assertThat(report.getString("Report_Account")).isEqualTo("bob");
    assertThat(report.getString("Peer_Account")).isEqualTo("alice");
    assertThat(report.getInteger("UnreadMsgNum")).isZero();
    assertThat(report.getLong("LastReadTime")).isPositive();

    call("openim/admin_msgwithdraw", new JsonObject().put("From_Account", "alice").put("To_Account", "bob")
        .put("MsgKey", sent.msgKey()));
    JsonObject withdraw = await("C2C.CallbackAfterMsgWithDraw", 1).get(0).body();
    assertThat(withdraw.getString("From_Account")).isEqualTo("alice");
    assertThat(withdraw.getString("To_Account")).isEqualTo("bob");
    assertThat(withdraw.getString("MsgKey")).isEqualTo(sent.msgKey());
  }
}
