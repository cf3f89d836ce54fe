package io.github.vertxtim.tests;

import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;

/**
 * Waiting for an effect without a fixed sleep: poll until a condition holds, or until a count stops moving. A
 * fixed sleep followed by an exact count fails on a loaded machine (two cores shared by many builds) and wastes time
 * on an idle one.
 */
public final class Poll {

  private static final long STEP_MILLIS = 10;

  private Poll() {
  }

  /** Polls until {@code condition} holds; fails after {@code maxMillis}. */
  public static void until(String what, BooleanSupplier condition, long maxMillis) {
    long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(maxMillis);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() - end > 0) {
        throw new AssertionError("not within " + maxMillis + " ms: " + what);
      }
      pause();
    }
  }

  /**
   * The value once it has not changed for {@code quietMillis}; fails when it still moves after {@code maxMillis}.
   * For counts that grow while in-flight work lands (arrivals at a server, items read from a source).
   */
  public static long untilStable(LongSupplier value, long quietMillis, long maxMillis) {
    long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(maxMillis);
    long last = value.getAsLong();
    long since = System.nanoTime();
    while (System.nanoTime() - since < TimeUnit.MILLISECONDS.toNanos(quietMillis)) {
      if (System.nanoTime() - end > 0) {
        throw new AssertionError("still changing after " + maxMillis + " ms (now " + last + ")");
      }
      pause();
      long now = value.getAsLong();
      if (now != last) {
        last = now;
        since = System.nanoTime();
      }
    }
    return last;
  }

  private static void pause() {
    try {
      Thread.sleep(STEP_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
