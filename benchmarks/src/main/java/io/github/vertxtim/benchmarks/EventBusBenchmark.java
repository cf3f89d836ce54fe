package io.github.vertxtim.benchmarks;

import io.github.vertxtim.TimClient;
import io.github.vertxtim.TimClientOptions;
import io.github.vertxtim.eventbus.TimAdminOptions;
import io.github.vertxtim.eventbus.TimAdminVerticle;
import io.github.vertxtim.eventbus.TimEventBusClient;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * An admin call through the event bus ({@link TimEventBusClient} to a {@link TimAdminVerticle}) against the same
 * call made directly with a {@link TimClient}, to the loopback stub (a separate JVM, see {@link StubProcess}), with
 * 1 and 16 calls in flight. One operation is one completed account_check call; the score is calls per second.
 *
 * <ul>
 *   <li>{@code direct}: {@code TimClient.call} from one event-loop context;</li>
 *   <li>{@code bus-local}: the requester on one context, the verticle (1 instance) in the same Vert.x instance;</li>
 *   <li>{@code bus-local-paced}: the same with every call taking its slot from the shared quota pacer (a quota far
 *       above the load, so only the pacer's own cost shows);</li>
 *   <li>{@code bus-clustered}: requester on node A, verticle on node B: two Hazelcast nodes in this JVM, loopback;</li>
 *   <li>{@code bus-clustered-paced}: the same, each call paying a cluster-wide counter round trip.</li>
 * </ul>
 * Every Vert.x instance has 2 event loops; every client has {@value Fixtures#POOL_SIZE} connections.
 *
 * <p>Run {@code main} to get, besides JMH's table, each contender's ratio to {@code direct} from the same run:
 * {@code java -cp benchmarks.jar:vertx-hazelcast.jar:hazelcast.jar io.github.vertxtim.benchmarks.EventBusBenchmark}.
 * Clustered contenders need vertx-hazelcast on the class path (see {@link LoopbackClusters}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-Dhazelcast.logging.type=none",
    "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
    "--add-modules", "java.se", "--add-exports", "java.base/jdk.internal.ref=ALL-UNNAMED",
    "--add-opens", "java.base/java.lang=ALL-UNNAMED", "--add-opens", "java.base/sun.nio.ch=ALL-UNNAMED",
    "--add-opens", "java.management/sun.management=ALL-UNNAMED",
    "--add-opens", "jdk.management/com.sun.management.internal=ALL-UNNAMED"})
public class EventBusBenchmark {

  static final int BATCH = 64;
  static final String ADDRESS = "bench.tim.admin.v1";

  @Param({"direct", "bus-local", "bus-local-paced", "bus-clustered", "bus-clustered-paced"})
  public String contender;

  @Param({"1", "16"})
  public int concurrency;

  private StubProcess stub;
  private Contender caller;
  private Pump pump;

  static TimClientOptions clientOptions(int port) {
    return new TimClientOptions()
        .setSdkAppId(Fixtures.SDK_APP_ID)
        .setAdminIdentifier(Fixtures.ADMIN)
        .setSecretKey(Fixtures.SECRET_KEY)
        .setEndpoint("http://127.0.0.1:" + port)
        .setPoolSize(Fixtures.POOL_SIZE)
        .setMaxWaitQueueSize(4096)
        .setTimeoutMillis(Fixtures.TIMEOUT_MILLIS);
  }

  static TimAdminOptions adminOptions(int port, boolean paced) {
    return new TimAdminOptions()
        .setAddress(ADDRESS)
        .setPaceCalls(paced)
        // far above any load here: only the pacer's own cost is measured
        .setQuota(Fixtures.SERVICE + "/" + Fixtures.COMMAND, 10_000_000)
        .setMaxInFlight(10_000)
        .setMaxBufferedMessages(10_000)
        .setClientOptions(clientOptions(port));
  }

  /** {@code TimClient.call} from one event-loop context. */
  static final class Direct implements Contender {
    private final Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(2));
    private final TimClient client;
    private final Context context;

    Direct(int port) {
      client = TimClient.create(vertx, clientOptions(port));
      context = vertx.getOrCreateContext();
    }

    @Override
    public void launch(Runnable firstSends) {
      context.runOnContext(v -> firstSends.run());
    }

    @Override
    public void send(long t0, Pump pump) {
      client.call(Fixtures.SERVICE, Fixtures.COMMAND, Fixtures.BODY).onComplete(ar -> pump.done(t0, ar.cause()));
    }

    @Override
    public void close() {
      client.close().await();
      vertx.close().await();
    }

    @Override
    public String toString() {
      return "direct";
    }
  }

  /** The requester on one node's context, the verticle on another node (or the same Vert.x instance). */
  static final class Bus implements Contender {
    private final Vertx serving;
    private final Vertx requesting;
    private final TimEventBusClient requester;
    private final Context context;
    private final String name;

    Bus(int port, boolean clustered, boolean paced, String name) {
      this.name = name;
      if (clustered) {
        String cluster = LoopbackClusters.newName();
        serving = LoopbackClusters.node(cluster, 2);
        requesting = LoopbackClusters.node(cluster, 2);
      } else {
        serving = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(2));
        requesting = serving;
      }
      TimAdminVerticle.deploy(serving, adminOptions(port, paced), 1).await();
      requester = TimEventBusClient.create(requesting, ADDRESS);
      // the requester's own context, as another verticle of the application would have
      context = ((io.vertx.core.internal.VertxInternal) requesting).createEventLoopContext();
    }

    @Override
    public void launch(Runnable firstSends) {
      context.runOnContext(v -> firstSends.run());
    }

    @Override
    public void send(long t0, Pump pump) {
      requester.call(Fixtures.SERVICE, Fixtures.COMMAND, Fixtures.BODY).onComplete(ar -> pump.done(t0, ar.cause()));
    }

    @Override
    public void close() {
      requester.close().await();
      if (requesting != serving) {
        requesting.close().await();
      }
      serving.close().await();
    }

    @Override
    public String toString() {
      return name;
    }
  }

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    stub = StubProcess.start();
    caller = switch (contender) {
      case "direct" -> new Direct(stub.port());
      case "bus-local" -> new Bus(stub.port(), false, false, contender);
      case "bus-local-paced" -> new Bus(stub.port(), false, true, contender);
      case "bus-clustered" -> new Bus(stub.port(), true, false, contender);
      case "bus-clustered-paced" -> new Bus(stub.port(), true, true, contender);
      default -> throw new IllegalArgumentException("unknown contender " + contender);
    };
    pump = new Pump(caller, concurrency);
    pump.start(2000);
  }

  @Setup(Level.Iteration)
  public void resync() {
    pump.resync();
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
          System.err.println("[" + contender + "] " + pump.errors() + " calls failed; last: " + pump.lastError());
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

  /** Runs this benchmark (JMH options may be given as arguments) and prints each contender's ratio to direct. */
  public static void main(String[] args) throws Exception {
    Options cli = new CommandLineOptions(args);
    Options options = new OptionsBuilder().parent(cli).include(EventBusBenchmark.class.getSimpleName()).build();
    Collection<RunResult> results = new Runner(options).run();
    Map<Integer, Map<String, double[]>> byConcurrency = new TreeMap<>();
    for (RunResult r : results) {
      String who = r.getParams().getParam("contender");
      int c = Integer.parseInt(r.getParams().getParam("concurrency"));
      double score = r.getPrimaryResult().getScore();
      double error = r.getPrimaryResult().getScoreError();
      byConcurrency.computeIfAbsent(c, k -> new TreeMap<>()).put(who, new double[]{score, error});
    }
    System.out.println();
    System.out.println("Event bus vs direct TimClient call (same run; calls/s, ratio to direct at the same concurrency):");
    System.out.printf("%-22s %11s %14s %8s%n", "contender", "concurrency", "calls/s", "ratio");
    byConcurrency.forEach((c, scores) -> {
      double direct = scores.containsKey("direct") ? scores.get("direct")[0] : Double.NaN;
      scores.forEach((who, s) -> System.out.printf("%-22s %11d %8.0f ± %-5.0f %8.2f%n", who, c, s[0], s[1],
          s[0] / direct));
    });
  }
}
