package io.github.vertxtim.internal;

/**
 * Spaces requests evenly under a quota: each reservation gets the next free slot, so no second ever holds more
 * than the quota, whatever the bursts of the callers. Shared by every job of a client on the same endpoint, since
 * the quota is the app's, not the job's.
 */
public final class RatePacer {

  private double permitsPerMilli;
  private double nextFreeMillis;

  public RatePacer(double permitsPerSecond) {
    setRate(permitsPerSecond);
  }

  public synchronized void setRate(double permitsPerSecond) {
    if (!(permitsPerSecond > 0)) {
      throw new IllegalArgumentException("rate must be > 0, got " + permitsPerSecond);
    }
    this.permitsPerMilli = permitsPerSecond / 1000.0;
  }

  /** Reserves {@code permits} and returns how long to wait (ms) before using them. */
  public synchronized long reserve(int permits, long nowMillis) {
    double start = Math.max(nowMillis, nextFreeMillis);
    nextFreeMillis = start + permits / permitsPerMilli;
    return (long) Math.ceil(start - nowMillis);
  }
}
