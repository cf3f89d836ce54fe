package io.github.vertxtim.tests.metrics;

import io.github.vertxtim.TimAttempt;
import io.github.vertxtim.TimClient;
import io.github.vertxtim.TimClientOptions;
import io.github.vertxtim.TimException;
import io.github.vertxtim.bulk.BulkOptions;
import io.github.vertxtim.bulk.BulkSummary;
import io.github.vertxtim.emulator.TimEmulatorOptions;
import io.github.vertxtim.emulator.impl.TimEmulatorImpl;
import io.github.vertxtim.emulator.impl.shared.ManualClock;
import io.github.vertxtim.metrics.TimMetricsOptions;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.Timeout;
import io.vertx.junit5.VertxExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static io.github.vertxtim.metrics.TimMetricNames.*;
import static io.github.vertxtim.tests.metrics.MeterReads.counter;
import static io.github.vertxtim.tests.metrics.MeterReads.gauge;
import static io.github.vertxtim.tests.metrics.MeterReads.timerCount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The client's, the bulk engine's and the emulator's meters after known traffic against the emulator. */
@ExtendWith(VertxExtension.class)
@Timeout(value = 60, timeUnit = TimeUnit.SECONDS)
class ClientMetricsTest {

  static final String ACCOUNT_CHECK = "im_open_login_svc/account_check";
  static final long SDK_APP_ID = 1_400_000_014L;

  private final SimpleMeterRegistry clientRegistry = new SimpleMeterRegistry();
  private final SimpleMeterRegistry emulatorRegistry = new SimpleMeterRegistry();
  private final ManualClock clock = new ManualClock(System.currentTimeMillis());
  private TimEmulatorImpl emulator;
  private TimClient client;

  @BeforeEach
  void start(Vertx vertx) {
    // 4 calls per window of the emulator's (manual) clock: the 5th of a window is answered 60007
    emulator = new TimEmulatorImpl(vertx, new TimEmulatorOptions().setSdkAppId(SDK_APP_ID).setRate(ACCOUNT_CHECK, 4)
        .setMetricsOptions(new TimMetricsOptions().setMeterRegistry(emulatorRegistry)), clock);
    emulator.start().await();
  }

  @AfterEach
  void stop() {
    if (client != null) {
      client.close().await();
    }
    emulator.close().await();
  }

  private TimClientOptions options() {
    return new TimClientOptions().setSdkAppId(SDK_APP_ID).setSecretKey(emulator.options().getSecretKey())
        .setEndpoint(emulator.baseUrl()).setRetryInitialBackoffMillis(1).setRetryMaxBackoffMillis(2)
        .setMetricsOptions(new TimMetricsOptions().setMeterRegistry(clientRegistry));
  }

  private static JsonObject check(String user) {
    return new JsonObject().put("CheckItem", new JsonArray().add(new JsonObject().put("UserID", user)));
  }

  @Test
  void tenCallsWithTwoForced60007sCountExactly(Vertx vertx) {
    client = TimClient.create(vertx, options());
    // a retry finds a fresh window: the clock moves on when the client decides to retry
    client.attemptHandler(a -> {
      if (a.next() == TimAttempt.Next.RETRY) {
        clock.advance(Duration.ofSeconds(1));
      }
    });
    for (int i = 0; i < 10; i++) {
      assertThat(client.call("im_open_login_svc", "account_check", check("u" + i)).await()
          .getString("ActionStatus")).isEqualTo("OK");
    }

    assertThat(timerCount(clientRegistry, CLIENT_CALLS, TAG_ENDPOINT, ACCOUNT_CHECK, TAG_OUTCOME, "ok")).isEqualTo(10);
    assertThat(timerCount(clientRegistry, CLIENT_CALLS)).isEqualTo(10);
    assertThat(counter(clientRegistry, CLIENT_ATTEMPTS, TAG_ENDPOINT, ACCOUNT_CHECK)).isEqualTo(12);
    assertThat(counter(clientRegistry, CLIENT_RETRIES, TAG_ENDPOINT, ACCOUNT_CHECK, TAG_REASON, "retry")).isEqualTo(2);
    assertThat(counter(clientRegistry, CLIENT_RETRIES)).isEqualTo(2);
    assertThat(counter(clientRegistry, CLIENT_ERRORS, TAG_ENDPOINT, ACCOUNT_CHECK, TAG_CODE, "60007")).isEqualTo(2);
    assertThat(counter(clientRegistry, CLIENT_ERRORS)).isEqualTo(2);
    assertThat(counter(clientRegistry, CLIENT_USERSIG_RENEWALS, TAG_RESULT, "ok")).isEqualTo(1);
    assertThat(timerCount(clientRegistry, CLIENT_CONNECTION_WAIT)).isEqualTo(12);
    assertThat(gauge(clientRegistry, CLIENT_CALLS_IN_FLIGHT)).isZero();

    assertThat(counter(emulatorRegistry, EMULATOR_REQUESTS, TAG_ENDPOINT, ACCOUNT_CHECK, TAG_CODE, "0")).isEqualTo(10);
    assertThat(counter(emulatorRegistry, EMULATOR_REQUESTS, TAG_ENDPOINT, ACCOUNT_CHECK, TAG_CODE, "60007"))
        .isEqualTo(2);
    assertThat(counter(emulatorRegistry, EMULATOR_RATE_LIMITED, TAG_ENDPOINT, ACCOUNT_CHECK)).isEqualTo(2);
    // the emulator's own stats saw the same events
    assertThat(emulator.stats().rateLimited()).isEqualTo(2);
  }

