package io.github.vertxtim.tests.observability;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.spi.tracing.SpanKind;
import io.vertx.core.spi.tracing.TagExtractor;
import io.vertx.core.spi.tracing.VertxTracer;
import io.vertx.core.tracing.TracingOptions;
import io.vertx.core.tracing.TracingPolicy;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeoutException;
import java.util.function.BiConsumer;

/**
 * What {@link NoOpenTelemetryTest} runs in its class loader without OpenTelemetry (so this class links in that
 * loader): a traced call that is retried once, under a tracer of its own that is not OpenTelemetry's.
 */
public final class NoOpenTelemetryRun {

  private NoOpenTelemetryRun() {
  }

  public static String run() throws TimeoutException {
    RecordingTracer tracer = new RecordingTracer();
    Vertx vertx = Vertx.builder().with(new VertxOptions().setTracingOptions(new TracingOptions()))
        .withTracer(options -> tracer).build();
    try {
      // the first attempt gets 60007 (a failed attempt: the path that looks for OpenTelemetry), the retry is OK
      String status = RetriedTracedCall.run(vertx, 1).getString("ActionStatus");
      return "call " + status + "; " + String.join("; ", tracer.ended);
    } finally {
      vertx.close().await();
    }
  }

  /** Records each ended span of the client as its name and the attempt attributes. */
  private static final class RecordingTracer implements VertxTracer<Object, String> {
    final List<String> ended = new CopyOnWriteArrayList<>();

    @Override
    public <R> String sendRequest(Context context, SpanKind kind, TracingPolicy policy, R request, String operation,
                                  BiConsumer<String, String> headers, TagExtractor<R> tags) {
      return operation;
    }

    @Override
    public <R> void receiveResponse(Context context, R response, String operation, Throwable failure,
                                    TagExtractor<R> tags) {
      if (!operation.startsWith("tim ")) {
        return;
      }
      StringBuilder s = new StringBuilder(operation);
      for (int i = 0; i < tags.len(response); i++) {
        String name = tags.name(response, i);
        if (name.equals("tim.attempts") || name.equals("tim.retries") || name.equals("tim.attempt_errors")) {
          s.append(' ').append(name).append('=').append(tags.value(response, i));
        }
      }
      ended.add(s.toString());
    }
  }
}
