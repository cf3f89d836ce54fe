package io.github.vertxtim.cli;

import io.github.vertxtim.TimClientOptions;
import io.github.vertxtim.metrics.TimMetricsOptions;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import static io.github.vertxtim.metrics.TimMetricNames.*;

/**
 * The client's own meters (docs/observability.md), printed at the end of {@code tim bench} and the bulk commands:
 * the command's client records into this registry, so the figures are the ones a metrics backend would show, read
 * from the same meters rather than counted again.
 */
final class ClientFigures {

  private final MeterRegistry registry = new SimpleMeterRegistry();

  /** Makes {@code options} record into this registry. */
  TimClientOptions install(TimClientOptions options) {
    return options.setMetricsOptions(new TimMetricsOptions().setMeterRegistry(registry));
  }

  void print(PrintWriter out, String heading) {
    out.println(heading);
    Map<String, Long> outcomes = new TreeMap<>();
    long calls = 0;
    double totalNanos = 0;
    double maxNanos = 0;
    for (Meter m : registry.find(CLIENT_CALLS).meters()) {
      Timer t = (Timer) m;
      calls += t.count();
      totalNanos += t.totalTime(TimeUnit.NANOSECONDS);
      maxNanos = Math.max(maxNanos, t.max(TimeUnit.NANOSECONDS));
      outcomes.merge(m.getId().getTag(TAG_OUTCOME), t.count(), Long::sum);
    }
    out.printf(Locale.ROOT, "  calls            %d  %s  mean %.3f ms  max %.3f ms%n", calls, join(outcomes),
        calls > 0 ? totalNanos / calls / 1e6 : 0.0, maxNanos / 1e6);
    out.printf(Locale.ROOT, "  attempts         %d  retries %d  %s%n", (long) sum(CLIENT_ATTEMPTS),
        (long) sum(CLIENT_RETRIES), join(byTag(CLIENT_RETRIES, TAG_REASON)));
    Map<String, Long> errors = byTag(CLIENT_ERRORS, TAG_CODE);
    out.println("  attempt errors   " + (errors.isEmpty() ? "none" : join(errors)));
    timer(out, "  connection wait  ", CLIENT_CONNECTION_WAIT);
    timer(out, "  pacer wait       ", CLIENT_PACER_WAIT);
    Map<String, Long> items = byTag(BULK_ITEMS, TAG_STATUS);
    if (!items.isEmpty()) {
      out.println("  bulk items       " + join(items));
    }
    out.printf(Locale.ROOT, "  usersigs fetched %d%n", (long) sum(CLIENT_USERSIG_RENEWALS));
  }

  private void timer(PrintWriter out, String label, String name) {
    long count = 0;
    double total = 0;
    double max = 0;
    for (Meter m : registry.find(name).meters()) {
      Timer t = (Timer) m;
      count += t.count();
      total += t.totalTime(TimeUnit.NANOSECONDS);
      max = Math.max(max, t.max(TimeUnit.NANOSECONDS));
    }
    out.printf(Locale.ROOT, "%s%d  mean %.3f ms  max %.3f ms%n", label, count, count > 0 ? total / count / 1e6 : 0.0,
        max / 1e6);
  }

  private double sum(String name) {
    return registry.find(name).counters().stream().mapToDouble(Counter::count).sum();
  }

  private Map<String, Long> byTag(String name, String tag) {
    Map<String, Long> by = new TreeMap<>();
    for (Counter c : registry.find(name).counters()) {
      if (c.count() > 0) {
        by.merge(c.getId().getTag(tag), (long) c.count(), Long::sum);
      }
    }
    return by;
  }

  private static String join(Map<String, Long> counts) {
    StringBuilder sb = new StringBuilder("(");
    counts.forEach((k, v) -> sb.append(sb.length() > 1 ? ", " : "").append(k).append(' ').append(v));
    return sb.append(')').toString();
  }
}
