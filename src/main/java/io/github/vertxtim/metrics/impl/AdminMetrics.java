package io.github.vertxtim.metrics.impl;

import java.util.function.IntSupplier;

/** What the admin verticle reports (names in docs/observability.md); {@link #NONE} when metrics are off. */
public interface AdminMetrics {

  AdminMetrics NONE = new AdminMetrics() {
  };

  /**
   * Adds an instance's own counts of calls in flight and bulk jobs running to the node's gauges.
   *
   * @return removes them again (the instance stopped)
   */
  default Runnable instance(IntSupplier callsInFlight, IntSupplier bulkJobs) {
    return () -> { };
  }

  /** A call ({@code call} true) or a bulk job was answered OVERLOADED because every instance was full. */
  default void overloaded(boolean call) {
  }
}
