package io.github.vertxtim.cli;

import java.util.Locale;

/**
 * One phase of {@code tim demo}: what it did, how long it took, per-call latency, and whether its counts matched.
 *
 * @param p50Millis median call latency, NaN when not applicable
 * @param maxMillis slowest call
 */
record DemoPhase(String name, int calls, int items, long millis, double p50Millis, double maxMillis, boolean ok,
                 String result) {

  double callsPerSecond() {
    return calls * 1000.0 / Math.max(1, millis);
  }

  double itemsPerSecond() {
    return items * 1000.0 / Math.max(1, millis);
  }

  static String header() {
    return String.format(Locale.ROOT, "%-7s %6s %7s %6s %8s %9s %7s %7s  %-5s %s",
        "phase", "calls", "items", "ms", "calls/s", "items/s", "p50 ms", "max ms", "check", "result");
  }

  String row() {
    return String.format(Locale.ROOT, "%-7s %6d %7d %6d %8.1f %9.1f %7s %7s  %-5s %s",
        name, calls, items, millis, callsPerSecond(), itemsPerSecond(), ms(p50Millis), ms(maxMillis),
        ok ? "ok" : "FAIL", result);
  }

  /** One decimal, or "-" when not applicable (NaN). */
  private static String ms(double millis) {
    return Double.isNaN(millis) ? "-" : String.format(Locale.ROOT, "%.1f", millis);
  }
}
