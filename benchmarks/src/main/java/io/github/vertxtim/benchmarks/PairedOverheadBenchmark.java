package io.github.vertxtim.benchmarks;

import io.vertx.core.Vertx;
import io.vertx.core.tracing.TracingPolicy;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What metrics and tracing cost per call, measured in turns: the baseline {@code ours-call} (metrics off, no span)
 * and a variant ({@code ours-call-metrics}, {@code ours-call-tracing}, {@code ours-call-metrics-tracing}, or
 * {@code ours-call} itself as the control) are two clients on one Vert.x instance with one event loop, calling the
 * same stub server; they take turns of {@value #TURN_MILLIS} ms, 16 calls in flight, the other one idle, and the
 * order of each pair of turns alternates. Each turn's process CPU time, allocation and calls go to the side that ran
 * it. With tracing the instance has the tracer and the baseline's policy is IGNORE, which costs what no tracer
 * costs (one check, no span).
 *
 * <p>Why turns: on these shared 2-core machines the background load changes from second to second, and two trials
 * run one after the other (as JMH runs parameters) saw different machines: their CPU per call differed by more than
 * the overhead sought. Turns 100 ms apart on one event-loop thread see the same machine, the same core placement and
 * the same stub, so {@code pair.cpu.ratio}, computed per iteration from the two sides' turns, leaves those out.
 *
 * <p>The primary score counts pairs of turns and means nothing; read the secondary results that
 * {@code -prof io.github.vertxtim.benchmarks.ClientProfiler} reports ({@link PairedWindow}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1, time = 5)
@Measurement(iterations = 5, time = 10)
@Fork(value = 3, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class PairedOverheadBenchmark {

  /** Length of a turn. Process CPU time has a 10 ms tick here, so a turn spans several ticks. */
  static final long TURN_MILLIS = 100;
  static final int CONCURRENCY = 16;
  /** What a variant's name turns on: its groups are the metrics and the tracing. */
  private static final Pattern VARIANT = Pattern.compile("ours-call(-metrics)?(-tracing)?");

  /** {@code ours-call} against itself is the control: how far from 1.00 the method's ratio strays by chance. */
  @Param({"ours-call", "ours-call-metrics", "ours-call-tracing", "ours-call-metrics-tracing"})
  public String variant;

  private StubProcess stub;
  private Vertx vertx;
  private Side base;
  private Side other;
  private long pairs;
  private long wallStart;
  private long machineBusyStart;
  private long stubCpuStart;

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    Matcher parts = VARIANT.matcher(variant);
    if (!parts.matches()) {
      throw new IllegalArgumentException("unknown variant " + variant + "; ours-call[-metrics][-tracing]");
    }
    boolean metrics = parts.group(1) != null;
    boolean tracing = parts.group(2) != null;
    AccountCheckFixture fixture = AccountCheckFixture.of(1);
    stub = StubProcess.start(1);
    vertx = tracing ? Tracing.vertx(OursContender.oneEventLoop()) : Vertx.vertx(OursContender.oneEventLoop());
    base = new Side(new OursContender(vertx, false, stub.port(), Fixtures.POOL_SIZE, false, fixture, null,
        TracingPolicy.IGNORE));
    other = new Side(new OursContender(vertx, false, stub.port(), Fixtures.POOL_SIZE, false, fixture,
        metrics ? LoopbackRoundTrip.prometheus() : null,
        tracing ? TracingPolicy.ALWAYS : TracingPolicy.IGNORE));
    base.warm();
    other.warm();
    LoopbackRoundTrip.settleSeconds = LoopbackRoundTrip.settle(() -> {
      for (int i = 0; i < 5; i++) {
        base.turn();
        other.turn();
      }
    });
  }

  @Setup(Level.Iteration)
  public void openWindow() {
    PairedWindow.last = null;
    base.reset();
    other.reset();
    stubCpuStart = stub.cpuNanos();
    machineBusyStart = IterationWindow.machineBusyNanos();
    wallStart = System.nanoTime();
  }

  /** One turn of each side, the baseline first on even pairs and second on odd ones. */
  @Benchmark
  public void pairOfTurns() {
    if ((pairs++ & 1) == 0) {
      base.turn();
      other.turn();
    } else {
      other.turn();
      base.turn();
    }
  }

  @TearDown(Level.Iteration)
  public void closeWindow() {
    long wall = System.nanoTime() - wallStart;
    long busy = IterationWindow.machineBusyNanos();
    long stubEnd = stub.cpuNanos();
    double background = -1;
    if (busy >= 0 && machineBusyStart >= 0 && stubEnd >= 0 && stubCpuStart >= 0 && wall > 0) {
      long others = (busy - machineBusyStart) - base.cpuNanos - other.cpuNanos - (stubEnd - stubCpuStart);
      background = Math.max(0, others) / (double) wall;
    }
    PairedWindow.last = new PairedWindow(base.snapshot(), other.snapshot(), background);
  }

  @TearDown(Level.Trial)
  public void tearDown() throws Exception {
    try {
      for (Side s : new Side[] {base, other}) {
        if (s != null) {
          s.close();
        }
      }
    } finally {
      if (vertx != null) {
        vertx.close().await();
      }
      if (stub != null) {
        stub.close();
      }
    }
  }

  /** One contender with its pump and what its turns of the current iteration used. */
  private static final class Side {
    private final Contender contender;
    private final Pump pump;
    long cpuNanos;
    long allocBytes;
    long calls;
    long wallNanos;
    long errorsStart;

    Side(Contender contender) {
      this.contender = contender;
      this.pump = new Pump(contender, CONCURRENCY);
    }

    void warm() {
      pump.start(1000);
      pump.stop();
    }

    void reset() {
      cpuNanos = 0;
      allocBytes = 0;
      calls = 0;
      wallNanos = 0;
      errorsStart = pump.errors();
    }

    /** Keeps 16 calls in flight for one turn, then lets the calls in flight finish. */
    void turn() {
      long cpu0 = IterationWindow.processCpuNanos();
      long alloc0 = PairedWindow.allocatedBytes();
      long calls0 = pump.completed();
      long t0 = System.nanoTime();
      pump.start(0);
      long end = t0 + TimeUnit.MILLISECONDS.toNanos(TURN_MILLIS);
      for (long now = t0; now < end; now = System.nanoTime()) {
        LockSupport.parkNanos(end - now);
      }
      pump.stop();
      wallNanos += System.nanoTime() - t0;
      calls += pump.completed() - calls0;
      allocBytes += PairedWindow.allocatedBytes() - alloc0;
      cpuNanos += IterationWindow.processCpuNanos() - cpu0;
    }

    PairedWindow.Turns snapshot() {
      return new PairedWindow.Turns(contender.toString(), cpuNanos, allocBytes, calls, wallNanos,
          pump.errors() - errorsStart);
    }

    void close() throws Exception {
      if (pump.errors() > 0) {
        System.err.println("[" + contender + "] " + pump.errors() + " calls failed; last: " + pump.lastError());
      }
      contender.close();
    }
  }
}
