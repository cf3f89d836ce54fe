package io.github.vertxtim.tests.metrics;

import io.github.vertxtim.TimClient;
import io.github.vertxtim.TimClientOptions;
import io.github.vertxtim.emulator.TimEmulator;
import io.github.vertxtim.emulator.TimEmulatorOptions;
import io.github.vertxtim.metrics.TimMetricsOptions;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.micrometer.MicrometerMetricsFactory;
import io.vertx.micrometer.MicrometerMetricsOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.github.vertxtim.metrics.TimMetricNames.CLIENT_CALLS;
import static io.github.vertxtim.metrics.TimMetricNames.EMULATOR_REQUESTS;
import static io.github.vertxtim.tests.metrics.MeterReads.counter;
import static io.github.vertxtim.tests.metrics.MeterReads.timerCount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Where metrics go: a given registry, Vert.x's own Micrometer registry (default or named), or nowhere. */
class MetricsResolutionTest {

  private Vertx vertx;

  @AfterEach
  void close() {
    vertx.close().await();
  }

  /** Vert.x with Micrometer metrics into {@code registry}, under {@code name} (null: the default name). */
  private static Vertx vertxWithMicrometer(SimpleMeterRegistry registry, String name) {
    MicrometerMetricsOptions metrics = new MicrometerMetricsOptions().setEnabled(true);
    if (name != null) {
      metrics.setRegistryName(name);
    }
    return Vertx.builder().with(new VertxOptions().setMetricsOptions(metrics))
        .withMetrics(new MicrometerMetricsFactory(registry)).build();
  }

  private static int callOnce(Vertx vertx, TimEmulator emulator, TimMetricsOptions metrics) {
    TimClient client = TimClient.create(vertx, new TimClientOptions().setSdkAppId(emulator.options().getSdkAppId())
        .setSecretKey(emulator.options().getSecretKey()).setEndpoint(emulator.baseUrl()).setMetricsOptions(metrics));
    try {
      return client.call("im_open_login_svc", "account_check", new JsonObject()).otherwiseEmpty()
          .map(j -> 1).await();
    } finally {
      client.close().await();
    }
  }

  @Test
  void turnedOffNothingIsRegisteredEvenWithARegistryGiven() {
    vertx = Vertx.vertx();
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    TimMetricsOptions off = new TimMetricsOptions().setEnabled(false).setMeterRegistry(registry);
    TimEmulator emulator = TimEmulator.create(vertx, new TimEmulatorOptions().setMetricsOptions(off));
    emulator.start().await();

    callOnce(vertx, emulator, off);

    assertThat(emulator.stats().requests()).isEqualTo(1); // the call did happen
    assertThat(registry.getMeters()).isEmpty();
  }

  @Test
  void vertxsOwnMicrometerMetricsAreUsedByDefault() {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    vertx = vertxWithMicrometer(registry, null);
    TimEmulator emulator = TimEmulator.create(vertx, new TimEmulatorOptions());
    emulator.start().await();

    callOnce(vertx, emulator, new TimMetricsOptions());

    assertThat(timerCount(registry, CLIENT_CALLS)).isEqualTo(1);
    assertThat(counter(registry, EMULATOR_REQUESTS)).isEqualTo(1);
  }

  @Test
  void aRegistryNameFindsTheVertxRegistryOfThatName() {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    String name = "tim-named-" + UUID.randomUUID();
    vertx = vertxWithMicrometer(registry, name);
    TimEmulator emulator = TimEmulator.create(vertx, new TimEmulatorOptions());
    emulator.start().await();
    TimMetricsOptions named = new TimMetricsOptions(new JsonObject().put("registryName", name));

    callOnce(vertx, emulator, named);

    assertThat(timerCount(registry, CLIENT_CALLS)).isEqualTo(1);
    assertThat(named.toJson()).isEqualTo(new JsonObject().put("enabled", true).put("registryName", name));
  }

  @Test
  void anUnknownRegistryNameFailsTheCreation() {
    vertx = Vertx.vertx();
    assertThatThrownBy(() -> TimClient.create(vertx, new TimClientOptions().setSdkAppId(1).setSecretKey("k")
        .setEndpoint("http://127.0.0.1:1").setMetricsOptions(new TimMetricsOptions().setRegistryName("nobody"))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nobody");
  }
}
