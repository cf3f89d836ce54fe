package io.github.vertxtim.tests.callback;

import io.github.vertxtim.callback.CallbackAnswer;
import io.github.vertxtim.callback.CallbackDefault;
import io.github.vertxtim.callback.RawCallback;
import io.github.vertxtim.callback.event.c2c.C2cAfterSendMsgEvent;
import io.github.vertxtim.callback.event.c2c.C2cBeforeSendMsgEvent;
import io.github.vertxtim.callback.event.push.PushAllMemberPushEvent;
import io.github.vertxtim.callback.event.sns.SnsPrevFriendAddEvent;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The answer budget, failing handlers, de-duplication, the Push batch and unknown commands. */
class ReceiverBehaviourTest {

  private ReceiverFixture fixture;

  @AfterEach
  void close() {
    if (fixture != null) {
      fixture.close();
    }
  }

  @Test
  void aHandlerSlowerThanTheBudgetGetsTheDefaultBeforeTwoSeconds() {
    List<Promise<CallbackAnswer>> pending = new CopyOnWriteArrayList<>();
    fixture = new ReceiverFixture(o -> o.setAnswerBudgetMillis(300).setDefaultDecision(CallbackDefault.REJECT),
        r -> r.before(C2cBeforeSendMsgEvent.class, req -> {
          Promise<CallbackAnswer> never = Promise.promise();
          pending.add(never);
          return never.future();
        }));
    ReceiverFixture.Answer answer = fixture.post("C2C.CallbackBeforeSendMsg",
        ReceiverFixture.sample("C2C.CallbackBeforeSendMsg"));
    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.json()).isEqualTo(CallbackAnswer.reject().toJson());
    assertThat(answer.millis()).isGreaterThanOrEqualTo(250).isLessThan(2000);
    assertThat(fixture.receiver.stats().answeredByDefault()).isEqualTo(1);
    // the late decision changes nothing (and does not fail)
    pending.get(0).complete(CallbackAnswer.allow());
    assertThat(pending).hasSize(1);
  }

  @Test
  void theDefaultForTheSnsBeforeCallbacksNamesEachTarget() {
    fixture = new ReceiverFixture(o -> o.setAnswerBudgetMillis(100).setDefaultDecision(CallbackDefault.REJECT),
        r -> r.before(SnsPrevFriendAddEvent.class, req -> Promise.<CallbackAnswer>promise().future()));
    JsonObject answer = fixture.post("Sns.CallbackPrevFriendAdd", ReceiverFixture.sample("Sns.CallbackPrevFriendAdd")).json();
    assertThat(CallbackAnswer.fromJson(answer).friendResults()).extracting(CallbackAnswer.FriendResult::toAccount,
        CallbackAnswer.FriendResult::resultCode).containsExactly(
        org.assertj.core.groups.Tuple.tuple("id1", 38000), org.assertj.core.groups.Tuple.tuple("id2", 38000));
  }

  @Test
  void aFailingHandlerIsAnsweredFailWithTheDefaultsCode() {
    fixture = new ReceiverFixture(o -> o.setDefaultDecision(CallbackDefault.REJECT), r -> r
        .before(C2cBeforeSendMsgEvent.class, req -> Future.failedFuture("database down"))
        .after(C2cAfterSendMsgEvent.class, req -> {
          throw new IllegalStateException("bug");
        }));
    JsonObject before = fixture.post("C2C.CallbackBeforeSendMsg", ReceiverFixture.sample("C2C.CallbackBeforeSendMsg")).json();
    assertThat(before.getString("ActionStatus")).isEqualTo("FAIL");
    assertThat(before.getInteger("ErrorCode")).isEqualTo(1);
    JsonObject after = fixture.post("C2C.CallbackAfterSendMsg", ReceiverFixture.sample("C2C.CallbackAfterSendMsg")).json();
    assertThat(after.getString("ActionStatus")).isEqualTo("FAIL");
    assertThat(after.getInteger("ErrorCode")).isEqualTo(1);
    assertThat(fixture.receiver.stats().handlerFailures()).isEqualTo(2);
  }

  @Test
  void aBeforeCallbackWithoutHandlerGetsTheDefault() {
    fixture = new ReceiverFixture(o -> { }, r -> { });
    JsonObject answer = fixture.post("C2C.CallbackBeforeSendMsg", ReceiverFixture.sample("C2C.CallbackBeforeSendMsg")).json();
    assertThat(answer).isEqualTo(CallbackAnswer.allow().toJson());
    assertThat(fixture.receiver.stats().answeredByDefault()).isEqualTo(1);
  }

  @Test
  void repeatedAfterEventsReachTheHandlerOnceWithinTheWindow() {
    AtomicInteger calls = new AtomicInteger();
    fixture = new ReceiverFixture(o -> o.setDedupeWindowSeconds(60).setDedupeMaxEntries(2), r -> r
        .after(C2cAfterSendMsgEvent.class, req -> {
          calls.incrementAndGet();
          return Future.succeededFuture();
        }));
    JsonObject sample = ReceiverFixture.sample("C2C.CallbackAfterSendMsg");
    for (int i = 0; i < 3; i++) {
      assertThat(fixture.post("C2C.CallbackAfterSendMsg", sample).json().getString("ActionStatus")).isEqualTo("OK");
    }
    assertThat(calls).hasValue(1);
    assertThat(fixture.receiver.stats().duplicatesDropped()).isEqualTo(2);
    // keyed by MsgKey alone (the registry row): another MsgKey is another event
    fixture.post("C2C.CallbackAfterSendMsg", sample.copy().put("MsgKey", "1_2_3"));
    fixture.post("C2C.CallbackAfterSendMsg", sample.copy().put("MsgKey", "4_5_6"));
    assertThat(calls).hasValue(3);
    // bounded: with room for two keys the first one is forgotten, so its repeat is handled again
    fixture.post("C2C.CallbackAfterSendMsg", sample);
    assertThat(calls).hasValue(4);
  }

  @Test
  void aFailedAfterHandlerLetsTencentsRetryThrough() {
    AtomicInteger calls = new AtomicInteger();
    fixture = new ReceiverFixture(o -> o.setDedupeWindowSeconds(60), r -> r
        .after(C2cAfterSendMsgEvent.class, req -> calls.incrementAndGet() == 1
            ? Future.failedFuture("first attempt fails") : Future.succeededFuture()));
    JsonObject sample = ReceiverFixture.sample("C2C.CallbackAfterSendMsg");
    assertThat(fixture.post("C2C.CallbackAfterSendMsg", sample).json().getString("ActionStatus")).isEqualTo("FAIL");
    assertThat(fixture.post("C2C.CallbackAfterSendMsg", sample).json().getString("ActionStatus")).isEqualTo("OK");
    assertThat(fixture.post("C2C.CallbackAfterSendMsg", sample).json().getString("ActionStatus")).isEqualTo("OK");
    assertThat(calls).hasValue(2);
  }

  @Test
  void aPushBatchIsHandledPerEventAndDeduplicatedPerEvent() {
    List<PushAllMemberPushEvent> seen = new CopyOnWriteArrayList<>();
    fixture = new ReceiverFixture(o -> o.setDedupeWindowSeconds(60), r -> r
        .after(PushAllMemberPushEvent.class, req -> {
          seen.add(req.event());
          return Future.succeededFuture();
        }));
    JsonObject batch = ReceiverFixture.sample("Push.AllMemberPush");
    int items = batch.getJsonArray("Events").size();
    assertThat(fixture.post("Push.AllMemberPush", batch).status()).isEqualTo(200);
    assertThat(seen).hasSize(items);
    // each event is handled as a batch of one: its record holds that event, typed
    for (int i = 0; i < items; i++) {
      JsonObject item = batch.getJsonArray("Events").getJsonObject(i);
      assertThat(seen.get(i).events()).as("event %d", i).hasSize(1);
      assertThat(seen.get(i).events().get(0).toAccount()).isEqualTo(item.getString("To_Account"));
    }
    assertThat(fixture.post("Push.AllMemberPush", batch).status()).isEqualTo(200);
    assertThat(seen).as("the repeated batch").hasSize(items);
    assertThat(fixture.receiver.stats().duplicatesDropped()).isEqualTo(items);
    JsonObject mixed = batch.copy();
    mixed.getJsonArray("Events").getJsonObject(0).put("CallbackCommand", "Push.OfflinePush");
    assertThat(fixture.post("Push.AllMemberPush", mixed).status()).isEqualTo(400);
  }

  @Test
  void anUnknownCommandReachesTheCatchAllAndIsAnsweredOk() {
    List<RawCallback> raw = new CopyOnWriteArrayList<>();
    fixture = new ReceiverFixture(o -> { }, r -> r.unknown(c -> {
      raw.add(c);
      return Future.succeededFuture();
    }));
    JsonObject body = new JsonObject().put("CallbackCommand", "Group.CallbackAfterSomethingNew").put("GroupId", "g1");
    ReceiverFixture.Answer answer = fixture.post("Group.CallbackAfterSomethingNew", body);
    assertThat(answer.json()).isEqualTo(CallbackAnswer.allow().toJson());
    assertThat(raw).singleElement().satisfies(c -> {
      assertThat(c.command()).isEqualTo("Group.CallbackAfterSomethingNew");
      assertThat(c.body()).isEqualTo(body);
      assertThat(c.clientIp()).isEqualTo("203.0.113.7");
    });
  }

  @Test
  void theModerationResultHasNoCommandInItsBody() {
    List<Object> seen = new CopyOnWriteArrayList<>();
    fixture = new ReceiverFixture(o -> { }, r -> r.after("ContentCallback.ResultNotify", req -> {
      seen.add(req.event());
      return Future.succeededFuture();
    }));
    JsonObject sample = ReceiverFixture.sample("ContentCallback.ResultNotify");
    assertThat(sample.containsKey("CallbackCommand")).isFalse();
    assertThat(fixture.post("ContentCallback.ResultNotify", sample).status()).isEqualTo(200);
    assertThat(seen).hasSize(1);
  }

  @Test
  void bodiesThatDoNotFitTheRecordAreRefusedWith400() {
    fixture = new ReceiverFixture(o -> { }, r -> { });
    JsonObject wrong = ReceiverFixture.sample("C2C.CallbackAfterSendMsg").put("MsgSeq", "not a number");
    assertThat(fixture.post("C2C.CallbackAfterSendMsg", wrong).status()).isEqualTo(400);
    assertThat(fixture.post(ReceiverFixture.query("C2C.CallbackAfterSendMsg"), io.vertx.core.buffer.Buffer.buffer("[1,2]"))
        .status()).isEqualTo(400);
  }
}
