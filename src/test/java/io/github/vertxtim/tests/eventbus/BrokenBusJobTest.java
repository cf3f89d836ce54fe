package io.github.vertxtim.tests.eventbus;

import io.github.vertxtim.TimErrorCode;
import io.github.vertxtim.api.account.Account;
import io.github.vertxtim.bulk.BulkJob;
import io.github.vertxtim.bulk.BulkJobBrokenException;
import io.github.vertxtim.bulk.BulkOptions;
import io.github.vertxtim.bulk.BulkOutcome;
import io.github.vertxtim.bulk.BulkSummary;
import io.github.vertxtim.eventbus.TimAddresses;
import io.github.vertxtim.eventbus.TimAdminOptions;
import io.github.vertxtim.eventbus.TimEventBusClient;
import io.github.vertxtim.eventbus.TimEventBusOptions;
import io.github.vertxtim.tests.Poll;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.junit5.Timeout;
import io.vertx.junit5.VertxExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A bulk job whose conversation with its verticle breaks mid-job (every message to the job's address is dropped from
 * then on, as when its node vanished) still gives every item exactly one outcome: what the verticle reported, then
 * UNKNOWN_OUTCOME for what was sent and not reported back, NOT_SENT for the rest of the source; the summary fails
 * with a BulkJobBrokenException whose accounting adds up. One JVM, no cluster: the fast twin of NodeLossTest.
 */
@ExtendWith(VertxExtension.class)
@Timeout(value = 60, timeUnit = TimeUnit.SECONDS)
class BrokenBusJobTest {

  private static final int ITEMS = 3_000;
  private BusFixture fixture;

  @AfterEach
  void stop() {
    if (fixture != null) {
      fixture.close();
    }
  }

  @Test
  void everyItemOfAJobCutOffFromItsVerticleIsReportedOnce(Vertx vertx) {
    fixture = BusFixture.start(vertx);
    TimAdminOptions options = fixture.adminOptions().setBulkWindow(500);
    fixture.deploy(vertx, options, 1);
    TimEventBusClient bus = TimEventBusClient.create(vertx, new TimEventBusOptions().setAddress(options.getAddress())
        .setTimeoutMillis(5_000));   // a loaded machine answers an items message in more than 1 s
    AtomicBoolean cut = new AtomicBoolean();
    String jobs = TimAddresses.bulk(options.getAddress()) + ".";
    vertx.eventBus().addOutboundInterceptor(delivery -> {
      if (!(cut.get() && delivery.message().address().startsWith(jobs))) {
        delivery.next();   // dropped otherwise: never delivered, never answered
      }
    });

    List<Account> accounts = IntStream.range(0, ITEMS).mapToObj(i -> Account.of("cut" + i)).toList();
    List<BulkOutcome<Account>> outcomes = new ArrayList<>();
    Promise<BulkSummary> summary = Promise.promise();
    vertx.getOrCreateContext().runOnContext(v -> {
      // 500 items a second, at most 500 of them between the two sides
      BulkJob<Account> job = bus.bulk("im_open_login_svc", "multiaccount_import", accounts,
          new BulkOptions().setRatePerSecond(5));
      job.outcomes().handler(o -> {
        synchronized (outcomes) {
          outcomes.add(o);
        }
        if (outcomes.size() >= 300) {
          cut.set(true);
        }
      });
      job.summary().onComplete(summary);
    });
    Throwable failure = summary.future().toCompletionStage().toCompletableFuture()
        .<Throwable>handle((r, t) -> t).join();

    assertThat(failure).isInstanceOf(BulkJobBrokenException.class);
    BulkJobBrokenException broken = (BulkJobBrokenException) failure;
    assertThat(broken.code()).as(broken.getMessage()).contains(TimErrorCode.TIMEOUT);
    BulkSummary s = broken.summary();
    assertThat(s.items()).isEqualTo(ITEMS);
    assertThat(s.ok() + s.failed() + s.cancelled() + s.unknown()).isEqualTo(ITEMS);
    Map<String, BulkOutcome<Account>> byId = new HashMap<>();
    synchronized (outcomes) {
      assertThat(outcomes).hasSize(ITEMS);
      for (BulkOutcome<Account> o : outcomes) {
        assertThat(byId.put(o.item().userId(), o)).as("a second outcome for %s", o.item()).isNull();
      }
    }
    long ok = byId.values().stream().filter(BulkOutcome::ok).count();
    long unknown = byId.values().stream().filter(o -> o.errorCode() == TimErrorCode.UNKNOWN_OUTCOME.code()
        && o.status() == BulkOutcome.Status.UNKNOWN).count();
    long notSent = byId.values().stream().filter(o -> o.errorCode() == TimErrorCode.NOT_SENT.code()
        && o.status() == BulkOutcome.Status.CANCELLED).count();
    assertThat(ok).as("reported before the cut: %s", broken.getMessage()).isGreaterThanOrEqualTo(300)
        .isEqualTo(s.ok());
    assertThat(unknown).as("sent, not reported back").isPositive().isEqualTo(broken.unknownOutcomes());
    assertThat(notSent).as("never sent: beyond the window").isPositive().isEqualTo(broken.notSent());
    assertThat(ok + unknown + notSent).as("no other outcome").isEqualTo(ITEMS);
    assertThat(s.unknown()).isEqualTo(unknown);
    // the verticle still works through what it got until it gives its silent requester up: wait for it to settle
    long applied = Poll.untilStable(() -> fixture.emulator.state().accountCount(), 1_000, 40_000);
    assertThat(applied).isBetween(ok, ok + unknown);
    byId.forEach((id, o) -> {
      if (o.ok()) {
        assertThat(fixture.emulator.state().hasAccount(id)).as("%s reported OK is imported", id).isTrue();
      } else if (o.errorCode() == TimErrorCode.NOT_SENT.code()) {
        assertThat(fixture.emulator.state().hasAccount(id)).as("%s not sent is not imported", id).isFalse();
      }
    });
  }
}
