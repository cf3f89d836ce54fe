package io.github.vertxtim.tests.client;

import io.github.vertxtim.TimClient;
import io.github.vertxtim.TimErrorCode;
import io.github.vertxtim.TimException;
import io.github.vertxtim.sig.UserSigGenerator;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.junit5.Timeout;
import io.vertx.junit5.VertxExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The usersig is made once, reused, renewed in the background, and can come from the user's own supplier. */
@ExtendWith(VertxExtension.class)
@Timeout(value = 20, timeUnit = TimeUnit.SECONDS)
class UserSigRenewalTest {

  private EmulatorFixture fixture;
  private UserSigGenerator generator;

  @BeforeEach
  void start(Vertx vertx) {
    fixture = EmulatorFixture.start(vertx).await();
    generator = new UserSigGenerator(EmulatorFixture.SDK_APP_ID, fixture.emulator.options().getSecretKey());
  }

  @AfterEach
  void stop() {
    fixture.emulator.close().await();
  }

  private static long now() {
    return System.currentTimeMillis() / 1000;
  }

  @Test
  void aSuppliedUsersigIsReusedUntilItsRenewalPoint(Vertx vertx) {
    AtomicInteger asked = new AtomicInteger();
    TimClient client = TimClient.create(vertx, fixture.clientOptions().setSecretKey(null), () -> {
      asked.incrementAndGet();
      return Future.succeededFuture(generator.generate("administrator", 3600, now()));
    });
    for (int i = 0; i < 20; i++) {
      client.call("group_open_http_svc", "get_appid_group_list", null).await();
    }
    assertThat(asked.get()).isEqualTo(1);
    client.close().await();
  }

  @Test
  void renewalHappensOffTheHotPathAndNoCallWaitsForIt(Vertx vertx) {
    AtomicInteger asked = new AtomicInteger();
    Promise<String> neverAnswered = Promise.promise();
    // first usersig: 100 s valid, made 60 s ago, so it is past its renewal point (50 %) but still valid
    TimClient client = TimClient.create(vertx, fixture.clientOptions().setSecretKey(null), () ->
        asked.incrementAndGet() == 1
            ? Future.succeededFuture(generator.generate("administrator", 100, now() - 60))
            : neverAnswered.future());
    List<Future<?>> calls = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      calls.add(client.call("group_open_http_svc", "get_appid_group_list", null));
    }
    Future.all(calls).await();
    // one renewal was started (single flight) and is still pending; every call went through on the old usersig
    assertThat(asked.get()).isEqualTo(2);
    client.close().await();
  }

  @Test
  void anExpiredSuppliedUsersigIsNeverSentAndTheNextCallAsksAgain(Vertx vertx) {
    AtomicInteger asked = new AtomicInteger();
    TimClient client = TimClient.create(vertx, fixture.clientOptions().setSecretKey(null), () ->
        asked.incrementAndGet() == 1
            ? Future.succeededFuture(generator.generate("administrator", 100, now() - 500))
            : Future.succeededFuture(generator.generate("administrator", 3600, now())));
    assertThatThrownBy(() -> client.call("group_open_http_svc", "get_appid_group_list", null).await())
        .isInstanceOfSatisfying(TimException.class, e -> {
          assertThat(e.code()).contains(TimErrorCode.USERSIG_UNAVAILABLE);
          assertThat(e.getMessage()).contains("expired");
        });
    assertThat(fixture.emulator.stats().requests()).isZero();
    client.call("group_open_http_svc", "get_appid_group_list", null).await();
    assertThat(asked.get()).isEqualTo(2);
    assertThat(fixture.emulator.stats().answers(70001)).isZero();
    client.close().await();
  }

  @Test
  void aRefusedUsersigIsRenewedOnceAndTheCallSucceeds(Vertx vertx) {
    AtomicInteger asked = new AtomicInteger();
    UserSigGenerator wrongKey = new UserSigGenerator(EmulatorFixture.SDK_APP_ID,
        "1111111111111111111111111111111111111111111111111111111111111111");
    TimClient client = TimClient.create(vertx, fixture.clientOptions().setSecretKey(null), () ->
        asked.incrementAndGet() == 1
            ? Future.succeededFuture(wrongKey.generate("administrator", 3600, now()))
            : Future.succeededFuture(generator.generate("administrator", 3600, now())));
    client.call("group_open_http_svc", "get_appid_group_list", null).await();
    assertThat(asked.get()).isEqualTo(2);
    assertThat(fixture.emulator.stats().answers(70009)).isEqualTo(1);
    client.close().await();
  }

  @Test
  void aSupplierForAnotherIdentifierIsRefusedClearly(Vertx vertx) {
    TimClient client = TimClient.create(vertx, fixture.clientOptions().setSecretKey(null), () ->
        Future.succeededFuture(generator.generate("someone_else", 3600, now())));
    assertThatThrownBy(() -> client.call("group_open_http_svc", "get_appid_group_list", null).await())
        .isInstanceOfSatisfying(TimException.class, e -> {
          assertThat(e.code()).contains(TimErrorCode.USERSIG_UNAVAILABLE);
          assertThat(e.getMessage()).contains("someone_else");
        });
    client.close().await();
  }
}
