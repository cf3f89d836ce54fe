package io.github.vertxtim.benchmarks;

import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * {@code -prof io.github.vertxtim.benchmarks.ClientProfiler}: per-iteration secondary results computed inside the
 * JMH fork (the client JVM), normalised by the iteration's operation count as JMH's {@code gc.alloc.rate.norm} is:
 * <ul>
 *   <li>{@code cpu.time.norm}: CPU time of the whole client JVM (every thread: benchmark, event loop, OkHttp,
 *       executor, GC, JIT) per operation, ns/op, from {@code OperatingSystemMXBean.getProcessCpuTime()};</li>
 *   <li>{@code stub.cpu.norm}: CPU time of the separate stub-server JVM per operation (round-trip benchmarks), to
 *       show how much of the 2 cores the server side took;</li>
 *   <li>{@code lat.p50 … lat.max, lat.mean}: round-trip latency of the calls completed during the iteration, µs,
 *       from the {@link Pump}'s HdrHistogram (round-trip benchmarks);</li>
 *   <li>{@code calls.errors}: calls that failed during the iteration (must be 0);</li>
 *   <li>{@code jit.settle}: how long the trial's set-up kept the load on before the JIT went quiet, seconds;</li>
 *   <li>{@code background.cores}: CPU used by everything else on the machine during the iteration (machine busy
 *       time from /proc/stat minus the client's and the stub's), in cores: how disturbed the iteration was.</li>
 * </ul>
 * {@link PairedOverheadBenchmark} reports its own figures instead ({@link PairedWindow}).
 * Round-trip benchmarks measure over {@link IterationWindow} (their iteration set-up to tear-down); other
 * benchmarks over the profiler's own before/after-iteration window.
 */
public final class ClientProfiler implements InternalProfiler {

  private long cpuStart;

  public ClientProfiler() {
  }

  public ClientProfiler(String initLine) {
    this();
  }

  @Override
  public String getDescription() {
    return "client JVM CPU time per op, stub CPU per op, round-trip latency percentiles, errors";
  }

  @Override
  public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
    IterationWindow.last = null;
    PairedWindow.last = null;
    cpuStart = IterationWindow.processCpuNanos();
  }

  @Override
  public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
                                                     IterationResult result) {
    long cpu = IterationWindow.processCpuNanos() - cpuStart;
    List<Result> results = new ArrayList<>();
    PairedWindow paired = PairedWindow.last;
    if (paired != null) {
      return paired.results(); // its operations are pairs of turns: only the per-call figures mean something
    }
    long ops = result.getMetadata().getAllOps();
    if (ops <= 0) {
      return results;
    }
    IterationWindow w = IterationWindow.last;
    if (w == null) {
      results.add(new ScalarResult("cpu.time.norm", (double) cpu / ops, "ns/op", AggregationPolicy.AVG));
      return results;
    }
    results.add(new ScalarResult("cpu.time.norm", (double) w.cpuNanos / ops, "ns/op", AggregationPolicy.AVG));
    if (LoopbackRoundTrip.settleSeconds >= 0) {
      results.add(new ScalarResult("jit.settle", LoopbackRoundTrip.settleSeconds, "s", AggregationPolicy.MAX));
    }
    if (w.backgroundCores >= 0) {
      results.add(new ScalarResult("background.cores", w.backgroundCores, "cores", AggregationPolicy.AVG));
    }
    if (w.stubCpuNanos >= 0) {
      results.add(new ScalarResult("stub.cpu.norm", (double) w.stubCpuNanos / ops, "ns/op", AggregationPolicy.AVG));
    }
    if (w.calls > 0) {
      results.add(us("lat.p50", w.p50, AggregationPolicy.AVG));
      results.add(us("lat.p90", w.p90, AggregationPolicy.AVG));
      results.add(us("lat.p99", w.p99, AggregationPolicy.AVG));
      results.add(us("lat.p999", w.p999, AggregationPolicy.AVG));
      results.add(us("lat.max", w.max, AggregationPolicy.MAX));
      results.add(new ScalarResult("lat.mean", w.mean / 1000.0, "us", AggregationPolicy.AVG));
    }
    results.add(new ScalarResult("calls.errors", w.errors, "#", AggregationPolicy.MAX));
    return results;
  }

  private static ScalarResult us(String label, long nanos, AggregationPolicy policy) {
    return new ScalarResult(label, nanos / 1000.0, "us", policy);
  }
}
