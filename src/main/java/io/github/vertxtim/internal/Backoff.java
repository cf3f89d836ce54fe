package io.github.vertxtim.internal;

import java.util.concurrent.ThreadLocalRandom;

/** Exponential backoff with "equal jitter": half the step fixed, half random, so retries of many calls spread out. */
public record Backoff(long initialMillis, long maxMillis) {

  /** Delay before retry number {@code retry} (0-based). */
  public long delay(int retry) {
    long step = Math.min(maxMillis, initialMillis << Math.min(retry, 20));
    long half = step / 2;
    return half + ThreadLocalRandom.current().nextLong(half + 1);
  }
}
