package io.github.vertxtim.benchmarks;

import org.openjdk.jmh.annotations.Param;

/**
 * Round trips with a large answer: account_check of {@value Fixtures#MAX_ACCOUNTS} accounts (the endpoint's
 * maximum; 100 CheckItem in a 2,415-byte request, 100 ResultItem in an 8,367-byte answer), where encoding the
 * request and decoding the answer are a real share of each call. Four contenders at 16 calls in flight by default,
 * about 2 minutes; concurrency 1 is available with {@code -p concurrency=1,16} (about 1.5 minutes more). The official
 * SDK runs in sync mode only (its better mode at 16 in flight in the main round trips), to keep the pass short; list
 * async too with {@code -p contender=…,official-async}. Everything else is as in {@link RoundTripBenchmark} (see
 * {@link LoopbackRoundTrip}).
 */
public class LargeAnswerBenchmark extends LoopbackRoundTrip {

  /** As in {@link RoundTripBenchmark}: ours next to raw, so that neighbouring trials see similar background load. */
  @Param({"ours-call", "raw-vertx", "ours-typed", "official-sync"})
  public String contender;

  @Param({"16"})
  public int concurrency;

  @Param({"100"})
  public int accounts;

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
    return accounts;
  }
}
