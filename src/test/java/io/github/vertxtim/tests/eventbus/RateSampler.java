package io.github.vertxtim.tests.eventbus;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Samples a growing count (the emulator's requests to one endpoint) every {@code periodMillis} on a thread of its
 * own, and tells the most it grew within any span of at most one second.
 */
final class RateSampler implements AutoCloseable {

  private record Sample(long nanos, long count) {
  }

  private final LongSupplier counter;
  private final List<Sample> samples = new ArrayList<>();
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "rate-sampler");
    t.setDaemon(true);
    return t;
  });

  RateSampler(LongSupplier counter, long periodMillis) {
    this.counter = counter;
    sample();
    timer.scheduleAtFixedRate(this::sample, periodMillis, periodMillis, TimeUnit.MILLISECONDS);
  }

  private synchronized void sample() {
    samples.add(new Sample(System.nanoTime(), counter.getAsLong()));
  }

  /** When the first sample was taken ({@link System#nanoTime()}). */
  synchronized long startNanos() {
    return samples.get(0).nanos;
  }

  /** The largest increase between two samples at most one second apart. */
  synchronized long maxInAnySecond() {
    long max = 0;
    int j = 0;
    for (int i = 0; i < samples.size(); i++) {
      j = Math.max(j, i);
      while (j + 1 < samples.size() && samples.get(j + 1).nanos - samples.get(i).nanos <= 1_000_000_000L) {
        j++;
      }
      max = Math.max(max, samples.get(j).count - samples.get(i).count);
    }
    return max;
  }

  /** Counts per second (1 s apart) from the first sample, for the report. */
  synchronized List<Long> perSecond() {
    List<Long> out = new ArrayList<>();
    if (samples.isEmpty()) {
      return out;
    }
    long t0 = samples.get(0).nanos;
    long last = samples.get(0).count;
    long next = t0 + 1_000_000_000L;
    for (Sample s : samples) {
      if (s.nanos >= next) {
        out.add(s.count - last);
        last = s.count;
        next += 1_000_000_000L;
      }
    }
    return out;
  }

  @Override
  public synchronized void close() {
    timer.shutdownNow();
    sample();
  }
}
