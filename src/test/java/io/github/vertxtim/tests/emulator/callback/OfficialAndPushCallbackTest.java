package io.github.vertxtim.tests.emulator.callback;

import io.github.vertxtim.TimErrorCode;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Official-account callbacks (creation, refused subscribers, messages) and the Push.AllMemberPush batches. */
class OfficialAndPushCallbackTest extends CallbackTestBase {

  @Test
  void officialAccountsAreAskedAndTold() {
    importAccounts("owner", "sub1", "sub2");
    answers.put("OfficialAccount.CallbackBeforeCreateOfficialAccount",
        b -> "{\"ActionStatus\":\"OK\",\"ErrorCode\":120500,\"ErrorInfo\":\"name taken\"}");
    awaitFailure(() -> client.call("official_account_open_http_svc", "create_official_account", new JsonObject()
        .put("Owner_Account", "owner").put("Name", "news")), 120500);
    answers.remove("OfficialAccount.CallbackBeforeCreateOfficialAccount");
    String id = call("official_account_open_http_svc/create_official_account", new JsonObject()
        .put("Owner_Account", "owner").put("Name", "news")).getString("OfficialAccountUserID");
    JsonObject created = await("OfficialAccount.CallbackAfterCreateOfficialAccount", 1).get(0).body();
    assertThat(created.getString("Official_Account")).isEqualTo(id);
    assertThat(created.getString("Owner_Account")).isEqualTo("owner");

    answers.put("OfficialAccount.CallbackBeforeAddSubscriber",
        b -> "{\"ErrorCode\":0,\"RefusedSubscribers_Account\":[\"sub2\"]}");
    JsonObject added = call("official_account_open_http_svc/add_subscriber", new JsonObject()
        .put("Official_Account", id).put("SubscriberList", new JsonArray()
            .add(new JsonObject().put("Subscriber_Account", "sub1"))
            .add(new JsonObject().put("Subscriber_Account", "sub2"))));
    assertThat(added.getJsonArray("SubscriberList")).contains(
        new JsonObject().put("Subscriber_Account", "sub2").put("Result", 0));
    assertThat(state().officialAccountSubscribers(id)).containsExactly("sub1");
    assertThat(await("OfficialAccount.CallbackAfterAddSubscriber", 1).get(0).body()
        .getJsonArray("SubscribeAccountList")).containsExactly(new JsonObject().put("Subscriber_Account", "sub1"));

    answers.put("OfficialAccount.CallbackBeforeSendMsg", b -> "{\"ErrorCode\":1}");
    awaitFailure(() -> client.call("official_account_open_http_svc", "send_official_account_msg", new JsonObject()
        .put("Official_Account", id).put("Random", 1).put("MsgBody", text("no"))),
        TimErrorCode.GROUP_REFUSED_BY_CALLBACK.code());
    assertThat(state().officialAccountMessageCount(id)).isZero();
    answers.remove("OfficialAccount.CallbackBeforeSendMsg");
    JsonObject sent = call("official_account_open_http_svc/send_official_account_msg", new JsonObject()
        .put("Official_Account", id).put("Random", 2).put("MsgBody", text("yes")));
    JsonObject after = await("OfficialAccount.CallbackAfterSendMsg", 1).get(0).body();
    assertThat(after.getString("MsgKey")).isEqualTo(sent.getString("MsgKey"));
    assertThat(after.getJsonArray("MsgBody")).isEqualTo(text("yes"));
  }

  @Test
  void aPushTaskIsReportedInBatchesOfAtMostOneHundred() {
    List<String> users = IntStream.rangeClosed(1, 150).mapToObj(i -> String.format("u%03d", i)).toList();
    users.forEach(state()::addAccount);
    state().setOnlineStatus("u001", "Online");
    String taskId = call("all_member_push/im_push", new JsonObject().put("MsgRandom", 9)
        .put("MsgBody", text("hello all"))).getString("TaskId");
    List<Received> batches = await("Push.AllMemberPush", 2);
    assertThat(batches).hasSize(2);
    for (Received r : batches) {
      assertThat(r.paramNames()).containsExactly("SdkAppid", "CallbackCommand", "contenttype", "Sign",
          "RequestTime");
      assertThat(r.body().fieldNames()).containsExactly("Events");
    }
    List<JsonObject> events = batches.stream()
        .flatMap(r -> r.body().getJsonArray("Events").stream().map(JsonObject.class::cast)).toList();
    assertThat(batches.stream().map(r -> r.body().getJsonArray("Events").size()).toList())
        .containsExactlyInAnyOrder(100, 50);
    assertThat(events).extracting(e -> e.getString("To_Account")).containsExactlyInAnyOrderElementsOf(users);
    assertThat(events).allSatisfy(e -> {
      assertThat(e.getString("CallbackCommand")).isEqualTo("Push.AllMemberPush");
      assertThat(e.getString("TaskId")).isEqualTo(taskId);
      assertThat(e.getLong("EventTime")).as("seconds").isLessThan(10_000_000_000L);
    });
    assertThat(events).filteredOn(e -> e.getString("To_Account").equals("u001"))
        .extracting(e -> e.getInteger("EventType")).containsExactly(2);
    assertThat(events).filteredOn(e -> e.getString("To_Account").equals("u002"))
        .extracting(e -> e.getInteger("EventType")).containsExactly(1);
  }
}
