package io.github.vertxtim.tests.observability;

import io.github.vertxtim.TimClient;
import io.github.vertxtim.TimClientOptions;
import io.github.vertxtim.emulator.EmulatorFaults;
import io.github.vertxtim.emulator.TimEmulator;
import io.github.vertxtim.emulator.TimEmulatorOptions;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.context.Scope;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.core.spi.tracing.SpanKind;
import io.vertx.core.spi.tracing.TagExtractor;
import io.vertx.core.spi.tracing.VertxTracer;
import io.vertx.core.tracing.TracingOptions;
import io.vertx.core.tracing.TracingPolicy;
import io.vertx.tracing.opentelemetry.Operation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An OpenTelemetry span that cannot take an event (an OpenTelemetry API of another shape than vertx-opentelemetry
 * was built against, or a tracer's bug) costs the events, never the call: the call ends, its span is closed.
 */
class BrokenAttemptEventsTest {

  private static final JsonObject CHECK =
      new JsonObject().put("CheckItem", new JsonArray().add(new JsonObject().put("UserID", "a")));

  private final AtomicInteger addEventCalls = new AtomicInteger();
  private final Map<String, String> endAttributes = new ConcurrentHashMap<>();
  private final AtomicInteger ended = new AtomicInteger();
  private Vertx vertx;

  @AfterEach
  void stop() {
    if (vertx != null) {
      vertx.close().await();
    }
  }

  /** An OpenTelemetry span whose addEvent fails as a missing method would. */
  private Span throwingSpan() {
    return (Span) Proxy.newProxyInstance(Span.class.getClassLoader(), new Class<?>[] {Span.class},
        (proxy, method, args) -> {
          if (method.getName().equals("addEvent")) {
            addEventCalls.incrementAndGet();
            throw new NoSuchMethodError("io.opentelemetry.api.trace.Span.addEvent");
          }
          if (method.getName().equals("getSpanContext")) {
            return SpanContext.getInvalid();
          }
          if (method.getReturnType() == Span.class) {
            return proxy;
          }
          return method.getReturnType() == boolean.class ? false : null;
        });
  }

  @Test
  void aSpanThatCannotTakeEventsLeavesTheCallsOutcomeAlone() throws Exception {
    Span span = throwingSpan();
    VertxTracer<Operation, Operation> tracer = new VertxTracer<>() {
      @Override
      public <R> Operation sendRequest(Context context, SpanKind kind, TracingPolicy policy, R request,
                                       String operation, BiConsumer<String, String> headers, TagExtractor<R> tags) {
        return operation.startsWith("tim ") ? new Operation(span, Scope.noop()) : null;
      }

      @Override
      public <R> void receiveResponse(Context context, R response, Operation operation, Throwable failure,
                                      TagExtractor<R> tags) {
        if (operation == null) {
          return; // a span this tracer declined (not the client's)
        }
        ended.incrementAndGet();
        for (int i = 0; i < tags.len(response); i++) {
          endAttributes.put(tags.name(response, i), tags.value(response, i));
        }
      }
    };
    vertx = Vertx.builder().with(new VertxOptions().setTracingOptions(new TracingOptions()))
        .withTracer(options -> tracer).build();
    TimEmulator emulator = TimEmulator.create(vertx, new TimEmulatorOptions().setRateLimitEnabled(false));
    emulator.start().await();
    TimClient client = TimClient.create(vertx, new TimClientOptions().setSdkAppId(emulator.options().getSdkAppId())
        .setSecretKey(emulator.options().getSecretKey()).setEndpoint(emulator.baseUrl())
        .setTracingPolicy(TracingPolicy.ALWAYS).setRetryInitialBackoffMillis(5).setRetryMaxBackoffMillis(10));

    // two 60007s, then OK: the first failed attempt meets the broken span
    emulator.setFaults(EmulatorFaults.NONE.withThrottleRatio(1.0));
    AtomicInteger failedAttempts = new AtomicInteger();
    client.attemptHandler(a -> {
      if (failedAttempts.incrementAndGet() == 2) {
        emulator.setFaults(EmulatorFaults.NONE);
      }
    });
    JsonObject answer = client.call("im_open_login_svc", "account_check", CHECK).await(30, TimeUnit.SECONDS);

    assertThat(answer.getString("ActionStatus")).isEqualTo("OK");
    assertThat(failedAttempts).hasValue(2);
    // an event was tried for each failed attempt, and each failure was swallowed
    assertThat(addEventCalls).hasValue(2);
    // the span still ends, with the attempts as attributes
    assertThat(ended).hasValue(1);
    assertThat(endAttributes).containsEntry("tim.attempts", "3").containsEntry("tim.attempt_errors", "60007,60007")
        .containsEntry("tim.error_code", "0");
  }
}
