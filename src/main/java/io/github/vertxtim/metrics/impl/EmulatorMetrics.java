package io.github.vertxtim.metrics.impl;

/** What the emulator reports about itself (names in docs/observability.md); {@link #NONE} when metrics are off. */
public interface EmulatorMetrics {

  EmulatorMetrics NONE = new EmulatorMetrics() {
  };

  /** An envelope answer went out; {@code path} is the registry endpoint, or null when the path is none. */
  default void answer(String path, int errorCode) {
  }

  /** The rate limiter refused a request of {@code path} with 60007 (not an injected fault). */
  default void rateLimited(String path) {
  }

  /** A fault of this kind ("reset", "502", "throttle", "slow") was injected. */
  default void fault(String kind) {
  }
}
