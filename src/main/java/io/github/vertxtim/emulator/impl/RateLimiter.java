package io.github.vertxtim.emulator.impl;

import io.github.vertxtim.TimErrorCode;
import io.github.vertxtim.registry.Endpoint;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Per-endpoint call-frequency limits (60007), one counter per canonical {@code service/command}.
 *
 * <p>Algorithm: a <b>fixed-window counter</b>, not a token bucket. The documents state every quota as a count per
 * calendar unit ("Maximum call frequency: 200 calls per second"; batchsendmsg "12000 messages per minute", catalog
 * §3), and a counter per window is the literal reading of that. It is also predictable in tests: at most the quota
 * is admitted in one window, and 60007 comes back as soon as it is used up. Its known weakness, a burst of up to
 * twice the quota across a window boundary, is documented for users' tests (assert {@code <= 2 * rate}).
 *
 * <p>Windows:
 * <ul>
 *   <li>calls, rate &gt;= 1/s: a 1-second window holding {@code floor(rate)} calls;</li>
 *   <li>calls, rate &lt; 1/s (e.g. 0.5): a window of {@code 1/rate} seconds holding 1 call;</li>
 *   <li>items ({@link Endpoint#rateCountsItems()}): a 60-second window holding {@code 60 * rate} items, because
 *       the one documented item quota is per minute (batchsendmsg 12000/min, which the registry stores as
 *       200/s) and a per-second window could never admit one full batch when the rate is below the batch cap
 *       (timpush/batch: 500 users per request at 30 users/s).</li>
 * </ul>
 * A request is admitted when its cost fits the rest of the window; a single request costing more than a whole
 * window is admitted only into an unused window, so it is not starved for ever. Rejected requests cost nothing.
 */
final class RateLimiter {

  /**
   * Endpoints whose pages give their own "too frequent" code instead of the common 60007: batchsendmsg answers
   * 90057 when its messages-per-minute quota is used up (https://trtc.io/document/34348).
   */
  private static final Map<String, Integer> EXCEEDED_CODE = Map.of(
      "openim/batchsendmsg", TimErrorCode.BATCHSENDMSG_RATE_EXCEEDED.code());

  private static final long SECOND = TimeUnit.SECONDS.toNanos(1);
  private static final long MINUTE = TimeUnit.MINUTES.toNanos(1);

  /** Told when an endpoint's use of its window first passes 80 % of the quota (Alert.RequestOverLimit). */
  @FunctionalInterface
  interface OverLimitListener {
    /** {@code used} calls (or items) per second seen, against {@code limit} per second. */
    void overLimit(Endpoint endpoint, double used, double limit);
  }

  private final Map<String, Double> overrides;
  private final LongSupplier nanoClock;
  private volatile OverLimitListener overLimit;
  private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();

  /**
   * @param overrides per-second quotas by {@code service/command} that replace the registry's
   * @param nanoClock a monotonic clock in nanoseconds ({@code System::nanoTime})
   */
  RateLimiter(Map<String, Double> overrides, LongSupplier nanoClock) {
    this.overrides = Map.copyOf(overrides);
    this.nanoClock = nanoClock;
  }

  /** Sets who is told of windows passing 80 % of their quota. */
  void overLimitListener(OverLimitListener listener) {
    this.overLimit = listener;
  }

  /** The per-second quota in force for the endpoint. */
  double rate(Endpoint endpoint) {
    return overrides.getOrDefault(endpoint.path(), endpoint.ratePerSecond());
  }

  /**
   * Takes one call (or {@code items} items for item-counted endpoints) from the endpoint's current window.
   *
   * @return false when the quota of the window is used up (the caller answers 60007)
   */
  boolean tryAcquire(Endpoint endpoint, int items) {
    double rate = rate(endpoint);
    long windowNanos;
    long quota;
    long cost;
    if (endpoint.rateCountsItems()) {
      windowNanos = MINUTE;
      quota = Math.max(1, (long) Math.floor(rate * 60));
      cost = Math.max(1, items);
    } else if (rate >= 1) {
      windowNanos = SECOND;
      quota = (long) Math.floor(rate);
      cost = 1;
    } else {
      windowNanos = Math.round(SECOND / rate);
      quota = 1;
      cost = 1;
    }
    Window w = windows.computeIfAbsent(endpoint.path(), p -> new Window());
    long used = w.tryAcquire(Math.floorDiv(nanoClock.getAsLong(), windowNanos), quota, cost);
    OverLimitListener listener = overLimit;
    if (used > 0 && listener != null) {
      listener.overLimit(endpoint, used * (double) SECOND / windowNanos, rate);
    }
    return used >= 0;
  }

  /** The code answered when the endpoint's quota is used up: 60007, or the endpoint's own. */
  static int exceededCode(Endpoint endpoint) {
    return EXCEEDED_CODE.getOrDefault(endpoint.path(), TimErrorCode.REST_API_FREQUENCY_EXCEEDED.code());
  }

  /** Forgets every window (all quotas are fresh). */
  void reset() {
    windows.clear();
  }

  private static final class Window {
    private long index = Long.MIN_VALUE;
    private long used;
    private boolean alerted;

    /**
     * -1 when refused; else the window's use after this request when it just passed 80 % of the quota for the
     * first time in the window, 0 otherwise.
     */
    synchronized long tryAcquire(long now, long quota, long cost) {
      if (now != index) {
        index = now;
        used = 0;
        alerted = false;
      }
      if (used + cost <= quota || used == 0) {
        used += cost;
        if (!alerted && used * 5 > quota * 4) {
          alerted = true;
          return used;
        }
        return 0;
      }
      return -1;
    }
  }
}
