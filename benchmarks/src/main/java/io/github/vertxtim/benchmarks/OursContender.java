package io.github.vertxtim.benchmarks;

import io.github.vertxtim.TimClient;
import io.github.vertxtim.TimClientOptions;
import io.github.vertxtim.metrics.TimMetricsOptions;
import io.github.vertxtim.api.account.CheckAccountsRequest;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.tracing.TracingPolicy;
import io.vertx.core.json.JsonObject;

/**
 * This library: {@code call(service, command, JsonObject)} or the typed {@code accounts().checkAccounts(record)},
 * with its production defaults apart from the pool size and deadline shared by every contender. All calls start on
 * one event-loop context (what a verticle does), on a Vert.x instance with one event loop.
 */
final class OursContender implements Contender {

  private final Vertx vertx;
  private final TimClient client;
  private final Context context;
  private final boolean typed;
  private final JsonObject body;
  private final CheckAccountsRequest request;

  private final boolean metrics;
  private final boolean tracing;
  private final boolean ownsVertx;

  OursContender(int port, int poolSize, boolean typed, AccountCheckFixture fixture) {
    this(port, poolSize, typed, fixture, null);
  }

  /** @param metrics the client's metrics options, or null for the default (off: this Vert.x has no metrics) */
  OursContender(int port, int poolSize, boolean typed, AccountCheckFixture fixture, TimMetricsOptions metrics) {
    this(port, poolSize, typed, fixture, metrics, false);
  }

  /** @param tracing a real tracer on the Vert.x instance, and a span for every call ({@link Tracing}) */
  OursContender(int port, int poolSize, boolean typed, AccountCheckFixture fixture, TimMetricsOptions metrics,
                boolean tracing) {
    this(tracing ? Tracing.vertx(oneEventLoop()) : Vertx.vertx(oneEventLoop()), true, port, poolSize, typed, fixture,
        metrics, tracing ? TracingPolicy.ALWAYS : TimClientOptions.DEFAULT_TRACING_POLICY);
  }

  /**
   * A client on {@code vertx}, closed with this contender when {@code ownsVertx}.
   *
   * @param tracingPolicy ALWAYS: each call opens its span even though the benchmark's caller has no trace of its own
   */
  OursContender(Vertx vertx, boolean ownsVertx, int port, int poolSize, boolean typed, AccountCheckFixture fixture,
                TimMetricsOptions metrics, TracingPolicy tracingPolicy) {
    this.typed = typed;
    this.metrics = metrics != null;
    this.tracing = tracingPolicy == TracingPolicy.ALWAYS;
    this.ownsVertx = ownsVertx;
    this.body = fixture.body();
    this.request = fixture.request();
    this.vertx = vertx;
    this.client = TimClient.create(vertx, new TimClientOptions()
        .setSdkAppId(Fixtures.SDK_APP_ID)
        .setAdminIdentifier(Fixtures.ADMIN)
        .setSecretKey(Fixtures.SECRET_KEY)
        .setEndpoint("http://127.0.0.1:" + port)
        .setPoolSize(poolSize)
        .setMaxWaitQueueSize(4096)
        .setTimeoutMillis(Fixtures.TIMEOUT_MILLIS)
        .setMetricsOptions(metrics != null ? metrics : new TimMetricsOptions())
        .setTracingPolicy(tracingPolicy));
    this.context = vertx.getOrCreateContext();
  }

  static VertxOptions oneEventLoop() {
    return new VertxOptions().setEventLoopPoolSize(1);
  }

  @Override
  public void launch(Runnable firstSends) {
    context.runOnContext(v -> firstSends.run());
  }

  @Override
  public void send(long t0, Pump pump) {
    if (typed) {
      client.accounts().checkAccounts(request).onComplete(ar -> pump.done(t0, ar.cause()));
    } else {
      client.call(Fixtures.SERVICE, Fixtures.COMMAND, body).onComplete(ar -> pump.done(t0, ar.cause()));
    }
  }

  @Override
  public void close() {
    client.close().await();
    if (ownsVertx) {
      vertx.close().await();
    }
  }

  @Override
  public String toString() {
    return (typed ? "ours-typed" : "ours-call") + (metrics ? "-metrics" : "") + (tracing ? "-tracing" : "");
  }
}
