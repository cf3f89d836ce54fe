package io.github.vertxtim.internal;

import io.github.vertxtim.QuotaPacer;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.shareddata.Counter;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A quota shared through Vert.x shared data. Each endpoint has one counter holding the end of its timeline: the
 * epoch-microsecond instant at which the next slot is free. A reservation adds its cost ({@code permits / rate}
 * seconds) with one {@code addAndGet}; the slot it got starts where the timeline ended before. A start up to
 * {@link #SLACK_MICROS} (or twice the counter round trip, at most {@link #MAX_SLACK_MICROS}) in the past goes at once
 * (the timeline lags by about one counter round trip even under steady demand). A start further back means the endpoint was idle: the timeline is moved to now with a
 * {@code compareAndSet} and the request goes at once; losing that race means someone else just moved it, and the
 * next slot is taken as it comes. A reservation costs one counter operation under steady demand, and at most three
 * after an idle spell.
 *
 * <p>The slack works like a token bucket of 20 to 50 ms: after a quiet spell at most that much worth of permits go at
 * once, so a window of one second sees at most {@code rate × 1.05}: the quota, with the 5 % headroom callers use.
 *
 * <p>On a clustered Vert.x instance the counters are cluster-wide (with vertx-hazelcast, an {@code IMap} entry
 * updated by entry processors on its partition's owner), so all nodes
 * draw from one timeline. Nothing is leased ahead: a node never holds slots it may not use, and the order of
 * reservations is the order in which the cluster saw them.
 */
public final class SharedQuotaPacer implements QuotaPacer {

  /** How far in the past a slot may start and still be used as is: at least this ... */
  static final long SLACK_MICROS = 20_000;
  /** ... or twice the counter round trip, but never more than this (a 50 ms burst stays within a 5 % headroom). */
  static final long MAX_SLACK_MICROS = 50_000;

  private final Vertx vertx;
  private final String scope;
  private final Map<String, Future<Counter>> counters = new ConcurrentHashMap<>();
  /** Per endpoint, the latest end of the timeline this node saw: what survives the counter's loss. */
  private final Map<String, AtomicLong> lastEnds = new ConcurrentHashMap<>();

  public SharedQuotaPacer(Vertx vertx, String scope) {
    this.vertx = Objects.requireNonNull(vertx, "vertx");
    this.scope = Objects.requireNonNull(scope, "scope");
  }

  @Override
  public Future<Long> reserve(String path, int permits, double permitsPerSecond) {
    if (permits <= 0 || !(permitsPerSecond > 0)) {
      return Future.failedFuture(new IllegalArgumentException("permits and permitsPerSecond must be > 0"));
    }
    long cost = Math.max(1, Math.round(permits * 1_000_000d / permitsPerSecond));
    AtomicLong seen = lastEnds.computeIfAbsent(path, p -> new AtomicLong());
    return counter(path).compose(c -> take(c, cost, 0, seen));
  }

  private Future<Counter> counter(String path) {
    Future<Counter> f = counters.computeIfAbsent(path, p -> vertx.sharedData().getCounter(scope + "." + p));
    if (f.failed()) {
      counters.remove(path, f);
    }
    return f;
  }

  private Future<Long> take(Counter counter, long cost, int races, AtomicLong seen) {
    long asked = System.nanoTime();
    return counter.addAndGet(cost).compose(end -> {
      long now = nowMicros();
      long start = end - cost;
      long lastSeen = seen.getAndAccumulate(end, Math::max);
      // The timeline lags behind by about one round trip even when it is busy: tolerate that much, within bounds.
      long roundTrip = (System.nanoTime() - asked) / 1000;
      long slack = Math.min(MAX_SLACK_MICROS, Math.max(SLACK_MICROS, 2 * roundTrip));
      if (start >= now - slack || races > 0) {
        // After a lost race the timeline was just moved to about now by someone else: take the slot as it comes,
        // even if a counter round trip or two behind, rather than race again (a storm when round trips are slow).
        return Future.succeededFuture(Math.max(0, (start - now + 999) / 1000));
      }
      // The timeline lay in the past: restart it at now, holding this request's slot — or, when this node saw it
      // end later than now (the counter lost its value with the cluster member that held it: NodeLossTest saw
      // 53 and 44 calls in the first seconds after a loss, against 35 paced), where it last saw it end, so that the
      // grants already waiting are not given a second time.
      long restart = Math.max(now, lastSeen);
      return counter.compareAndSet(end, restart + cost).compose(moved -> {
        if (moved) {
          seen.accumulateAndGet(restart + cost, Math::max);
          return Future.succeededFuture(Math.max(0, (restart - now + 999) / 1000));
        }
        return take(counter, cost, races + 1, seen);
      });
    });
  }

  static long nowMicros() {
    Instant now = Instant.now();
    return now.getEpochSecond() * 1_000_000L + now.getNano() / 1000;
  }

  @Override
  public String toString() {
    return "SharedQuotaPacer[" + scope + "]";
  }
}
