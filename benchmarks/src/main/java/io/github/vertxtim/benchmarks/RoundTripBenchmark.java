package io.github.vertxtim.benchmarks;

import org.openjdk.jmh.annotations.Param;

/**
 * The main round trips: account_check of one account (142-byte answer) for every contender at 1, 16 and 256 calls
 * in flight (see {@link LoopbackRoundTrip} for what a trial does and what each contender runs).
 */
public class RoundTripBenchmark extends LoopbackRoundTrip {

  /**
   * Who makes the calls. JMH runs parameters in name order ({@code concurrency} before {@code contender}) and values
   * in the order given here, so the five contenders of one concurrency run back to back, ours next to raw: on shared
   * cores, neighbouring trials see the most similar background load.
   */
  @Param({"ours-call", "raw-vertx", "ours-typed", "official-sync", "official-async"})
  public String contender;

  @Param({"1", "16", "256"})
  public int concurrency;

  @Override
  protected String contender() {
    return contender;
  }

  @Override
  protected int concurrency() {
    return concurrency;
  }

  @Override
  protected int accounts() {
    return 1;
  }
}
