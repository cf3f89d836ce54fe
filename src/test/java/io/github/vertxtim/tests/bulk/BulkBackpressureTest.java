package io.github.vertxtim.tests.bulk;

import io.github.vertxtim.TimClient;
import io.github.vertxtim.TimClientOptions;
import io.github.vertxtim.bulk.BulkJob;
import io.github.vertxtim.bulk.BulkOptions;
import io.github.vertxtim.bulk.BulkSources;
import io.github.vertxtim.bulk.BulkOutcome;
import io.github.vertxtim.bulk.BulkProgress;
import io.github.vertxtim.bulk.BulkSummary;
import io.github.vertxtim.emulator.EmulatorFaults;
import io.github.vertxtim.emulator.TimEmulator;
import io.github.vertxtim.emulator.TimEmulatorOptions;
import io.github.vertxtim.tests.Poll;
import io.vertx.core.Context;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.Timeout;
import io.vertx.junit5.VertxExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(VertxExtension.class)
@Timeout(value = 60, timeUnit = TimeUnit.SECONDS)
class BulkBackpressureTest {

  private TimEmulator emulator;
  private TimClient client;

  @BeforeEach
  void start(Vertx vertx) {
    emulator = TimEmulator.create(vertx, new TimEmulatorOptions().setRateLimitEnabled(false));
    emulator.start().await();
    client = TimClient.create(vertx, new TimClientOptions().setSdkAppId(emulator.options().getSdkAppId())
        .setSecretKey(emulator.options().getSecretKey()).setEndpoint(emulator.baseUrl()));
  }

  @AfterEach
  void stop() {
    client.close().await();
    emulator.close().await();
  }

  private static JsonObject account(long i) {
    return new JsonObject().put("UserID", "u" + i);
  }

  @Test
  void aPausedConsumerStopsTheSourceAndMemoryStaysBounded(Vertx vertx) {
    Context ctx = vertx.getOrCreateContext();
    Generated<JsonObject> source = new Generated<>(50_000, BulkBackpressureTest::account);
    Promise<BulkJob<JsonObject>> started = Promise.promise();
    ctx.runOnContext(v -> {
      BulkJob<JsonObject> job = client.bulk("im_open_login_svc", "multiaccount_import",
          BulkSources.iterate(ctx, source),
          new BulkOptions().setRatePerSecond(100_000).setMaxInFlight(4).setOutcomeBufferSize(300));
      job.outcomes().pause();
      job.outcomes().handler(o -> { });
      started.complete(job);
    });
    BulkJob<JsonObject> job = started.future().await();
    Poll.until("the buffer fills", () -> source.taken() >= 300, 20_000);
    // the source stops: reading settles (nothing more for 700 ms) long before the 50,000
    long readWhilePaused = Poll.untilStable(source::taken, 700, 20_000);
    // buffer (300) + in flight (4 × 100) + waiting chunks (4 × 100) + one partial chunk
    assertThat(readWhilePaused).isBetween(300L, 1300L);
    assertThat(job.progress().done()).isLessThanOrEqualTo(readWhilePaused);

    // taking everything buffered frees room: the job sends again and reads on
    job.outcomes().fetch(2000);
    Poll.until("the source is read again", () -> source.taken() > readWhilePaused, 20_000);

    job.outcomes().resume();
    BulkSummary summary = job.summary().await();
    assertThat(summary.items()).isEqualTo(50_000);
    assertThat(summary.ok()).isEqualTo(50_000);
    assertThat(emulator.state().accountCount()).isEqualTo(50_000);
  }

  @Test
  void cancelStopsSendingAndAccountsForEveryItem(Vertx vertx) {
    emulator.setFaults(EmulatorFaults.NONE.withLatencyMillis(50));
    Context ctx = vertx.getOrCreateContext();
    AtomicLong okSeen = new AtomicLong();
    List<BulkOutcome<JsonObject>> outcomes = new CopyOnWriteArrayList<>();
    List<BulkProgress> progress = new CopyOnWriteArrayList<>();
    Promise<BulkJob<JsonObject>> started = Promise.promise();
    ctx.runOnContext(v -> {
      BulkJob<JsonObject> job = client.bulk("im_open_login_svc", "multiaccount_import",
          BulkSources.iterate(ctx, new Generated<>(20_000, BulkBackpressureTest::account)),
          new BulkOptions().setRatePerSecond(100_000).setMaxInFlight(2).setProgressIntervalMillis(100));
      job.progressHandler(progress::add);
      job.outcomes().handler(o -> {
        outcomes.add(o);
        if (o.ok() && okSeen.incrementAndGet() == 300) {
          job.cancel();
        }
      });
      started.complete(job);
    });
    BulkSummary summary = started.future().await().summary().await();
    assertThat(summary.items()).isEqualTo(20_000);
    assertThat(summary.ok() + summary.failed() + summary.cancelled()).isEqualTo(20_000);
    assertThat(summary.cancelled()).isGreaterThan(15_000);
    assertThat(summary.ok()).isBetween(300L, 1000L);
    assertThat(outcomes).hasSize(20_000);
    assertThat(outcomes.stream().map(o -> o.item().getString("UserID")).distinct()).hasSize(20_000);
    assertThat(emulator.state().accountCount()).isEqualTo((int) summary.ok());
    assertThat(outcomes.stream().filter(o -> o.status() == BulkOutcome.Status.CANCELLED))
        .allMatch(o -> o.attempts() == 0);
    assertThat(progress).isNotEmpty();
    assertThat(progress.get(progress.size() - 1).done()).isEqualTo(20_000);
  }

  @Test
  void progressReportsRateAndEtaForAListJob() {
    List<JsonObject> items = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      items.add(account(i));
    }
    emulator.setFaults(EmulatorFaults.NONE.withLatencyMillis(20));
    List<BulkProgress> progress = new CopyOnWriteArrayList<>();
    BulkJob<JsonObject> job = client.bulk("im_open_login_svc", "multiaccount_import", items,
        new BulkOptions().setRatePerSecond(40).setProgressIntervalMillis(200));
    job.progressHandler(progress::add);
    BulkSummary summary = job.summary().await();
    assertThat(summary.ok()).isEqualTo(3000);
    assertThat(progress).hasSizeGreaterThanOrEqualTo(2);
    BulkProgress mid = progress.stream().filter(p -> p.done() > 0 && p.done() < 3000).findFirst().orElseThrow();
    assertThat(mid.total()).isEqualTo(3000);
    assertThat(mid.itemsPerSecond()).isPositive();
    assertThat(mid.etaMillis()).isPositive();
    assertThat(progress.get(progress.size() - 1).etaMillis()).isZero();
    // 30 calls at 40 calls/s × 0.98 headroom cannot finish in much under 0.7 s
    assertThat(summary.elapsedMillis()).isGreaterThan(600);
    assertThat(emulator.stats().answers(60007)).isZero();
  }
}