  @Test
  void aFailedCallIsTimedByCategoryAndAnUnknownEndpointIsOneTag(Vertx vertx) {
    client = TimClient.create(vertx, options().setMaxRetries(0));
    for (int i = 0; i < 4; i++) {
      client.call("im_open_login_svc", "account_check", check("u" + i)).await();
    }
    for (int i = 4; i < 6; i++) {
      String user = "u" + i;
      assertThatThrownBy(() -> client.call("im_open_login_svc", "account_check", check(user)).await())
          .isInstanceOf(TimException.class);
    }
    TimException unknown = (TimException) catchFailure(() ->
        client.call("no_such_svc_user42", "cmd_group99", new JsonObject()).await());

    assertThat(timerCount(clientRegistry, CLIENT_CALLS, TAG_ENDPOINT, ACCOUNT_CHECK, TAG_OUTCOME, "ok")).isEqualTo(4);
    assertThat(timerCount(clientRegistry, CLIENT_CALLS, TAG_ENDPOINT, ACCOUNT_CHECK, TAG_OUTCOME, "rate_limited"))
        .isEqualTo(2);
    String category = unknown.category().name().toLowerCase();
    assertThat(timerCount(clientRegistry, CLIENT_CALLS, TAG_ENDPOINT, UNREGISTERED, TAG_OUTCOME, category))
        .isEqualTo(1);
    assertThat(counter(clientRegistry, CLIENT_ERRORS, TAG_ENDPOINT, UNREGISTERED, TAG_CODE,
        Integer.toString(unknown.errorCode()))).isEqualTo(1);
    assertThat(counter(clientRegistry, CLIENT_RETRIES)).isZero();
    assertThat(counter(emulatorRegistry, EMULATOR_REQUESTS, TAG_ENDPOINT, UNREGISTERED)).isEqualTo(1);
    // bounded tags: neither the unknown names nor user IDs appear anywhere
    for (SimpleMeterRegistry r : List.of(clientRegistry, emulatorRegistry)) {
      for (Meter m : r.getMeters()) {
        assertThat(m.getId().getTags().toString()).doesNotContain("no_such_svc", "cmd_group99", "u5", "user42");
      }
    }
  }

  @Test
  void aBulkJobCountsItsItemsAsItsSummaryDoes(Vertx vertx) {
    client = TimClient.create(vertx, options().setMaxRetries(0));
    // 600 items, chunks of 100 one after the other: the emulator's window holds 4 calls, so the last 2 chunks are
    // answered 60007 and, with one attempt per item, their 200 items fail
    List<JsonObject> items = IntStream.range(0, 600).mapToObj(i -> new JsonObject().put("UserID", "b" + i)).toList();
    BulkSummary summary = client.bulk("im_open_login_svc", "account_check", items,
        new BulkOptions().setRatePerSecond(1000).setMaxInFlight(1).setMaxAttempts(1)).summary().await();

    assertThat(summary.ok()).isEqualTo(400);
    assertThat(summary.failed()).isEqualTo(200);
    assertThat(counter(clientRegistry, BULK_ITEMS, TAG_ENDPOINT, ACCOUNT_CHECK, TAG_STATUS, "ok"))
        .isEqualTo(summary.ok());
    assertThat(counter(clientRegistry, BULK_ITEMS, TAG_ENDPOINT, ACCOUNT_CHECK, TAG_STATUS, "failed"))
        .isEqualTo(summary.failed());
    assertThat(counter(clientRegistry, BULK_ITEMS, TAG_STATUS, "cancelled")).isEqualTo(summary.cancelled()).isZero();
    assertThat(timerCount(clientRegistry, CLIENT_PACER_WAIT, TAG_ENDPOINT, ACCOUNT_CHECK)).isEqualTo(6);
    assertThat(timerCount(clientRegistry, CLIENT_CALLS, TAG_ENDPOINT, ACCOUNT_CHECK, TAG_OUTCOME, "ok")).isEqualTo(4);
    assertThat(timerCount(clientRegistry, CLIENT_CALLS, TAG_ENDPOINT, ACCOUNT_CHECK, TAG_OUTCOME, "rate_limited"))
        .isEqualTo(2);
    assertThat(summary.calls()).isEqualTo(6);
  }

  private static Throwable catchFailure(Runnable r) {
    try {
      r.run();
    } catch (Throwable t) {
      return t;
    }
    throw new AssertionError("expected a failure");
  }
}
