package io.github.vertxtim.tests.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;

import java.util.Collection;

/** Reads of a test registry: the sum over every meter of a name that has the given tags (key, value, …). */
final class MeterReads {

  private MeterReads() {
  }

  static double counter(MeterRegistry registry, String name, String... tags) {
    return meters(registry, name, tags).stream().mapToDouble(m -> ((Counter) m).count()).sum();
  }

  static long timerCount(MeterRegistry registry, String name, String... tags) {
    return meters(registry, name, tags).stream().mapToLong(m -> ((Timer) m).count()).sum();
  }

  static double gauge(MeterRegistry registry, String name) {
    Gauge g = registry.find(name).gauge();
    if (g == null) {
      throw new AssertionError("no gauge " + name);
    }
    return g.value();
  }

  static Collection<Meter> meters(MeterRegistry registry, String name, String... tags) {
    return registry.find(name).tags(Tags.of(tags)).meters();
  }
}
