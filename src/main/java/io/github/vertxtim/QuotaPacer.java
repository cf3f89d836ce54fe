package io.github.vertxtim;

import io.github.vertxtim.internal.LocalQuotaPacer;
import io.github.vertxtim.internal.SharedQuotaPacer;
import io.vertx.core.Future;
import io.vertx.core.Vertx;

/**
 * Where requests take their place under an endpoint's quota. The service's rate limits are per app and per
 * endpoint, so every sender of one app must draw from the same pacer: the clients of one JVM share
 * {@link #local()} pacers only when they share the instance; {@link #shared(Vertx, String)} shares one quota through
 * Vert.x shared data between every client of a Vert.x instance and, when it is clustered, between every node.
 *
 * <p>A reservation spaces requests evenly: it takes the next free slot of the endpoint's timeline, which advances by
 * {@code permits / permitsPerSecond} seconds, and says how long to wait before using it. No window of one second
 * then holds more than the quota, whatever the bursts of the callers. A slot reserved and not used is lost, which
 * can only lower the rate.
 */
public interface QuotaPacer {

  /**
   * Reserves {@code permits} (calls, or items for item-counted endpoints) on the quota of {@code path}.
   *
   * @param path             the endpoint, {@code service/command}
   * @param permits          how many permits the request costs (&gt; 0)
   * @param permitsPerSecond the rate to pace at, headroom already applied (&gt; 0)
   * @return the delay in milliseconds after which the request may be sent (0: now)
   */
  Future<Long> reserve(String path, int permits, double permitsPerSecond);

  /**
   * Reserves, waits for the slot, and completes when the request may go. A request woken up late (its event loop
   * was busy for more than half a slot) would bunch up with the next ones, so it gives its slot up and takes a new
   * one, up to three times: stalls then lower the rate instead of bursting above it.
   */
  default Future<Void> acquire(Vertx vertx, String path, int permits, double permitsPerSecond) {
    return io.github.vertxtim.internal.Pacing.acquire(vertx, this, path, permits, permitsPerSecond);
  }

  /**
   * A pacer in this JVM only, as {@link TimClient#create(Vertx, TimClientOptions)} uses: cheap (no I/O), shared by
   * whoever holds this instance.
   */
  static QuotaPacer local() {
    return new LocalQuotaPacer();
  }

  /**
   * A pacer over Vert.x shared data counters named {@code scope + "." + path}: one quota for every pacer of that
   * scope on this Vert.x instance, and across the cluster when {@code vertx} is clustered. Use one scope per app
   * (e.g. {@code "tim.quota." + sdkAppId}). A reservation costs one counter operation (up to three after an idle period):
   * an in-JVM atomic when not clustered, a cluster round trip when clustered. Node clocks must agree to within a
   * few milliseconds (NTP); skew uses up the pacing headroom.
   */
  static QuotaPacer shared(Vertx vertx, String scope) {
    return new SharedQuotaPacer(vertx, scope);
  }
}
