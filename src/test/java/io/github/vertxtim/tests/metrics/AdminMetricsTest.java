package io.github.vertxtim.tests.metrics;

import io.github.vertxtim.TimClientOptions;
import io.github.vertxtim.TimErrorCode;
import io.github.vertxtim.TimException;
import io.github.vertxtim.emulator.EmulatorFaults;
import io.github.vertxtim.emulator.TimEmulator;
import io.github.vertxtim.emulator.TimEmulatorOptions;
import io.github.vertxtim.eventbus.TimAdminOptions;
import io.github.vertxtim.eventbus.TimAdminVerticle;
import io.github.vertxtim.eventbus.TimEventBusClient;
import io.github.vertxtim.metrics.TimMetricsOptions;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.Timeout;
import io.vertx.junit5.VertxExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static io.github.vertxtim.metrics.TimMetricNames.*;
import static io.github.vertxtim.tests.metrics.MeterReads.counter;
import static io.github.vertxtim.tests.metrics.MeterReads.gauge;
import static io.github.vertxtim.tests.metrics.MeterReads.timerCount;
import static org.assertj.core.api.Assertions.assertThat;

/** The admin verticle's in-flight gauge and overload counter, and the client meters of its instances. */
@ExtendWith(VertxExtension.class)
@Timeout(value = 60, timeUnit = TimeUnit.SECONDS)
class AdminMetricsTest {

  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private TimEmulator emulator;

  @BeforeEach
  void start(Vertx vertx) {
    emulator = TimEmulator.create(vertx, new TimEmulatorOptions().setSdkAppId(ClientMetricsTest.SDK_APP_ID));
    emulator.start().await();
  }

  @AfterEach
  void stop() {
    emulator.close().await();
  }

  @Test
  void anOverloadedCallIsCountedAndTheInFlightGaugeFollowsTheInstance(Vertx vertx) {
    emulator.setFaults(EmulatorFaults.NONE.withLatencyMillis(800));
    TimAdminOptions options = new TimAdminOptions().setAddress("test." + UUID.randomUUID() + ".tim.admin.v1")
        .setMaxInFlight(1).setPaceCalls(false)
        .setClientOptions(new TimClientOptions().setSdkAppId(ClientMetricsTest.SDK_APP_ID)
            .setSecretKey(emulator.options().getSecretKey()).setEndpoint(emulator.baseUrl())
            .setMetricsOptions(new TimMetricsOptions().setMeterRegistry(registry)));
    // deploy() makes its instances from the options object: the programmatic registry (no JSON form) reaches them
    TimAdminVerticle.deploy(vertx, options, 1).await();
    TimEventBusClient bus = TimEventBusClient.create(vertx, options.getAddress());
    JsonObject body = new JsonObject().put("CheckItem", new JsonArray().add(new JsonObject().put("UserID", "a")));

    Future<JsonObject> first = bus.call("im_open_login_svc", "account_check", body);
    waitFor(() -> gauge(registry, ADMIN_CALLS_IN_FLIGHT) == 1);
    for (int i = 0; i < 2; i++) {
      Throwable refused = bus.call("im_open_login_svc", "account_check", body)
          .<Throwable>map(v -> null).recover(Future::succeededFuture).await();
      assertThat(refused).isInstanceOfSatisfying(TimException.class,
          e -> assertThat(e.code()).contains(TimErrorCode.OVERLOADED));
    }

    assertThat(counter(registry, ADMIN_OVERLOADED, TAG_KIND, "call")).isEqualTo(2);
    assertThat(counter(registry, ADMIN_OVERLOADED, TAG_KIND, "bulk")).isZero();
    assertThat(first.await().getString("ActionStatus")).isEqualTo("OK");
    waitFor(() -> gauge(registry, ADMIN_CALLS_IN_FLIGHT) == 0);
    assertThat(gauge(registry, ADMIN_BULK_JOBS)).isZero();
    // the instance's client records into the same registry: one call reached the service
    assertThat(timerCount(registry, CLIENT_CALLS, TAG_ENDPOINT, ClientMetricsTest.ACCOUNT_CHECK, TAG_OUTCOME, "ok"))
        .isEqualTo(1);
  }

  /** Polls until {@code condition} holds (a state that comes and stays), failing after 10 s. */
  private static void waitFor(BooleanSupplier condition) {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > end) {
        throw new AssertionError("condition not reached within 10 s");
      }
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }
}
