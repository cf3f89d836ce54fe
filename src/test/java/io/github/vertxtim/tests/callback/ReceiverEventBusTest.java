package io.github.vertxtim.tests.callback;

import io.github.vertxtim.callback.CallbackAnswer;
import io.github.vertxtim.callback.CallbackDefault;
import io.github.vertxtim.eventbus.TimAddresses;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** After-events published to tim.callback.v1.<Command>; before-callbacks decided by a consumer, or the default. */
class ReceiverEventBusTest {

  private ReceiverFixture fixture;

  @AfterEach
  void close() {
    if (fixture != null) {
      fixture.close();
    }
  }

  @Test
  void afterEventsArePublishedToTheirVersionedAddress() throws Exception {
    fixture = new ReceiverFixture(o -> o.setEventBusPublish(true), r -> { });
    String address = TimAddresses.callback(TimAddresses.DEFAULT_CALLBACK_BASE, "C2C.CallbackAfterSendMsg");
    assertThat(address).isEqualTo("tim.callback.v1.C2C.CallbackAfterSendMsg");
    CompletableFuture<JsonObject> first = new CompletableFuture<>();
    CompletableFuture<JsonObject> second = new CompletableFuture<>();
    fixture.vertx.eventBus().<JsonObject>consumer(address, m -> first.complete(m.body())).completion().await();
    fixture.vertx.eventBus().<JsonObject>consumer(address, m -> second.complete(m.body())).completion().await();
    JsonObject sample = ReceiverFixture.sample("C2C.CallbackAfterSendMsg");
    assertThat(fixture.post("C2C.CallbackAfterSendMsg", sample).status()).isEqualTo(200);
    for (CompletableFuture<JsonObject> got : List.of(first, second)) {
      JsonObject message = got.get(5, TimeUnit.SECONDS);
      assertThat(message.getString("command")).isEqualTo("C2C.CallbackAfterSendMsg");
      assertThat(message.getJsonObject("body")).isEqualTo(sample);
      assertThat(message.getString("clientIp")).isEqualTo("203.0.113.7");
      assertThat(message.getString("optPlatform")).isEqualTo("RESTAPI");
    }
  }

  @Test
  void aConsumerDecidesABeforeCallback() {
    fixture = new ReceiverFixture(o -> o.setEventBusDecide(true), r -> { });
    List<JsonObject> asked = new CopyOnWriteArrayList<>();
    fixture.vertx.eventBus().<JsonObject>consumer("tim.callback.v1.C2C.CallbackBeforeSendMsg", m -> {
      asked.add(m.body());
      m.reply(CallbackAnswer.reject(120123, "links are not allowed").toJson());
    }).completion().await();
    JsonObject answer = fixture.post("C2C.CallbackBeforeSendMsg", ReceiverFixture.sample("C2C.CallbackBeforeSendMsg")).json();
    assertThat(answer.getInteger("ErrorCode")).isEqualTo(120123);
    assertThat(answer.getString("ErrorInfo")).isEqualTo("links are not allowed");
    assertThat(asked).singleElement().satisfies(m -> assertThat(m.getJsonObject("body").getString("MsgKey"))
        .isEqualTo("48374_2837546_1557481126"));
  }

  @Test
  void withoutAConsumerOrWithASilentOneTheDefaultIsAnsweredInTime() {
    fixture = new ReceiverFixture(o -> o.setEventBusDecide(true).setAnswerBudgetMillis(300)
        .setDefaultDecision(CallbackDefault.REJECT), r -> { });
    ReceiverFixture.Answer none = fixture.post("Group.CallbackBeforeCreateGroup",
        ReceiverFixture.sample("Group.CallbackBeforeCreateGroup"));
    assertThat(none.json()).isEqualTo(CallbackAnswer.reject().toJson());
    fixture.vertx.eventBus().consumer("tim.callback.v1.Group.CallbackBeforeCreateGroup", m -> { }).completion().await();
    ReceiverFixture.Answer silent = fixture.post("Group.CallbackBeforeCreateGroup",
        ReceiverFixture.sample("Group.CallbackBeforeCreateGroup"));
    assertThat(silent.json()).isEqualTo(CallbackAnswer.reject().toJson());
    assertThat(silent.millis()).isLessThan(2000);
    assertThat(fixture.receiver.stats().answeredByDefault()).isEqualTo(2);
  }

  @Test
  void aConsumersAnswerThatDoesNotFitIsAnsweredFail() {
    fixture = new ReceiverFixture(o -> o.setEventBusDecide(true), r -> { });
    fixture.vertx.eventBus().consumer("tim.callback.v1.Group.CallbackBeforeCreateGroup",
        m -> m.reply(CallbackAnswer.drop().toJson())).completion().await();
    JsonObject answer = fixture.post("Group.CallbackBeforeCreateGroup",
        ReceiverFixture.sample("Group.CallbackBeforeCreateGroup")).json();
    assertThat(answer.getString("ActionStatus")).isEqualTo("FAIL");
    assertThat(answer.getInteger("ErrorCode")).isZero();
  }
}
