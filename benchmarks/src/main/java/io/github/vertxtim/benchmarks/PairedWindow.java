package io.github.vertxtim.benchmarks;

import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * What the two sides of {@link PairedOverheadBenchmark} used during one iteration, turned into secondary results by
 * {@link ClientProfiler}:
 * <ul>
 *   <li>{@code pair.cpu.base}, {@code pair.cpu.variant}: client JVM CPU time per call during the side's turns, ns;</li>
 *   <li>{@code pair.cpu.ratio}: variant over base, per iteration (the figure the benchmark is for);</li>
 *   <li>{@code pair.alloc.base}, {@code pair.alloc.variant}: bytes allocated per call by all threads, and
 *       {@code pair.alloc.delta}, their difference;</li>
 *   <li>{@code pair.rate.base}, {@code pair.rate.variant}: calls per second of turn;</li>
 *   <li>{@code background.cores}, {@code calls.errors}: as for the round-trip benchmarks.</li>
 * </ul>
 */
record PairedWindow(Turns base, Turns variant, double backgroundCores) {

  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  /** The last completed window in this JVM. */
  static volatile PairedWindow last;

  /** One side's turns in an iteration. */
  record Turns(String contender, long cpuNanos, long allocBytes, long calls, long wallNanos, long errors) {

    double cpuPerCall() {
      return (double) cpuNanos / calls;
    }

    double allocPerCall() {
      return (double) allocBytes / calls;
    }

    double callsPerSecond() {
      return calls / (wallNanos / 1e9);
    }
  }

  /** Bytes allocated so far by the threads alive now (the benchmark's threads live for the whole trial). */
  static long allocatedBytes() {
    long sum = 0;
    for (long b : THREADS.getThreadAllocatedBytes(THREADS.getAllThreadIds())) {
      sum += Math.max(0, b);
    }
    return sum;
  }

  List<Result> results() {
    List<Result> results = new ArrayList<>();
    if (base.calls() == 0 || variant.calls() == 0) {
      return results;
    }
    results.add(ns("pair.cpu.base", base.cpuPerCall()));
    results.add(ns("pair.cpu.variant", variant.cpuPerCall()));
    results.add(new ScalarResult("pair.cpu.ratio", variant.cpuPerCall() / base.cpuPerCall(), "x",
        AggregationPolicy.AVG));
    results.add(bytes("pair.alloc.base", base.allocPerCall()));
    results.add(bytes("pair.alloc.variant", variant.allocPerCall()));
    results.add(bytes("pair.alloc.delta", variant.allocPerCall() - base.allocPerCall()));
    results.add(new ScalarResult("pair.rate.base", base.callsPerSecond(), "calls/s", AggregationPolicy.AVG));
    results.add(new ScalarResult("pair.rate.variant", variant.callsPerSecond(), "calls/s", AggregationPolicy.AVG));
    if (backgroundCores >= 0) {
      results.add(new ScalarResult("background.cores", backgroundCores, "cores", AggregationPolicy.AVG));
    }
    results.add(new ScalarResult("calls.errors", base.errors() + variant.errors(), "#", AggregationPolicy.MAX));
    return results;
  }

  private static ScalarResult ns(String label, double value) {
    return new ScalarResult(label, value, "ns/call", AggregationPolicy.AVG);
  }

  private static ScalarResult bytes(String label, double value) {
    return new ScalarResult(label, value, "B/call", AggregationPolicy.AVG);
  }
}
