package io.github.vertxtim.benchmarks;

import org.openjdk.jmh.annotations.Param;

/**
 * The cost of the client's metrics: {@code ours-call} with metrics off (the no-op) and on (a Prometheus registry,
 * latency histograms included), one after the other in the same run, at 16 calls in flight. Run it with
 * {@code -prof gc -prof io.github.vertxtim.benchmarks.ClientProfiler} for allocation and client CPU per call.
 */
public class MetricsOverheadBenchmark extends LoopbackRoundTrip {

  @Param({"ours-call", "ours-call-metrics"})
  public String contender;

  @Override
  protected String contender() {
    return contender;
  }

  @Override
  protected int concurrency() {
    return 16;
  }

  @Override
  protected int accounts() {
    return 1;
  }
}
