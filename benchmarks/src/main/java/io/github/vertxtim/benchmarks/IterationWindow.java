package io.github.vertxtim.benchmarks;

import com.sun.management.OperatingSystemMXBean;
import org.HdrHistogram.Histogram;

import java.lang.management.ManagementFactory;

/**
 * What a round-trip benchmark saw during one iteration: client and stub CPU time, latencies and errors, taken in
 * {@code @Setup/@TearDown(Level.Iteration)} so that the trial's own set-up and tear-down (starting and stopping the
 * stub, closing the clients) are outside the window. {@link ClientProfiler} turns it into per-call results.
 */
final class IterationWindow {

  private static final OperatingSystemMXBean OS =
      (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  /** The last completed window in this JVM. */
  static volatile IterationWindow last;

  private final Pump pump;
  private final StubProcess stub;
  private final long cpuStart;
  private final long stubCpuStart;
  private final long errorsStart;
  long cpuNanos = -1;
  long stubCpuNanos = -1;
  long errors;
  /** Latency summary of the window, ns; {@code calls == 0} when nothing completed. */
  long calls;
  long p50;
  long p90;
  long p99;
  long p999;
  long max;
  double mean;

  private IterationWindow(Pump pump, StubProcess stub) {
    this.pump = pump;
    this.stub = stub;
    pump.intervalLatencies(); // drop what was recorded before the window
    this.errorsStart = pump.errors();
    this.stubCpuStart = stub.cpuNanos();
    this.cpuStart = processCpuNanos();
  }

  static IterationWindow open(Pump pump, StubProcess stub) {
    last = null;
    return new IterationWindow(pump, stub);
  }

  void close() {
    cpuNanos = processCpuNanos() - cpuStart;
    long stubEnd = stub.cpuNanos();
    stubCpuNanos = stubEnd < 0 || stubCpuStart < 0 ? -1 : stubEnd - stubCpuStart;
    Histogram h = pump.intervalLatencies(); // recycled by the pump later: read it now, copy nothing
    calls = h.getTotalCount();
    if (calls > 0) {
      p50 = h.getValueAtPercentile(50);
      p90 = h.getValueAtPercentile(90);
      p99 = h.getValueAtPercentile(99);
      p999 = h.getValueAtPercentile(99.9);
      max = h.getMaxValue();
      mean = h.getMean();
    }
    errors = pump.errors() - errorsStart;
    last = this;
  }

  static long processCpuNanos() {
    return OS.getProcessCpuTime();
  }
}
