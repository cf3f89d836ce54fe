package io.github.vertxtim.tests.eventbus;

import io.github.vertxtim.QuotaPacer;
import io.github.vertxtim.TimClient;
import io.github.vertxtim.bulk.BulkJob;
import io.github.vertxtim.bulk.BulkOptions;
import io.github.vertxtim.bulk.BulkSummary;
import io.github.vertxtim.emulator.TimEmulatorOptions;
import io.github.vertxtim.eventbus.TimAdminOptions;
import io.github.vertxtim.eventbus.TimEventBusClient;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.Timeout;
import io.vertx.junit5.VertxExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** One quota for every instance and every client that shares a pacer, on one Vert.x instance. */
@ExtendWith(VertxExtension.class)
@Timeout(value = 60, timeUnit = TimeUnit.SECONDS)
class QuotaTest {

  private static final String PATH = "im_open_login_svc/account_check";
  private static final int QUOTA = 50;

  private BusFixture fixture;

  @AfterEach
  void stop() {
    if (fixture != null) {
      fixture.close();
    }
  }

  private static JsonObject check(String user) {
    return new JsonObject().put("CheckItem", new JsonArray().add(new JsonObject().put("UserID", user)));
  }

  @Test
  void callsFromManyRequestersToSeveralInstancesStayUnderTheQuota(Vertx vertx) {
    fixture = BusFixture.start(vertx, new TimEmulatorOptions().setRate(PATH, QUOTA));
    TimAdminOptions options = fixture.adminOptions().setQuota(PATH, QUOTA);
    fixture.deploy(vertx, options, 3);
    TimEventBusClient bus = TimEventBusClient.create(vertx, options.getAddress());
    List<Future<JsonObject>> calls = new ArrayList<>();
    long start = System.nanoTime();
    try (RateSampler sampler = new RateSampler(() -> fixture.emulator.stats().requests(PATH), 100)) {
      for (int i = 0; i < 3 * QUOTA; i++) {
        calls.add(bus.call("im_open_login_svc", "account_check", check("u" + i)));
      }
      Future.all(calls).await();
      long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
      sampler.close();

      assertThat(fixture.emulator.stats().requests(PATH)).isEqualTo(3 * QUOTA);
      assertThat(fixture.emulator.stats().rateLimited()).isZero();
      assertThat(fixture.emulator.stats().answers(60007)).isZero();
      assertThat(sampler.maxInAnySecond()).isLessThanOrEqualTo((long) (QUOTA * 1.05));
      assertThat(seconds).isGreaterThanOrEqualTo(2); // 150 calls at 49/s cannot be done sooner
    }
  }

  @Test
  void bulkJobsOfClientsSharingAPacerStayUnderTheQuotaTogether(Vertx vertx) {
    fixture = BusFixture.start(vertx, new TimEmulatorOptions().setRate(PATH, QUOTA));
    QuotaPacer shared1 = QuotaPacer.shared(vertx, "tim.quota.test");
    QuotaPacer shared2 = QuotaPacer.shared(vertx, "tim.quota.test");
    TimClient a = TimClient.create(vertx, fixture.clientOptions(), shared1);
    TimClient b = TimClient.create(vertx, fixture.clientOptions(), shared2);
    List<String> users = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      users.add("u" + i);
    }
    try (RateSampler sampler = new RateSampler(() -> fixture.emulator.stats().requests(PATH), 100)) {
      Promise<List<BulkSummary>> done = Promise.promise();
      vertx.getOrCreateContext().runOnContext(v -> {
        // Each job alone would use the whole quota; chunks of 1 make every item a call.
        BulkJob<String> ja = a.bulk("im_open_login_svc", "account_check", users,
            new BulkOptions().setRatePerSecond(QUOTA).setChunkSize(1));
        BulkJob<String> jb = b.bulk("im_open_login_svc", "account_check", users,
            new BulkOptions().setRatePerSecond(QUOTA).setChunkSize(1));
        Future.all(ja.summary(), jb.summary()).map(cf -> List.<BulkSummary>of(cf.resultAt(0), cf.resultAt(1)))
            .onComplete(done);
      });
      List<BulkSummary> summaries = done.future().await();
      sampler.close();

      assertThat(summaries).allSatisfy(s -> assertThat(s.ok()).isEqualTo(100));
      assertThat(fixture.emulator.stats().rateLimited()).isZero();
      assertThat(sampler.maxInAnySecond()).isLessThanOrEqualTo((long) (QUOTA * 1.05));
    }
  }

  @Test
  void aSharedPacerSpacesReservationsEvenlyWhoeverMakesThem(Vertx vertx) {
    QuotaPacer p1 = QuotaPacer.shared(vertx, "tim.quota.spacing");
    QuotaPacer p2 = QuotaPacer.shared(vertx, "tim.quota.spacing");
    p1.reserve("svc/warm-up", 1, 100).await();
    List<Future<Long>> reservations = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      reservations.add((i % 2 == 0 ? p1 : p2).reserve("svc/cmd", 1, 100));
    }
    List<Long> delays = new ArrayList<>();
    for (Future<Long> f : reservations) {
      delays.add(f.await());
    }
    delays.sort(null);
    // 100/s: one slot every 10 ms, taken in turn by both pacers; the first goes at once.
    assertThat(delays.get(0)).isZero();
    for (int i = 1; i < 10; i++) {
      assertThat(delays.get(i) - delays.get(i - 1)).isBetween(9L, 11L);
    }
    assertThat(delays.get(9)).isBetween(80L, 90L);
    // Another endpoint has a timeline of its own.
    assertThat(p1.reserve("svc/other", 1, 100).await()).isZero();
  }
}
