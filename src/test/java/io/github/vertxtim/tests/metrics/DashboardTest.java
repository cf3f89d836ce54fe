package io.github.vertxtim.tests.metrics;

import io.github.vertxtim.TimAttempt;
import io.github.vertxtim.TimClient;
import io.github.vertxtim.TimClientOptions;
import io.github.vertxtim.bulk.BulkOptions;
import io.github.vertxtim.emulator.EmulatorFaults;
import io.github.vertxtim.emulator.TimEmulatorOptions;
import io.github.vertxtim.emulator.impl.TimEmulatorImpl;
import io.github.vertxtim.emulator.impl.shared.ManualClock;
import io.github.vertxtim.eventbus.TimAdminOptions;
import io.github.vertxtim.eventbus.TimAdminVerticle;
import io.github.vertxtim.eventbus.TimEventBusClient;
import io.github.vertxtim.metrics.TimMetricsOptions;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.Timeout;
import io.vertx.junit5.VertxExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/grafana-dashboard.json queries only metrics the code registers: traffic that touches every meter (calls, a
 * retried 60007, a bulk job, a paced call over the admin verticle, an injected fault) goes into a Prometheus
 * registry, and every {@code tim_*} series a panel queries must be in its scrape.
 */
@ExtendWith(VertxExtension.class)
@Timeout(value = 60, timeUnit = TimeUnit.SECONDS)
class DashboardTest {

  private static final Pattern METRIC = Pattern.compile("\\btim_[a-z_]+");

  @Test
  void everyMetricTheDashboardQueriesIsRegistered(Vertx vertx) throws Exception {
    PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    TimMetricsOptions metrics = new TimMetricsOptions().setMeterRegistry(registry);
    ManualClock clock = new ManualClock(System.currentTimeMillis());
    TimEmulatorImpl emulator = new TimEmulatorImpl(vertx, new TimEmulatorOptions()
        .setRate(ClientMetricsTest.ACCOUNT_CHECK, 1).setMetricsOptions(metrics), clock);
    emulator.start().await();
    TimClientOptions options = new TimClientOptions().setSdkAppId(emulator.options().getSdkAppId())
        .setSecretKey(emulator.options().getSecretKey()).setEndpoint(emulator.baseUrl())
        .setRetryInitialBackoffMillis(1).setRetryMaxBackoffMillis(2).setMetricsOptions(metrics);
    TimClient client = TimClient.create(vertx, options);
    client.attemptHandler(a -> {
      if (a.next() == TimAttempt.Next.RETRY) {
        clock.advance(Duration.ofSeconds(1));
      }
    });
    JsonObject check = new JsonObject().put("CheckItem", new JsonArray().add(new JsonObject().put("UserID", "a")));
    client.call("im_open_login_svc", "account_check", check).await();
    client.call("im_open_login_svc", "account_check", check).await(); // 60007, then a retry in the next window
    clock.advance(Duration.ofSeconds(1));
    client.bulk("im_open_login_svc", "account_check",
        IntStream.range(0, 3).mapToObj(i -> new JsonObject().put("UserID", "b" + i)).toList(),
        new BulkOptions().setChunkSize(3)).summary().await();
    emulator.setFaults(EmulatorFaults.NONE.withThrottleRatio(1));
    client.call("im_open_login_svc", "account_import", new JsonObject().put("UserID", "c")).otherwiseEmpty().await();
    emulator.setFaults(EmulatorFaults.NONE);
    TimAdminOptions admin = new TimAdminOptions().setAddress("test." + UUID.randomUUID() + ".tim.admin.v1")
        .setClientOptions(new TimClientOptions(options).setMaxRetries(0));
    vertx.deployVerticle(new TimAdminVerticle(admin)).await();
    TimEventBusClient.create(vertx, admin.getAddress()).call("im_open_login_svc", "account_import",
        new JsonObject().put("UserID", "d")).await();
    client.close().await();

    Set<String> scraped = new TreeSet<>();
    Matcher s = METRIC.matcher(registry.scrape());
    while (s.find()) {
      scraped.add(s.group());
    }
    Set<String> queried = new TreeSet<>();
    Matcher q = METRIC.matcher(Files.readString(Path.of("docs/grafana-dashboard.json")));
    while (q.find()) {
      queried.add(q.group());
    }

    assertThat(queried).hasSizeGreaterThanOrEqualTo(15);
    assertThat(scraped).as("metrics registered (Prometheus names)").containsAll(queried);
    emulator.close().await();
  }
}
