package io.github.vertxtim.cli;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;
import io.vertx.core.tracing.TracingPolicy;

import java.util.function.Supplier;

/**
 * The observability port of {@code tim serve} and {@code tim emulator}: {@code GET /metrics} in the Prometheus text
 * format and, for serve, {@code GET /health}. A plain Vert.x HTTP server rather than vertx-web: two fixed paths need
 * no router, and the CLI then needs no optional dependency beyond Micrometer's Prometheus registry. Micrometer
 * classes are touched only when a port is asked for.
 */
final class ObservabilityServer {

  static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

  private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final Supplier<Future<Health>> health;
  private HttpServer server;

  /** A health report: up or not, and every check by name with its detail. */
  record Health(boolean up, JsonObject checks) {
    JsonObject toJson() {
      return new JsonObject().put("status", up ? "UP" : "DOWN").put("checks", checks);
    }
  }

  /** @param health the /health report, or null for no /health (the emulator) */
  ObservabilityServer(Supplier<Future<Health>> health) {
    this.health = health;
  }

  /** The registry to hand to the client, the admin verticle or the emulator ({@code TimMetricsOptions}). */
  PrometheusMeterRegistry registry() {
    return registry;
  }

  /** Listens on {@code host:port} (0: a free port); gives the port bound. */
  Future<Integer> start(Vertx vertx, String host, int port) {
    // no spans of our own for scrapes and probes
    HttpServer s = vertx.createHttpServer(new HttpServerOptions().setHost(host).setPort(port)
        .setTracingPolicy(TracingPolicy.IGNORE));
    s.requestHandler(this::handle);
    server = s;
    return s.listen().map(HttpServer::actualPort);
  }

  Future<Void> close() {
    return server == null ? Future.succeededFuture() : server.close();
  }

  private void handle(HttpServerRequest req) {
    if (req.method() != HttpMethod.GET && req.method() != HttpMethod.HEAD) {
      req.response().setStatusCode(405).putHeader("Allow", "GET, HEAD").end();
      return;
    }
    switch (req.path()) {
      case "/metrics" -> req.response().putHeader("Content-Type", PROMETHEUS_TEXT).end(registry.scrape());
      case "/health" -> {
        if (health == null) {
          notFound(req);
          return;
        }
        health.get().onComplete(ar -> {
          Health h = ar.succeeded() ? ar.result() : new Health(false,
              new JsonObject().put("health", new JsonObject().put("ok", false)
                  .put("detail", ar.cause().getClass().getSimpleName())));
          req.response().setStatusCode(h.up() ? 200 : 503).putHeader("Content-Type", "application/json")
              .end(h.toJson().encode());
        });
      }
      default -> notFound(req);
    }
  }

  private void notFound(HttpServerRequest req) {
    req.response().setStatusCode(404).putHeader("Content-Type", "text/plain").end(health == null
        ? "GET /metrics\n" : "GET /metrics or /health\n");
  }
}
