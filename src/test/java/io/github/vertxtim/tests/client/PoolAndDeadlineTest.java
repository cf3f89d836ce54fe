package io.github.vertxtim.tests.client;

import io.github.vertxtim.api.EmptyResult;
import io.github.vertxtim.api.account.ImportAccountRequest;
import io.github.vertxtim.TimClient;
import io.github.vertxtim.TimErrorCategory;
import io.github.vertxtim.TimErrorCode;
import io.github.vertxtim.TimException;
import io.github.vertxtim.api.account.Account;
import io.github.vertxtim.api.account.CheckAccountsRequest;
import io.github.vertxtim.emulator.EmulatorFaults;
import io.vertx.core.Future;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Keep-alive pooling, the bounded wait queue and the total deadline, against the emulator. */
@ExtendWith(VertxExtension.class)
@Timeout(value = 60, timeUnit = TimeUnit.SECONDS)
class PoolAndDeadlineTest {

  private EmulatorFixture fixture;

  @BeforeEach
  void start(Vertx vertx) {
    fixture = EmulatorFixture.start(vertx,
        new io.github.vertxtim.emulator.TimEmulatorOptions().setRateLimitEnabled(false)).await();
  }

  @AfterEach
  void stop() {
    fixture.emulator.close().await();
  }

  @Test
  void twoHundredConcurrentCallsShareAtMostFourKeepAliveConnections(Vertx vertx) {
    TimClient client = TimClient.create(vertx, fixture.clientOptions().setPoolSize(4));
    fixture.emulator.setFaults(EmulatorFaults.NONE.withLatencyMillis(5));
    List<Future<?>> calls = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      calls.add(client.accounts().importAccount(ImportAccountRequest.of("user" + i)));
    }
    Future.all(calls).await();
    assertThat(fixture.emulator.state().accountCount()).isEqualTo(200);
    long opened = fixture.emulator.stats().connectionsOpened();
    assertThat(opened).isBetween(1L, 4L);
    // the connections stay open and serve the next wave without new handshakes
    List<Future<?>> again = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      again.add(client.accounts().checkAccounts(CheckAccountsRequest.of(List.of("user" + i))));
    }
    Future.all(again).await();
    assertThat(fixture.emulator.stats().connectionsOpened()).isEqualTo(opened);
    client.close().await();
  }

  @Test
  void aFullWaitQueueFailsFastWithPoolBusy(Vertx vertx) {
    TimClient client = TimClient.create(vertx, fixture.clientOptions().setPoolSize(1).setMaxWaitQueueSize(2));
    fixture.emulator.setFaults(EmulatorFaults.NONE.withLatencyMillis(300));
    List<Future<EmptyResult>> calls = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      calls.add(client.accounts().importAccount(ImportAccountRequest.of("q" + i)));
    }
    Future.join(calls).otherwiseEmpty().await();
    long busy = calls.stream().filter(Future::failed)
        .filter(f -> f.cause() instanceof TimException te && te.code().orElse(null) == TimErrorCode.POOL_BUSY)
        .count();
    long ok = calls.stream().filter(Future::succeeded).count();
    assertThat(busy).isGreaterThanOrEqualTo(5);
    assertThat(ok + busy).isEqualTo(10);
    calls.stream().filter(Future::failed).forEach(f ->
        assertThat(((TimException) f.cause()).getMessage()).contains("connections busy"));
    client.close().await();
  }

  @Test
  void aTricklingAnswerIsCutAtTheDeadlineAndTheConnectionIsFreed(Vertx vertx) {
    TimClient client = TimClient.create(vertx, fixture.clientOptions().setPoolSize(1).setTimeoutMillis(3500)
        .setMaxRetries(0));
    client.accounts().importAccount(ImportAccountRequest.of("warm")).await();
    // the answer drips out over 10 s: an idle timeout would never fire, the total deadline must
    fixture.emulator.setFaults(EmulatorFaults.NONE.withSlowRatio(1).withSlowMillis(10_000));
    long start = System.nanoTime();
    assertThatThrownBy(() -> client.accounts().importAccount(ImportAccountRequest.of("slow")).await())
        .isInstanceOfSatisfying(TimException.class, e -> {
          assertThat(e.code()).contains(TimErrorCode.TIMEOUT);
          assertThat(e.category()).isEqualTo(TimErrorCategory.TIMEOUT);
        });
    long elapsedMs = (System.nanoTime() - start) / 1_000_000;
    assertThat(elapsedMs).isBetween(3400L, 6000L);

    // the only connection was freed: with it still held by the trickle, this call would time out too
    fixture.emulator.setFaults(EmulatorFaults.NONE);
    client.accounts().importAccount(ImportAccountRequest.of("after")).await();
    assertThat(fixture.emulator.state().hasAccount("after")).isTrue();
    client.close().await();
  }

  @Test
  void theDeadlineCoversTheWaitForTheOnlyConnection(Vertx vertx) {
    int deadline = 3200;
    TimClient client = TimClient.create(vertx, fixture.clientOptions().setPoolSize(1).setTimeoutMillis(deadline)
        .setMaxRetries(0));
    client.accounts().importAccount(ImportAccountRequest.of("warm")).await();
    fixture.emulator.setFaults(EmulatorFaults.NONE.withSlowRatio(1).withSlowMillis(10_000));
    // one call takes the only connection and is held by the trickle; the other waits in the pool's queue
    long start = System.nanoTime();
    List<Future<?>> calls = List.of(client.accounts().checkAccounts(CheckAccountsRequest.of(List.of("warm"))),
        client.accounts().checkAccounts(CheckAccountsRequest.of(List.of("warm"))));
    Future.join(calls).otherwiseEmpty().await();
    long waitedMs = (System.nanoTime() - start) / 1_000_000;
    assertThat(calls).allSatisfy(f -> assertThat(f.cause()).isInstanceOfSatisfying(TimException.class,
        e -> assertThat(e.code()).contains(TimErrorCode.TIMEOUT)));
    // both within their own deadline: the queued one does not wait out the holder's deadline and then its own
    // (about 2 x 3.2 s)
    assertThat(waitedMs).isBetween((long) deadline, deadline + 2500L);

    fixture.emulator.setFaults(EmulatorFaults.NONE);
    client.accounts().importAccount(ImportAccountRequest.of("after")).await();
    assertThat(fixture.emulator.state().hasAccount("after")).isTrue();
    client.close().await();
  }
}
