package io.github.vertxtim.benchmarks;

import io.github.vertxtim.metrics.TimMetricsOptions;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.util.concurrent.TimeUnit;

/**
 * One trial of account_check round trips against the stub server (a separate JVM): a contender, a number of calls
 * kept in flight and a number of accounts per request. One operation = one completed call; the score is calls per
 * second. Each trial first keeps the load on until the JIT has settled (see {@link #settle()}), then runs JMH's
 * warm-up and measured iterations. Latency percentiles, client CPU per call and stub CPU per call come from
 * {@link ClientProfiler}, allocation per call from {@code -prof gc}. The subclasses say which trials run
 * ({@link RoundTripBenchmark}: one account, every contender and concurrency; {@link LargeAnswerBenchmark}: 100).
 *
 * <ul>
 *   <li>{@code ours-call}: {@code TimClient.call("im_open_login_svc", "account_check", JsonObject)};</li>
 *   <li>{@code ours-call-metrics}: {@code ours-call} recording its metrics into a Prometheus registry;</li>
 *   <li>{@code ours-call-tracing}: {@code ours-call} with a span per call (OpenTelemetry SDK, no-op exporter);</li>
 *   <li>{@code ours-typed}: {@code TimClient.accounts().checkAccounts(CheckAccountsRequest)} (record in, record out);</li>
 *   <li>{@code raw-vertx}: bare Vert.x HttpClient with pre-built bytes (the ceiling);</li>
 *   <li>{@code official-sync}, {@code official-async}: Tencent's SDK 1.0.8 (see {@link OfficialSdkContender}).</li>
 * </ul>
 * Every contender has {@value Fixtures#POOL_SIZE} connections; with 256 in flight, 240 calls wait for one.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public abstract class LoopbackRoundTrip {

  /** Calls the benchmark thread waits for per invocation (it is woken once per batch, not once per call). */
  static final int BATCH = 256;
  /** Longest the trial set-up keeps the load on waiting for the JIT to settle. */
  static final long MAX_SETTLE_MILLIS = 15_000;
  /** A second with less JIT compilation than this (ms) counts as quiet. */
  static final long QUIET_JIT_MILLIS = 20;

  /** How long the current trial's JIT took to settle, seconds (reported by {@link ClientProfiler}). */
  static volatile double settleSeconds = -1;

  private StubProcess stub;
  private Contender caller;
  private Pump pump;
  private IterationWindow window;

  /** The trial's contender (a JMH parameter of the subclass). */
  protected abstract String contender();

  /** Calls kept in flight. */
  protected abstract int concurrency();

  /** Accounts per account_check request (and ResultItems per answer). */
  protected abstract int accounts();

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    AccountCheckFixture fixture = AccountCheckFixture.of(accounts());
    stub = StubProcess.start(accounts());
    caller = contender(contender(), stub.port(), fixture);
    pump = new Pump(caller, concurrency());
    pump.start(1000);
    settleSeconds = settle(() -> Thread.sleep(1000));
  }

  /** The contender of that name (see the list above), calling the stub server on {@code port}. */
  static Contender contender(String name, int port, AccountCheckFixture fixture) {
    return switch (name) {
      case "ours-call" -> new OursContender(port, Fixtures.POOL_SIZE, false, fixture);
      case "ours-typed" -> new OursContender(port, Fixtures.POOL_SIZE, true, fixture);
      case "ours-call-metrics" -> new OursContender(port, Fixtures.POOL_SIZE, false, fixture, prometheus());
      case "ours-call-tracing" -> new OursContender(port, Fixtures.POOL_SIZE, false, fixture, null, true);
      case "raw-vertx" -> new RawVertxContender(port, Fixtures.POOL_SIZE, fixture);
      case "official-sync" -> new OfficialSdkContender(port, Fixtures.POOL_SIZE, false, fixture);
      case "official-async" -> new OfficialSdkContender(port, Fixtures.POOL_SIZE, true, fixture);
      default -> throw new IllegalArgumentException("unknown contender " + name);
    };
  }

  static TimMetricsOptions prometheus() {
    return new TimMetricsOptions().setMeterRegistry(new PrometheusMeterRegistry(PrometheusConfig.DEFAULT));
  }

  /**
   * Keeps the load on until the client JVM's JIT has been quiet for two seconds in a row (at most
   * {@value #MAX_SETTLE_MILLIS} ms). On 2 shared cores two fresh JVMs (client and stub) compile Netty, Vert.x and
   * the client for 10-20 s; a fixed short warm-up would measure the compiler, whose CPU time is charged to the
   * client. The stub JVM warms up under the same traffic meanwhile. JMH's own warm-up iterations follow.
   *
   * @param oneSecond keeps the load on for about a second
   */
  static double settle(Load oneSecond) throws InterruptedException {
    CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
    long start = System.nanoTime();
    long deadline = start + TimeUnit.MILLISECONDS.toNanos(MAX_SETTLE_MILLIS);
    long last = jit.getTotalCompilationTime();
    int quiet = 0;
    while (quiet < 2 && System.nanoTime() < deadline) {
      oneSecond.run();
      long now = jit.getTotalCompilationTime();
      quiet = now - last < QUIET_JIT_MILLIS ? quiet + 1 : 0;
      last = now;
    }
    return (System.nanoTime() - start) / 1e9;
  }

  /** A stretch of load during {@link #settle}. */
  interface Load {
    void run() throws InterruptedException;
  }

  @Setup(Level.Iteration)
  public void openWindow() {
    pump.resync();
    window = IterationWindow.open(pump, stub);
  }

  @TearDown(Level.Iteration)
  public void closeWindow() {
    window.close();
  }

  @Benchmark
  @OperationsPerInvocation(BATCH)
  public long calls() {
    return pump.awaitCompletions(BATCH);
  }

  @TearDown(Level.Trial)
  public void tearDown() throws Exception {
    try {
      if (pump != null) {
        pump.stop();
        if (pump.errors() > 0) {
          System.err.println("[" + contender() + "] " + pump.errors() + " calls failed; last: " + pump.lastError());
        }
      }
      if (caller != null) {
        caller.close();
      }
    } finally {
      if (stub != null) {
        stub.close();
      }
    }
  }
}
