package io.github.vertxtim.metrics.impl;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import java.util.HashMap;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.IntSupplier;

/**
 * One gauge of a registry summing the counts of every client (or verticle instance) recording into it: Micrometer
 * keeps the first gauge registered under a name and ignores later ones, so each part cannot register its own.
 */
final class SummedGauge {

  /** Weak keys: a registry that is dropped takes its gauges with it (a MeterRegistry's equals is identity). */
  private static final Map<MeterRegistry, Map<String, SummedGauge>> GAUGES = new WeakHashMap<>();

  private final CopyOnWriteArrayList<IntSupplier> parts = new CopyOnWriteArrayList<>();

  private SummedGauge() {
  }

  /** Adds {@code part} to the gauge {@code name} of {@code registry}; the runnable takes it out again. */
  static Runnable add(MeterRegistry registry, String name, String description, IntSupplier part) {
    SummedGauge gauge;
    synchronized (GAUGES) {
      gauge = GAUGES.computeIfAbsent(registry, r -> new HashMap<>()).computeIfAbsent(name, n -> {
        SummedGauge g = new SummedGauge();
        Gauge.builder(n, g, SummedGauge::sum).description(description).strongReference(true).register(registry);
        return g;
      });
    }
    SummedGauge g = gauge;
    g.parts.add(part);
    return () -> g.parts.remove(part);
  }

  private double sum() {
    long sum = 0;
    for (IntSupplier part : parts) {
      sum += part.getAsInt();
    }
    return sum;
  }
}
