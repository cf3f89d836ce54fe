package io.github.vertxtim.benchmarks;

import io.github.vertxtim.eventbus.TimAdminOptions;
import io.github.vertxtim.eventbus.TimAdminVerticle;
import io.github.vertxtim.eventbus.TimEventBusClient;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServer;
import io.vertx.core.internal.VertxInternal;
import org.HdrHistogram.Histogram;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A timed harness (not JMH) for one decision: should the instances of a {@code TimAdminVerticle} deployment
 * ({@code setInstances(n)}) share one HTTP pool, or hold one each? Four instances serve a closed loop of requests
 * from one requester, against
 * <ul>
 *   <li>{@code stub}: the loopback stub in its own JVM, no added latency (what the client's CPU path costs);</li>
 *   <li>{@code wan-20ms}: an in-JVM stub answering after 20 ms (the service over a WAN: connections are the limit).</li>
 * </ul>
 * Variants: {@code own x8} (each instance its own pool of 8), {@code shared x8} (one pool of 8 for all, the same
 * {@code poolSize} setting), {@code shared x32} (one pool with as many connections as the four own pools).
 *
 * <p>Run: {@code java -cp benchmarks.jar io.github.vertxtim.benchmarks.AdminPoolHarness [seconds]}.
 */
public final class AdminPoolHarness {

  private static final int INSTANCES = 4;

  private AdminPoolHarness() {
  }

  record Result(String target, String variant, int concurrency, double callsPerSecond, double p50Ms, double p99Ms,
                long errors, int connections) {
  }

  public static void main(String[] args) throws Exception {
    int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 8;
    System.out.printf("AdminPoolHarness: %d instances, %d s measured per variant after %d s warm-up, %d cores%n",
        INSTANCES, seconds, 3, Runtime.getRuntime().availableProcessors());
    try (StubProcess stub = StubProcess.start()) {
      // Round 1 also warms the JIT of both JVMs: compare round 2.
      for (int round = 1; round <= 2; round++) {
        System.out.println("round " + round);
        for (String[] v : variants()) {
          print(run("stub", stub.port(), null, v[0], Boolean.parseBoolean(v[1]), Integer.parseInt(v[2]), 64, seconds));
        }
      }
    }
    Vertx stubVertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1));
    AtomicInteger connections = new AtomicInteger();
    HttpServer slow = delayedStub(stubVertx, 20, connections);
    try {
      for (int round = 1; round <= 2; round++) {
        System.out.println("round " + round);
        for (String[] v : variants()) {
          connections.set(0);
          print(run("wan-20ms", slow.actualPort(), connections, v[0], Boolean.parseBoolean(v[1]),
              Integer.parseInt(v[2]), 256, seconds));
        }
      }
    } finally {
      stubVertx.close().await();
    }
  }

  private static List<String[]> variants() {
    return List.of(new String[]{"own x8", "false", "8"}, new String[]{"shared x8", "true", "8"},
        new String[]{"shared x32", "true", "32"});
  }

  private static void print(Result r) {
    System.out.printf("%-9s %-11s in flight %4d: %8.0f calls/s  p50 %7.2f ms  p99 %7.2f ms  errors %d%s%n",
        r.target, r.variant, r.concurrency, r.callsPerSecond, r.p50Ms, r.p99Ms, r.errors,
        r.connections >= 0 ? "  connections " + r.connections : "");
  }

  static HttpServer delayedStub(Vertx vertx, long delayMillis, AtomicInteger connections) {
    Buffer answer = Buffer.buffer(Fixtures.ONE_ACCOUNT.answerBytes());
    HttpServer server = vertx.createHttpServer();
    server.connectionHandler(c -> connections.incrementAndGet());
    server.requestHandler(req -> req.end().onComplete(done -> vertx.setTimer(delayMillis, t ->
        req.response().putHeader(HttpHeaders.CONTENT_TYPE, "application/json").end(answer))));
    return server.listen(0, "127.0.0.1").await();
  }

  static Result run(String target, int port, AtomicInteger connections, String variant, boolean shared, int poolSize,
                    int concurrency, int seconds) throws Exception {
    Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(INSTANCES));
    try {
      TimAdminOptions options = EventBusBenchmark.adminOptions(port, false).setSharedPool(shared);
      options.getClientOptions().setPoolSize(poolSize);
      TimAdminVerticle.deploy(vertx, options, INSTANCES).await();
      TimEventBusClient requester = TimEventBusClient.create(vertx, EventBusBenchmark.ADDRESS);
      Context ctx = ((VertxInternal) vertx).createEventLoopContext();
      Histogram histogram = new Histogram(TimeUnit.SECONDS.toNanos(60), 3);
      long[] counts = new long[2];
      long warmEnd = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
      long end = warmEnd + TimeUnit.SECONDS.toNanos(seconds);
      AtomicInteger running = new AtomicInteger(concurrency);
      io.vertx.core.Promise<Void> done = io.vertx.core.Promise.promise();
      Runnable[] next = new Runnable[1];
      next[0] = () -> {
        long t0 = System.nanoTime();
        if (t0 >= end) {
          if (running.decrementAndGet() == 0) {
            done.complete();
          }
          return;
        }
        requester.call(Fixtures.SERVICE, Fixtures.COMMAND, Fixtures.BODY).onComplete(ar -> {
          long t1 = System.nanoTime();
          if (t0 >= warmEnd && t1 <= end) {
            histogram.recordValue(Math.min(t1 - t0, TimeUnit.SECONDS.toNanos(60)));
            if (ar.failed()) {
              counts[1]++;
            }
          }
          next[0].run();
        });
      };
      ctx.runOnContext(v -> {
        for (int i = 0; i < concurrency; i++) {
          next[0].run();
        }
      });
      done.future().await();
      return new Result(target, variant, concurrency, histogram.getTotalCount() / (double) seconds,
          histogram.getValueAtPercentile(50) / 1e6, histogram.getValueAtPercentile(99) / 1e6, counts[1],
          connections == null ? -1 : connections.get());
    } finally {
      vertx.close().await();
    }
  }
}
