package io.github.vertxtim.benchmarks;

import org.openjdk.jmh.annotations.Param;

/**
 * The cost of tracing: {@code ours-call} without a tracer and with one (a span per call, OpenTelemetry SDK with an
 * exporter that drops the spans), one after the other in the same run, at 16 calls in flight. Run it with
 * {@code -prof gc -prof io.github.vertxtim.benchmarks.ClientProfiler} for allocation and client CPU per call.
 */
public class TracingOverheadBenchmark extends LoopbackRoundTrip {

  @Param({"ours-call", "ours-call-tracing"})
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
