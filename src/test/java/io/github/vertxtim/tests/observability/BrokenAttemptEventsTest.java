package io.github.vertxtim.tests.observability;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.context.Scope;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
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
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An OpenTelemetry span that cannot take an event (an OpenTelemetry API of another shape than vertx-opentelemetry
 * was built against, or a tracer's bug) costs the events, never the call: the call ends, its span is closed.
 */
class BrokenAttemptEventsTest {

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
    // two 60007s, then OK: each failed attempt meets the broken span
    JsonObject answer = RetriedTracedCall.run(vertx, 2);

    assertThat(answer.getString("ActionStatus")).isEqualTo("OK");
    // an event was tried for each failed attempt, and each failure was swallowed
    assertThat(addEventCalls).hasValue(2);
    // the span still ends, with the attempts as attributes
    assertThat(ended).hasValue(1);
    assertThat(endAttributes).containsEntry("tim.attempts", "3").containsEntry("tim.attempt_errors", "60007,60007")
        .containsEntry("tim.error_code", "0");
  }
}
