package io.github.vertxtim.tests.eventbus;

import io.github.vertxtim.TimErrorCode;
import io.github.vertxtim.TimException;
import io.github.vertxtim.api.account.Account;
import io.github.vertxtim.bulk.BulkJob;
import io.github.vertxtim.bulk.BulkOptions;
import io.github.vertxtim.bulk.BulkOutcome;
import io.github.vertxtim.bulk.BulkProgress;
import io.github.vertxtim.bulk.BulkSummary;
import io.github.vertxtim.emulator.EmulatorFaults;
import io.github.vertxtim.eventbus.TimAddresses;
import io.github.vertxtim.eventbus.TimAdminOptions;
import io.github.vertxtim.eventbus.TimEventBusClient;
import io.github.vertxtim.tests.Poll;
import io.vertx.core.Context;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.ReplyException;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.Timeout;
import io.vertx.junit5.VertxExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import static io.github.vertxtim.tests.eventbus.CallOverBusTest.failure;
import static io.github.vertxtim.tests.eventbus.CallOverBusTest.failureOf;
import static io.github.vertxtim.tests.eventbus.CallOverBusTest.sleep;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Bulk jobs over the bus: accounting, backpressure from the requester's consumer to the source, cancel, failures. */
@ExtendWith(VertxExtension.class)
@Timeout(value = 90, timeUnit = TimeUnit.SECONDS)
class BulkOverBusTest {

  private static final String SVC = "im_open_login_svc";
  private static final String IMPORT = "multiaccount_import";
  private static final String TOO_LONG = "x".repeat(40); // over the 32-byte UserID limit: a per-item failure

  private BusFixture fixture;

  @BeforeEach
  void start(Vertx vertx) {
    fixture = BusFixture.start(vertx);
  }

  @AfterEach
  void stop() {
    fixture.close();
  }

  /** Runs {@code body} on a fresh event-loop context and gives its result (a job is tied to its caller's context). */
  private static <T> T onContext(Vertx vertx, Supplier<T> body) {
    Promise<T> p = Promise.promise();
    vertx.getOrCreateContext().runOnContext(v -> p.complete(body.get()));
    return p.future().await();
  }

