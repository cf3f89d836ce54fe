package io.github.vertxtim.tests.observability;

import io.github.vertxtim.TimClient;
import io.github.vertxtim.TimClientOptions;
import io.github.vertxtim.emulator.EmulatorFaults;
import io.github.vertxtim.emulator.TimEmulator;
import io.github.vertxtim.emulator.TimEmulatorOptions;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.core.tracing.TracingPolicy;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One account_check with a span (policy ALWAYS) whose first {@code failedAttempts} attempts the emulator answers
 * 60007, on {@code vertx} and its tracer. Links against no OpenTelemetry class, so {@link NoOpenTelemetryRun} can
 * use it in a class loader without them.
 */
final class RetriedTracedCall {

  private RetriedTracedCall() {
  }

  /** The call's answer; bounded, since an error thrown on the failed-attempt path would leave its future open. */
  static JsonObject run(Vertx vertx, int failedAttempts) throws TimeoutException {
    TimEmulator emulator = TimEmulator.create(vertx, new TimEmulatorOptions().setRateLimitEnabled(false));
    emulator.start().await();
    TimClient client = TimClient.create(vertx, new TimClientOptions().setSdkAppId(emulator.options().getSdkAppId())
        .setSecretKey(emulator.options().getSecretKey()).setEndpoint(emulator.baseUrl())
        .setTracingPolicy(TracingPolicy.ALWAYS).setRetryInitialBackoffMillis(5).setRetryMaxBackoffMillis(10));
    try {
      emulator.setFaults(EmulatorFaults.NONE.withThrottleRatio(1.0));
      AtomicInteger failed = new AtomicInteger();
      client.attemptHandler(a -> {
        if (failed.incrementAndGet() == failedAttempts) {
          emulator.setFaults(EmulatorFaults.NONE);
        }
      });
      JsonObject check = new JsonObject().put("CheckItem", new JsonArray().add(new JsonObject().put("UserID", "a")));
      JsonObject answer = client.call("im_open_login_svc", "account_check", check).await(30, TimeUnit.SECONDS);
      if (failed.get() != failedAttempts) {
        throw new AssertionError(failed.get() + " failed attempts, expected " + failedAttempts);
      }
      return answer;
    } finally {
      client.close().await();
      emulator.close().await();
    }
  }
}
