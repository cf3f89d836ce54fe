package io.github.vertxtim.benchmarks;

import io.github.vertxtim.TimClient;
import io.github.vertxtim.TimClientOptions;
import io.github.vertxtim.emulator.EmulatorFaults;
import io.github.vertxtim.emulator.EmulatorStats;
import io.github.vertxtim.emulator.TimEmulator;
import io.github.vertxtim.emulator.TimEmulatorOptions;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.internal.VertxInternal;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.HdrHistogram.Histogram;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * The soak run (not JMH, not in CI): the client drives {@link SoakWorkload} against the emulator, which injects
 * every fault it knows (resets, HTTP 502, ErrorCode 60007, answers slower than the client's deadline), for a given
 * duration; every period the run samples heap after GC, live threads, open file descriptors, the emulator's open
 * connections, calls/s and latency percentiles (HdrHistogram), and at the end writes {@code PREFIX.json} and
 * {@code PREFIX.csv} ({@code report.py soak PREFIX.json} draws {@code PREFIX.svg}).
 *
 * <p>The emulator runs in this JVM on a Vert.x instance of its own (one event loop), so heap, threads and
 * descriptors are the two sides together; the emulator's state is seeded once and the workload keeps it the same
 * size, so a slope in them is a leak on one side or the other.
 *
 * <p>Run: {@code java -Xmx512m -cp benchmarks.jar io.github.vertxtim.benchmarks.SoakRun MINUTES PREFIX
 * [SAMPLE_SECONDS] [CONCURRENCY]} (or {@code benchmarks/soak.sh}).
 */
public final class SoakRun {

  /** 4.5 % of requests get a fault; slow answers take 5 s, past the client's 3.1 s deadline. */
  static final EmulatorFaults FAULTS = new EmulatorFaults(1, 0.01, 0.01, 0.02, 0.005, 5_000);

  private SoakRun() {
  }

  public static void main(String[] args) throws Exception {
    double minutes = Double.parseDouble(args[0]);
    Path prefix = Path.of(args[1]);
    int sampleSeconds = args.length > 2 ? Integer.parseInt(args[2]) : 60;
    int concurrency = args.length > 3 ? Integer.parseInt(args[3]) : 32;

    Vertx emulatorVertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1));
    TimEmulator emulator = TimEmulator.create(emulatorVertx, new TimEmulatorOptions().setRateLimitEnabled(false)
        .setRandomSeed(15).setFaults(EmulatorFaults.NONE));
    emulator.start().await();
    List<String> groups = emulator.state().addGroups(SoakWorkload.GROUPS, "Public");

    Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(2));
    TimClientOptions clientOptions = new TimClientOptions().setSdkAppId(emulator.options().getSdkAppId())
        .setSecretKey(emulator.options().getSecretKey()).setEndpoint(emulator.baseUrl()).setTimeoutMillis(3_100)
        .setPoolSize(8).setMaxRetries(3).setRetryInitialBackoffMillis(50).setRetryMaxBackoffMillis(500);
    TimClient client = TimClient.create(vertx, clientOptions);
    Context ctx = ((VertxInternal) vertx).createEventLoopContext();

    long start = System.nanoTime();
    long end = start + (long) (minutes * 60e9);
    SoakWorkload workload = new SoakWorkload(client, ctx, groups, end);
    for (String id : workload.userIds()) {
      emulator.state().addAccount(id);
    }
    emulator.setFaults(FAULTS);
    SoakProbe probe = new SoakProbe();
    EmulatorStats stats = emulator.stats();
    JsonObject before = probe.sample().put("connectionsOpen", stats.connectionsOpen());
    double loadBefore = SoakProbe.loadAverage();
    System.out.printf("soak: %.1f min, %d call loops + 1 bulk loop + 1 paging loop, sample every %d s, faults %s%n",
        minutes, concurrency, sampleSeconds, FAULTS.toJson().encode());
    Future<Void> stopped = workload.start(concurrency);

    JsonArray samples = new JsonArray();
    Counters last = Counters.of(workload, stats);
    long next = start;
    int n = 0;
    while (!stopped.isComplete()) {
      next += TimeUnit.SECONDS.toNanos(sampleSeconds);
      long sleep = Math.min(next, end) - System.nanoTime();
      if (sleep > 0) {
        TimeUnit.NANOSECONDS.sleep(sleep);
      }
      if (System.nanoTime() >= end) {
        break;
      }
      Counters now = Counters.of(workload, stats);
      Histogram latency = workload.intervalLatency();
      JsonObject sample = probe.sample().put("minute", (System.nanoTime() - start) / 60e9)
          .put("connectionsOpen", stats.connectionsOpen())
          .put("connectionsOpened", now.connectionsOpened - last.connectionsOpened)
          .put("callsPerSecond", (now.calls - last.calls) / (double) sampleSeconds)
          .put("errorsPerSecond", (now.errors - last.errors) / (double) sampleSeconds)
          .put("p50Ms", latency.getValueAtPercentile(50) / 1e6).put("p99Ms", latency.getValueAtPercentile(99) / 1e6)
          .put("maxMs", latency.getMaxValue() / 1e6)
          .put("bulkItemsPerSecond", (now.bulkItems - last.bulkItems) / (double) sampleSeconds)
          .put("pagingPasses", now.pagingPasses - last.pagingPasses)
          .put("faults", now.faults - last.faults)
          .put("accountingViolations", workload.accountingViolations.sum());
      samples.add(sample);
      System.out.printf("sample %2d: %s%n", ++n, sample.encode());
      last = now;
    }
    stopped.await();
    client.close().await();
    vertx.close().await();
    // what the client left open once closed: connections the emulator still holds, the JVM's threads and descriptors
    JsonObject after = probe.sample().put("connectionsOpen", stats.connectionsOpen());
    emulator.close().await();
    emulatorVertx.close().await();

    Map<String, Long> errors = new TreeMap<>();
    workload.errorsByCode.forEach((code, count) -> errors.put(String.valueOf(code), count.sum()));
    JsonObject faults = new JsonObject();
    for (String kind : List.of("reset", "502", "throttle", "slow")) {
      faults.put(kind, stats.faults(kind));
    }
    JsonObject result = new JsonObject()
        .put("date", Instant.now().toString())
        .put("machine", new JsonObject().put("nproc", Runtime.getRuntime().availableProcessors())
            .put("maxHeapMb", Runtime.getRuntime().maxMemory() / (1024 * 1024)).put("loadBefore", loadBefore)
            .put("jdk", System.getProperty("java.vm.version")))
        .put("settings", new JsonObject().put("minutes", minutes).put("sampleSeconds", sampleSeconds)
            .put("callLoops", concurrency).put("faults", FAULTS.toJson())
            .put("client", new JsonObject().put("timeoutMillis", clientOptions.getTimeoutMillis())
                .put("poolSize", clientOptions.getPoolSize()).put("maxRetries", clientOptions.getMaxRetries()))
            .put("accounts", SoakWorkload.ACCOUNTS).put("groups", SoakWorkload.GROUPS)
            .put("bulkItemsPerJob", SoakWorkload.BULK_ITEMS))
        .put("before", before)
        .put("samples", samples)
        .put("afterClose", after)
        .put("totals", new JsonObject().put("calls", workload.callsDone.sum())
            .put("callErrors", workload.callErrors.sum()).put("callErrorsByCode", new JsonObject(Map.copyOf(errors)))
            .put("bulkJobs", workload.bulkJobs.sum()).put("bulkJobFailures", workload.bulkJobFailures.sum())
            .put("bulkItems", workload.bulkItems.sum()).put("bulkFailedItems", workload.bulkFailedItems.sum())
            .put("pagingPasses", workload.pagingPasses.sum()).put("pagingFailures", workload.pagingFailures.sum())
            .put("accountingViolations", workload.accountingViolations.sum())
            .put("emulatorRequests", stats.requests()).put("emulatorConnectionsOpened", stats.connectionsOpened())
            .put("faultsInjected", faults));
    Files.writeString(Path.of(prefix + ".json"), result.encodePrettily(), StandardCharsets.UTF_8);
    writeCsv(Path.of(prefix + ".csv"), samples);
    System.out.println("soak: wrote " + prefix + ".json and .csv; totals " + result.getJsonObject("totals").encode());
  }

  private static void writeCsv(Path file, JsonArray samples) throws IOException {
    List<String> columns = List.of("minute", "heapAfterGcMb", "threads", "fds", "connectionsOpen",
        "connectionsOpened", "callsPerSecond", "errorsPerSecond", "p50Ms", "p99Ms", "maxMs", "bulkItemsPerSecond",
        "pagingPasses", "faults", "accountingViolations", "loadAverage");
    StringBuilder csv = new StringBuilder(String.join(",", columns)).append('\n');
    for (int i = 0; i < samples.size(); i++) {
      JsonObject s = samples.getJsonObject(i);
      for (int c = 0; c < columns.size(); c++) {
        csv.append(c == 0 ? "" : ",").append(s.getValue(columns.get(c)));
      }
      csv.append('\n');
    }
    Files.writeString(file, csv, StandardCharsets.UTF_8);
  }

  /** Running totals, read at each sample to give the period's rates. */
  private record Counters(long calls, long errors, long bulkItems, long pagingPasses, long connectionsOpened,
                          long faults) {
    static Counters of(SoakWorkload w, EmulatorStats s) {
      return new Counters(w.callsDone.sum(), w.callErrors.sum(), w.bulkItems.sum(), w.pagingPasses.sum(),
          s.connectionsOpened(), s.faults("reset") + s.faults("502") + s.faults("throttle") + s.faults("slow"));
    }
  }
}
