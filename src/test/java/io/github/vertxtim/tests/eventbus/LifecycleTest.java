package io.github.vertxtim.tests.eventbus;

import io.github.vertxtim.TimErrorCode;
import io.github.vertxtim.TimException;
import io.github.vertxtim.bulk.BulkJob;
import io.github.vertxtim.bulk.BulkOptions;
import io.github.vertxtim.bulk.BulkSummary;
import io.github.vertxtim.emulator.EmulatorFaults;
import io.github.vertxtim.eventbus.TimAdminOptions;
import io.github.vertxtim.eventbus.TimEventBusClient;
import io.github.vertxtim.eventbus.TimEventBusOptions;
import io.github.vertxtim.tests.Poll;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.Timeout;
import io.vertx.junit5.VertxExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static io.github.vertxtim.tests.eventbus.CallOverBusTest.failure;
import static io.github.vertxtim.tests.eventbus.CallOverBusTest.sleep;
import static org.assertj.core.api.Assertions.assertThat;

/** Undeploying: what was taken is answered, what comes after goes elsewhere, nothing is left without an answer. */
@ExtendWith(VertxExtension.class)
@Timeout(value = 60, timeUnit = TimeUnit.SECONDS)
class LifecycleTest {

  private static final String SVC = "im_open_login_svc";

  private BusFixture fixture;

  @BeforeEach
  void start(Vertx vertx) {
    fixture = BusFixture.start(vertx);
  }

  @AfterEach
  void stop() {
    fixture.close();
  }

  private static JsonObject check() {
    return new JsonObject().put("CheckItem", new JsonArray().add(new JsonObject().put("UserID", "x")));
  }

  @Test
  void undeployAnswersWhatItTookAndTheOtherDeploymentTakesTheRest(Vertx vertx) {
    fixture.emulator.setFaults(EmulatorFaults.NONE.withLatencyMillis(300));
    TimAdminOptions options = fixture.adminOptions();
    String first = fixture.deploy(vertx, options, 2);
    fixture.deploy(vertx, options, 1);
    TimEventBusClient bus = TimEventBusClient.create(vertx, options.getAddress());
    List<Future<JsonObject>> before = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      before.add(bus.call(SVC, "account_check", check()));
    }
    sleep(100); // all 30 taken, waiting for the emulator
    long start = System.nanoTime();
    Future<Void> undeployed = vertx.undeploy(first);
    List<Future<JsonObject>> after = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      after.add(bus.call(SVC, "account_check", check()));
    }

    undeployed.await();
    // The undeploy waited for the calls its instances had taken (the emulator answers after 300 ms).
    assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isGreaterThanOrEqualTo(150);
    Future.all(before).await();
    Future.all(after).await();
    assertThat(fixture.emulator.stats().requests(SVC + "/account_check")).isEqualTo(60);
  }

  @Test
  void whatIsStillRunningAfterTheDrainTimeoutIsAnsweredClientClosed(Vertx vertx) {
    // the answer would come 4 s after the request: well past the 200 ms drain timeout, and past any stall
    fixture.emulator.setFaults(EmulatorFaults.NONE.withLatencyMillis(4000));
    TimAdminOptions options = fixture.adminOptions().setDrainTimeoutMillis(200);
    String deployment = fixture.deploy(vertx, options, 1);
    TimEventBusClient bus = TimEventBusClient.create(vertx, options.getAddress());
    Future<JsonObject> call = bus.call(SVC, "account_check", check());
    Poll.until("the call is at the emulator", () -> fixture.emulator.stats().requests(SVC + "/account_check") == 1,
        10_000);
    long start = System.nanoTime();
    vertx.undeploy(deployment).await();

    TimException e = failure(call);
    assertThat(e.code()).contains(TimErrorCode.CLIENT_CLOSED);
    // answered at the drain timeout, not when the emulator's answer would have come
    assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(3000);
  }

  @Test
  void aNodeWithoutInstancesSendsRequestsAwayUntilOneIsBack(Vertx vertx) {
    TimAdminOptions options = fixture.adminOptions();
    String deployment = fixture.deploy(vertx, options, 1);
    TimEventBusClient bus = TimEventBusClient.create(vertx, new TimEventBusOptions().setAddress(options.getAddress())
        .setNoHandlersRetryMillis(300));
    bus.call(SVC, "account_check", check()).await();
    vertx.undeploy(deployment).await();

    TimException e = failure(bus.call(SVC, "account_check", check()));
    assertThat(e.code()).contains(TimErrorCode.NO_HANDLERS);
    assertThat(e.errorInfo()).contains("send again");

    // A request sent while no instance is there is resent until one is.
    TimEventBusClient patient = TimEventBusClient.create(vertx, options.getAddress());
    Future<JsonObject> waiting = patient.call(SVC, "account_check", check());
    sleep(300);
    fixture.deploy(vertx, options, 1);
    assertThat(waiting.await().getString("ActionStatus")).isEqualTo("OK");
  }

  @Test
  void aNodeLeftWithoutInstancesUnregistersOnceQuietForLingerMillis(Vertx vertx) {
    TimAdminOptions options = fixture.adminOptions().setLingerMillis(300);
    String deployment = fixture.deploy(vertx, options, 1);
    TimEventBusClient bus = TimEventBusClient.create(vertx, new TimEventBusOptions().setAddress(options.getAddress())
        .setNoHandlersRetryMillis(0));
    bus.call(SVC, "account_check", check()).await();
    vertx.undeploy(deployment).await();

    // Right after: the node still holds the address and sends the request away.
    assertThat(failure(bus.call(SVC, "account_check", check())).errorInfo()).contains("send again");
    sleep(1000);
    // Once quiet for lingerMillis, the address is gone from the node (and from the cluster).
    TimException gone = failure(bus.call(SVC, "account_check", check()));
    assertThat(gone.code()).contains(TimErrorCode.NO_HANDLERS);
    assertThat(gone.errorInfo()).contains("no admin verticle listens on");
  }

  @Test
  void undeployingDuringABulkJobCancelsItAndReportsEveryItem(Vertx vertx) {
    TimAdminOptions options = fixture.adminOptions();
    String deployment = fixture.deploy(vertx, options, 1);
    TimEventBusClient bus = TimEventBusClient.create(vertx, options.getAddress());
    List<String> users = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      users.add("j" + i);
    }
    AtomicLong outcomes = new AtomicLong();
    Promise<BulkJob<String>> started = Promise.promise();
    vertx.getOrCreateContext().runOnContext(v -> {
      BulkJob<String> job = bus.bulk("openim", "query_online_status", users,
          new BulkOptions().setChunkSize(10).setRatePerSecond(20));
      job.outcomes().handler(o -> outcomes.incrementAndGet());
      started.complete(job);
    });
    BulkJob<String> job = started.future().await();
    sleep(500);
    vertx.undeploy(deployment).await();

    BulkSummary summary = job.summary().await();
    assertThat(summary.items()).isEqualTo(3000);
    assertThat(summary.ok() + summary.failed() + summary.cancelled()).isEqualTo(3000);
    assertThat(summary.cancelled()).isGreaterThan(2000);
    assertThat(outcomes.get()).isEqualTo(3000);
  }
}
