package io.github.vertxtim.tests.observability;

import io.github.vertxtim.TimClientOptions;
import io.github.vertxtim.emulator.TimEmulator;
import io.github.vertxtim.emulator.TimEmulatorOptions;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.internal.ContextInternal;
import io.vertx.tracing.opentelemetry.OpenTelemetryOptions;
import io.vertx.tracing.opentelemetry.OpenTelemetryTracingFactory;

import java.util.List;
import java.util.function.Supplier;

/**
 * A Vert.x instance with a real tracer (vertx-opentelemetry over an OpenTelemetry SDK whose spans land in memory) and
 * an emulator on loopback.
 */
final class TracingFixture implements AutoCloseable {

  final InMemorySpanExporter exporter = InMemorySpanExporter.create();
  final OpenTelemetrySdk sdk;
  final Tracer tracer;
  final Vertx vertx;
  final TimEmulator emulator;

  TracingFixture() {
    SdkTracerProvider provider = SdkTracerProvider.builder()
        .addSpanProcessor(SimpleSpanProcessor.create(exporter)).build();
    sdk = OpenTelemetrySdk.builder().setTracerProvider(provider)
        .setPropagators(ContextPropagators.create(W3CTraceContextPropagator.getInstance())).build();
    tracer = sdk.getTracer("test");
    vertx = Vertx.builder().with(new VertxOptions().setTracingOptions(new OpenTelemetryOptions()))
        .withTracer(new OpenTelemetryTracingFactory(sdk)).build();
    emulator = TimEmulator.create(vertx, new TimEmulatorOptions().setRateLimitEnabled(false));
    emulator.start().await();
  }

  TimClientOptions clientOptions() {
    return new TimClientOptions()
        .setSdkAppId(emulator.options().getSdkAppId())
        .setSecretKey(emulator.options().getSecretKey())
        .setEndpoint(emulator.baseUrl())
        .setRetryInitialBackoffMillis(5)
        .setRetryMaxBackoffMillis(10);
  }

  /**
   * Runs {@code action} on a fresh duplicated context inside a span named {@code name} (the caller's trace), ends
   * the span when the action's future ends, and gives that span with the outcome.
   */
  <T> Future<Traced<T>> inSpan(String name, Supplier<Future<T>> action) {
    ContextInternal ctx = ((ContextInternal) vertx.getOrCreateContext()).duplicate();
    Promise<Traced<T>> done = Promise.promise();
    ctx.runOnContext(v -> {
      Span span = tracer.spanBuilder(name).startSpan();
      Future<T> f;
      try (Scope ignored = span.makeCurrent()) {
        f = action.get();
      }
      f.onComplete(ar -> {
        span.end();
        done.complete(new Traced<>(span.getSpanContext().getSpanId(), span.getSpanContext().getTraceId(),
            ar.succeeded() ? ar.result() : null, ar.cause()));
      });
    });
    return done.future();
  }

  record Traced<T>(String spanId, String traceId, T result, Throwable failure) {
  }

  List<SpanData> spans() {
    return exporter.getFinishedSpanItems();
  }

  List<SpanData> spansNamed(String name) {
    return spans().stream().filter(s -> s.getName().equals(name)).toList();
  }

  @Override
  public void close() {
    vertx.close().await();
    sdk.close();
  }
}