  @Test
  void everyItemGetsExactlyOneOutcomeCarryingTheCallersItem(Vertx vertx) {
    TimAdminOptions options = fixture.adminOptions();
    fixture.deploy(vertx, options, 2);
    TimEventBusClient bus = TimEventBusClient.create(vertx, options.getAddress());
    List<Account> items = new ArrayList<>();
    for (int i = 0; i < 2500; i++) {
      items.add(Account.of(i % 10 == 0 ? TOO_LONG + i : "user" + i));
    }
    List<BulkOutcome<Account>> outcomes = new CopyOnWriteArrayList<>();
    List<BulkProgress> progress = new CopyOnWriteArrayList<>();

    BulkJob<Account> job = onContext(vertx, () -> {
      BulkJob<Account> j = bus.bulk(SVC, IMPORT, items, new BulkOptions().setRatePerSecond(10_000)
          .setProgressIntervalMillis(100));
      j.outcomes().handler(outcomes::add);
      j.progressHandler(progress::add);
      return j;
    });
    BulkSummary summary = job.summary().await();

    assertThat(summary.items()).isEqualTo(2500);
    assertThat(summary.ok()).isEqualTo(2250);
    assertThat(summary.failed()).isEqualTo(250);
    assertThat(summary.cancelled()).isZero();
    assertThat(summary.ok() + summary.failed() + summary.cancelled()).isEqualTo(summary.items());
    assertThat(summary.failuresByCode().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(250);
    assertThat(summary.calls()).isEqualTo(25);
    assertThat(outcomes).hasSize(2500);
    // Each outcome carries one of the caller's own objects, each exactly once.
    Set<Account> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (BulkOutcome<Account> o : outcomes) {
      assertThat(seen.add(o.item())).isTrue();
      assertThat(o.ok()).isEqualTo(!o.item().userId().startsWith(TOO_LONG));
    }
    Set<Account> given = Collections.newSetFromMap(new IdentityHashMap<>());
    given.addAll(items);
    assertThat(seen).isEqualTo(given);
    assertThat(fixture.emulator.state().accountCount()).isEqualTo(2250);
    assertThat(progress).isNotEmpty();
    assertThat(progress.get(progress.size() - 1).done()).isEqualTo(2500);
    assertThat(job.progress().total()).isEqualTo(2500);
  }

  @Test
  void aPausedConsumerHoldsTheSourceBackAcrossTheBus(Vertx vertx) {
    TimAdminOptions options = fixture.adminOptions().setBulkWindow(2000);
    fixture.deploy(vertx, options, 1);
    TimEventBusClient bus = TimEventBusClient.create(vertx, options.getAddress());
    Context ctx = vertx.getOrCreateContext();
    AtomicLong taken = new AtomicLong();
    CountingSource<JsonObject> source = new CountingSource<>(ctx, 20_000,
        i -> new JsonObject().put("UserID", "p" + i), null);
    Promise<BulkJob<JsonObject>> started = Promise.promise();
    ctx.runOnContext(v -> {
      BulkJob<JsonObject> job = bus.bulk(SVC, IMPORT, source, new BulkOptions().setRatePerSecond(100_000)
          .setOutcomeBufferSize(200));
      job.outcomes().pause();
      job.outcomes().handler(o -> taken.incrementAndGet());
      started.complete(job);
    });
    BulkJob<JsonObject> job = started.future().await();

    Poll.until("the requester's buffer fills", () -> source.emitted() >= 200, 20_000);
    // reading and sending settle (nothing more for 700 ms) long before the 20,000
    long readWhilePaused = Poll.untilStable(source::emitted, 700, 20_000);
    Poll.untilStable(() -> fixture.emulator.stats().requests(SVC + "/" + IMPORT), 700, 20_000);
    // requester buffer (200) + the verticle's window (2000) + one batch
    assertThat(readWhilePaused).isBetween(200L, 2700L);
    assertThat(taken.get()).isZero();

    ctx.runOnContext(v -> job.outcomes().resume());
    BulkSummary summary = job.summary().await();
    assertThat(summary.items()).isEqualTo(20_000);
    assertThat(summary.ok()).isEqualTo(20_000);
    assertThat(taken.get()).isEqualTo(20_000);
    assertThat(source.emitted()).isEqualTo(20_000);
  }

  @Test
  void itemsRefusedOnThisSideAlsoWaitForAPausedConsumer(Vertx vertx) {
    TimAdminOptions options = fixture.adminOptions();
    fixture.deploy(vertx, options, 1);
    TimEventBusClient bus = TimEventBusClient.create(vertx, options.getAddress());
    Context ctx = vertx.getOrCreateContext();
    // Booleans are not bulk items over the bus: each is refused here with its own outcome, never sent.
    CountingSource<Object> source = new CountingSource<>(ctx, 20_000, i -> Boolean.TRUE, null);
    Promise<BulkJob<Object>> started = Promise.promise();
    ctx.runOnContext(v -> {
      BulkJob<Object> job = bus.bulk(SVC, IMPORT, source, new BulkOptions().setOutcomeBufferSize(200));
      job.outcomes().pause();
      job.outcomes().handler(o -> { });
      started.complete(job);
    });
    BulkJob<Object> job = started.future().await();
    long readWhilePaused;
    long before = -1;
    while ((readWhilePaused = source.emitted()) != before) {
      before = readWhilePaused;
      sleep(300);
    }
    assertThat(readWhilePaused).isBetween(1L, 400L);

    ctx.runOnContext(v -> job.outcomes().resume());
    BulkSummary summary = job.summary().await();
    assertThat(summary.items()).isEqualTo(20_000);
    assertThat(summary.failed()).isEqualTo(20_000);
    assertThat(fixture.emulator.stats().requests(SVC + "/" + IMPORT)).isZero();
  }

  @Test
  void cancelAccountsForEveryItem(Vertx vertx) {
    TimAdminOptions options = fixture.adminOptions();
    fixture.deploy(vertx, options, 1);
    TimEventBusClient bus = TimEventBusClient.create(vertx, options.getAddress());
    AtomicLong outcomes = new AtomicLong();
    AtomicLong cancelledOutcomes = new AtomicLong();
    Context ctx = vertx.getOrCreateContext();
    CountingSource<JsonObject> source = new CountingSource<>(ctx, 5000,
        i -> new JsonObject().put("UserID", "c" + i), null);
    BulkJob<JsonObject> job = onContext(vertx, () -> {
      BulkJob<JsonObject> j = bus.bulk(SVC, IMPORT, source, new BulkOptions().setRatePerSecond(10).setMaxInFlight(1));
      j.outcomes().handler(o -> {
        outcomes.incrementAndGet();
        if (o.status() == BulkOutcome.Status.CANCELLED) {
          cancelledOutcomes.incrementAndGet();
          assertThat(o.errorCode()).isEqualTo(TimErrorCode.CANCELLED.code());
        }
      });
      return j;
    });
    sleep(400);
    job.cancel();
    BulkSummary summary = job.summary().await();

    assertThat(summary.items()).isEqualTo(5000);
    assertThat(summary.ok() + summary.failed() + summary.cancelled()).isEqualTo(5000);
    assertThat(summary.cancelled()).isGreaterThan(4000);
    assertThat(summary.ok()).isGreaterThan(0);
    assertThat(outcomes.get()).isEqualTo(5000);
    assertThat(cancelledOutcomes.get()).isEqualTo(summary.cancelled());
    assertThat(fixture.emulator.state().accountCount()).isEqualTo((int) summary.ok());
  }

  @Test
  void theRequestersSourceFailureIsReportedWithItsItemsAccounted(Vertx vertx) {
    TimAdminOptions options = fixture.adminOptions();
    fixture.deploy(vertx, options, 1);
    TimEventBusClient bus = TimEventBusClient.create(vertx, options.getAddress());
    IllegalStateException boom = new IllegalStateException("disk gone");
    Context ctx = vertx.getOrCreateContext();
    CountingSource<JsonObject> source = new CountingSource<>(ctx, 321,
        i -> new JsonObject().put("UserID", "f" + i), boom);
    BulkJob<JsonObject> job = onContext(vertx, () -> bus.bulk(SVC, IMPORT, source,
        new BulkOptions().setRatePerSecond(10_000)));

    BulkSummary summary = job.summary().await();

    assertThat(summary.sourceError()).isSameAs(boom);
    assertThat(summary.items()).isEqualTo(321);
    assertThat(summary.ok()).isEqualTo(321);
    assertThat(summary.allOk()).isFalse();
  }

  @Test
  void itemsThatAreNotJsonValuesFailOnTheRequesterSide(Vertx vertx) {
    TimAdminOptions options = fixture.adminOptions();
    fixture.deploy(vertx, options, 1);
    TimEventBusClient bus = TimEventBusClient.create(vertx, options.getAddress());
    List<Object> items = new ArrayList<>(List.of("a1", "a2", "a3"));
    items.add(Boolean.TRUE);
    List<BulkOutcome<Object>> outcomes = new CopyOnWriteArrayList<>();
    BulkJob<Object> job = onContext(vertx, () -> {
      BulkJob<Object> j = bus.bulk("openim", "query_online_status", items, new BulkOptions());
      j.outcomes().handler(outcomes::add);
      return j;
    });

    BulkSummary summary = job.summary().await();

    assertThat(summary.items()).isEqualTo(4);
    assertThat(summary.failuresByCode()).containsEntry(TimErrorCode.INVALID_ARGUMENT.code(), 1L);
    assertThat(summary.ok() + summary.failed()).isEqualTo(4);
    assertThat(outcomes).hasSize(4);
  }

  @Test
  void jobsTheVerticleCannotRunAreRefused(Vertx vertx) {
    TimAdminOptions options = fixture.adminOptions().setMaxBulkJobs(1);
    fixture.deploy(vertx, options, 1);
    TimEventBusClient bus = TimEventBusClient.create(vertx, options.getAddress());

    // Not batchable: refused before anything is sent, as TimClient does.
    assertThatThrownBy(() -> bus.bulk(SVC, "kick", List.of("a"), new BulkOptions()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("takes no item list");
    // ... and by the verticle on the wire.
    ReplyException raw = failureOf(vertx.eventBus().request(TimAddresses.bulk(options.getAddress()),
        new JsonObject().put("service", SVC).put("command", "kick")), ReplyException.class);
    assertThat(raw.failureCode()).isEqualTo(TimErrorCode.INVALID_ARGUMENT.code());

    // One job at a time: a second one is answered OVERLOADED at once.
    fixture.emulator.setFaults(EmulatorFaults.NONE.withLatencyMillis(300));
    List<String> many = new ArrayList<>();
    for (int i = 0; i < 2000; i++) {
      many.add("o" + i);
    }
    BulkJob<String> first = onContext(vertx, () -> bus.bulk("openim", "query_online_status", many,
        new BulkOptions().setChunkSize(10).setMaxInFlight(1)));
    sleep(300);
    BulkJob<String> second = onContext(vertx, () -> bus.bulk("openim", "query_online_status", many,
        new BulkOptions()));
    TimException refused = failure(second.summary());
    assertThat(refused.code()).contains(TimErrorCode.OVERLOADED);
    first.cancel();
    assertThat(first.summary().await().items()).isEqualTo(2000);
  }
}
