package io.github.vertxtim.benchmarks;

import com.sun.management.OperatingSystemMXBean;
import org.HdrHistogram.Histogram;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

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
  private final long wallStart;
  private final long machineBusyStart;
  long cpuNanos = -1;
  /** CPU that neither the client nor the stub used during the window, in cores (-1: unknown). */
  double backgroundCores = -1;
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
    this.machineBusyStart = machineBusyNanos();
    this.wallStart = System.nanoTime();
    this.cpuStart = processCpuNanos();
  }

  static IterationWindow open(Pump pump, StubProcess stub) {
    last = null;
    return new IterationWindow(pump, stub);
  }

  void close() {
    cpuNanos = processCpuNanos() - cpuStart;
    long wall = System.nanoTime() - wallStart;
    long machineBusyEnd = machineBusyNanos();
    long stubEnd = stub.cpuNanos();
    stubCpuNanos = stubEnd < 0 || stubCpuStart < 0 ? -1 : stubEnd - stubCpuStart;
    if (machineBusyEnd >= 0 && machineBusyStart >= 0 && stubCpuNanos >= 0 && wall > 0) {
      long others = (machineBusyEnd - machineBusyStart) - cpuNanos - stubCpuNanos;
      backgroundCores = Math.max(0, others) / (double) wall;
    }
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

  /**
   * CPU time all processes on the machine spent busy (user, nice, system, irq, softirq, steal), from the first line
   * of /proc/stat, in nanoseconds (USER_HZ = 100); -1 where there is no /proc/stat.
   */
  static long machineBusyNanos() {
    try {
      String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
      long busy = 0;
      for (int i : new int[] {1, 2, 3, 6, 7, 8}) {
        busy += Long.parseLong(f[i]);
      }
      return busy * 10_000_000L;
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }
}
