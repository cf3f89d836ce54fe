package io.github.vertxtim.emulator.impl.shared;

/**
 * The emulator's one source of time: usersig expiry (seconds), message times (seconds), de-duplication windows
 * (millis) and rate-limit windows (monotonic nanos) all read it, so a test that injects a {@link ManualClock}
 * controls every one of them.
 */
public interface EmulatorClock {

  /** Wall-clock time in milliseconds since the epoch. */
  long millis();

  /** Wall-clock time in whole seconds since the epoch (usersig times, MsgTime). */
  default long seconds() {
    return Math.floorDiv(millis(), 1000L);
  }

  /** A monotonic reading in nanoseconds, for measuring intervals only (never compared with {@link #millis()}). */
  long nanos();

  /** The machine's clocks: {@code System.currentTimeMillis()} and {@code System.nanoTime()}. */
  static EmulatorClock system() {
    return SystemClock.INSTANCE;
  }

  /** The machine's clocks. */
  enum SystemClock implements EmulatorClock {
    INSTANCE;

    @Override
    public long millis() {
      return System.currentTimeMillis();
    }

    @Override
    public long nanos() {
      return System.nanoTime();
    }
  }
}
