package io.github.vertxtim.cli;

import java.util.Locale;

/** One phase of {@code tim demo}: what it did, how long it took, and whether its counts matched. */
record DemoPhase(String name, int calls, int items, long millis, boolean ok, String result) {

  double callsPerSecond() {
    return millis == 0 ? calls * 1000.0 : calls * 1000.0 / millis;
  }

  double itemsPerSecond() {
    return millis == 0 ? items * 1000.0 : items * 1000.0 / millis;
  }

  static String header() {
    return String.format(Locale.ROOT, "%-8s %6s %7s %7s %9s %10s  %-6s %s",
        "phase", "calls", "items", "ms", "calls/s", "items/s", "check", "result");
  }

  String row() {
    return String.format(Locale.ROOT, "%-8s %6d %7d %7d %9.1f %10.1f  %-6s %s",
        name, calls, items, millis, callsPerSecond(), itemsPerSecond(), ok ? "ok" : "FAIL", result);
  }
}
