package io.github.vertxtim.emulator.impl.shared;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A clock that moves only when told to, for tests. Its monotonic reading moves with the wall-clock one, so a
 * rate-limit window and a usersig expiry see the same step. Thread-safe.
 */
public final class ManualClock implements EmulatorClock {

  private final AtomicLong millis;

  public ManualClock(long startMillis) {
    this.millis = new AtomicLong(startMillis);
  }

  @Override
  public long millis() {
    return millis.get();
  }

  @Override
  public long nanos() {
    return Math.multiplyExact(millis.get(), 1_000_000L);
  }

  /** Moves the clock forward (or back, for a negative step). */
  public ManualClock advance(Duration step) {
    millis.addAndGet(step.toMillis());
    return this;
  }

  @Override
  public String toString() {
    return "ManualClock[" + millis.get() + " ms]";
  }
}
