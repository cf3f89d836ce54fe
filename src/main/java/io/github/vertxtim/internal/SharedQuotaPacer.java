package io.github.vertxtim.internal;

import io.github.vertxtim.QuotaPacer;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.shareddata.Counter;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * A quota shared through Vert.x shared data. Each endpoint has one counter holding the end of its timeline: the
 * epoch-microsecond instant at which the next slot is free. A reservation adds its cost ({@code permits / rate}
 * seconds) with one {@code addAndGet}; the slot it got starts where the timeline ended before. A start up to
 * {@link #SLACK_MICROS} (or twice the counter round trip, at most {@link #MAX_SLACK_MICROS}) in the past goes at once
 * (the timeline lags by about one counter round trip even under steady demand). A start further back means the
 * endpoint was idle: the timeline is moved to now with a {@code compareAndSet}, and the request goes at once. A
 * reservation costs one counter operation under steady demand, and three or more after an idle spell.
 *
 * <p>The slack works like a token bucket of 20 to 50 ms: after a quiet spell at most that much worth of permits go at
 * once, so a window of one second sees at most {@code rate × 1.05}: the quota, with the 5 % headroom callers use.
 *
 * <p>On a clustered Vert.x instance the counters are cluster-wide (with vertx-hazelcast, an {@code IMap} entry
 * updated by entry processors on its partition's owner), so all nodes draw from one timeline. Nothing is leased
 * ahead: a node never holds slots it may not use, and the order of reservations is the order in which the cluster
 * saw them.
 */
public final class SharedQuotaPacer implements QuotaPacer {

  /** How far in the past a slot may start and still be used as is: at least this ... */
  static final long SLACK_MICROS = 20_000;
  /** ... or twice the counter round trip, but never more than this (a 50 ms burst stays within a 5 % headroom). */
  static final long MAX_SLACK_MICROS = 50_000;
  /** Lost restart races in a row before backing off for a millisecond or two (restarts are rare: after idle). */
  static final int RACES_BEFORE_BACKOFF = 8;

  private final Vertx vertx;
  private final String name;
  private final Function<String, Future<Counter>> counterFactory;
  private final Map<String, Future<Counter>> counters = new ConcurrentHashMap<>();
  /** Per endpoint, the latest end of the timeline this node saw: what survives the counter's loss. */
  private final Map<String, AtomicLong> lastEnds = new ConcurrentHashMap<>();

  public SharedQuotaPacer(Vertx vertx, String scope) {
    this(vertx, "SharedQuotaPacer[" + scope + "]", path -> vertx.sharedData().getCounter(scope + "." + path));
  }

  /** With counters from elsewhere: tests give counters whose operations take a round trip, as a cluster's do. */
  public SharedQuotaPacer(Vertx vertx, String name, Function<String, Future<Counter>> counterFactory) {
    this.vertx = Objects.requireNonNull(vertx, "vertx");
    this.name = Objects.requireNonNull(name, "name");
    this.counterFactory = Objects.requireNonNull(counterFactory, "counterFactory");
  }

  @Override
  public Future<Long> reserve(String path, int permits, double permitsPerSecond) {
    if (permits <= 0 || !(permitsPerSecond > 0)) {
      return Future.failedFuture(new IllegalArgumentException("permits and permitsPerSecond must be > 0"));
    }
    long cost = Math.max(1, Math.round(permits * 1_000_000d / permitsPerSecond));
    AtomicLong seen = lastEnds.computeIfAbsent(path, p -> new AtomicLong());
    return counter(path).compose(c -> take(c, cost, seen));
  }

  private Future<Counter> counter(String path) {
    Future<Counter> f = counters.computeIfAbsent(path, counterFactory);
    if (f.failed()) {
      counters.remove(path, f);
    }
    return f;
  }

  private Future<Long> take(Counter counter, long cost, AtomicLong seen) {
    long asked = System.nanoTime();
    return counter.addAndGet(cost).compose(end -> {
      long now = nowMicros();
      long start = end - cost;
      seen.accumulateAndGet(end, Math::max);
      // The timeline lags behind by about one round trip even when it is busy: tolerate that much, within bounds.
      long roundTrip = (System.nanoTime() - asked) / 1000;
      long slack = Math.min(MAX_SLACK_MICROS, Math.max(SLACK_MICROS, 2 * roundTrip));
      if (start >= now - slack) {
        return Future.succeededFuture(delayMillis(start, now));
      }
      return restart(counter, cost, end, 0, seen);
    });
  }

  /**
   * The timeline lay in the past: move it from {@code expected} to now, holding this request's slot — or, when this
   * node saw it end later than now (the counter lost its value with the cluster member that held it), to where it
   * last saw it end, so that the grants already waiting are not given a second time.
   *
   * <p>A lost race never grants a slot in the past: the timeline is read again and either taken as it comes, when
   * someone moved it to about now, or moved again. Granting the lost race's past slot at once is what let a node
   * loss through: every reservation queued while the cluster moved the counter's partition found the timeline
   * seconds behind, all raced, and the losers went at once (NodeLossTest: 55 and 63 calls in the first second after
   * the loss against 35 paced).
   */
  private Future<Long> restart(Counter counter, long cost, long expected, int races, AtomicLong seen) {
    long now = nowMicros();
    long at = Math.max(now, seen.get());
    return counter.compareAndSet(expected, at + cost).compose(moved -> {
      if (moved) {
        seen.accumulateAndGet(at + cost, Math::max);
        return Future.succeededFuture(delayMillis(at, nowMicros()));
      }
      Future<Void> pause = races + 1 < RACES_BEFORE_BACKOFF ? Future.succeededFuture() : backoff();
      return pause.compose(v -> counter.get()).compose(current -> {
        // Moved to about now, or to about where this node saw it end: take the next slot as usual. Below that
        // (another node restarted a lost counter where it had seen it end, earlier than this node did): move it on.
        if (current >= Math.max(nowMicros(), seen.get()) - MAX_SLACK_MICROS) {
          seen.accumulateAndGet(current, Math::max);
          return take(counter, cost, seen);
        }
        return restart(counter, cost, current, (races + 1) % RACES_BEFORE_BACKOFF, seen);
      });
    });
  }

  private Future<Void> backoff() {
    Promise<Void> p = Promise.promise();
    vertx.setTimer(1 + ThreadLocalRandom.current().nextInt(2), id -> p.complete());
    return p.future();
  }

  private static long delayMillis(long slotStart, long now) {
    return Math.max(0, (slotStart - now + 999) / 1000);
  }

  static long nowMicros() {
    Instant now = Instant.now();
    return now.getEpochSecond() * 1_000_000L + now.getNano() / 1000;
  }

  @Override
  public String toString() {
    return name;
  }
}
