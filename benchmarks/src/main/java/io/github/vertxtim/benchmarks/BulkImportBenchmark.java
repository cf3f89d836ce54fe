package io.github.vertxtim.benchmarks;

import io.github.vertxtim.TimClient;
import io.github.vertxtim.TimClientOptions;
import io.github.vertxtim.bulk.BulkJob;
import io.github.vertxtim.bulk.BulkOptions;
import io.github.vertxtim.bulk.BulkSources;
import io.github.vertxtim.bulk.BulkSummary;
import io.github.vertxtim.emulator.TimEmulator;
import io.github.vertxtim.emulator.TimEmulatorOptions;
import io.vertx.core.Context;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;

/**
 * Paced bulk import: N accounts through multiaccount_import (100 per call) into the emulator, whose quota for that
 * endpoint is Q calls/s. The quota allows the job in N / 100 / Q seconds; the result is that bound divided by the
 * achieved time (goal >= 0.95) and the 60007 answers the emulator gave (goal 0). A job of seconds, so a plain
 * program rather than JMH. One warm-up call to another endpoint precedes the job. Arguments: [accounts=100000] [quota=100] [out=benchmarks/results/bulk-import.json].
 */
public final class BulkImportBenchmark {

  public static void main(String[] args) throws Exception {
    int accounts = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    double quota = args.length > 1 ? Double.parseDouble(args[1]) : 100;
    Path out = Path.of(args.length > 2 ? args[2] : "benchmarks/results/bulk-import.json");
    String path = "im_open_login_svc/multiaccount_import";
    Vertx vertx = Vertx.vertx();
    TimEmulator emulator = TimEmulator.create(vertx, new TimEmulatorOptions().setRate(path, quota));
    emulator.start().await();
    TimClient client = TimClient.create(vertx, new TimClientOptions().setSdkAppId(emulator.options().getSdkAppId())
        .setSecretKey(emulator.options().getSecretKey()).setEndpoint(emulator.baseUrl()));
    // One call first, so class loading, the first connection and the first usersig (about a second in a fresh JVM)
    // are not charged to the pacing being measured. It goes to another endpoint and does not touch the quota.
    client.call("group_open_http_svc", "get_appid_group_list", null).await();
    Context ctx = vertx.getOrCreateContext();
    Promise<BulkSummary> done = Promise.promise();
    ctx.runOnContext(v -> {
      Iterator<JsonObject> items = new Iterator<>() {
        int next;

        @Override
        public boolean hasNext() {
          return next < accounts;
        }

        @Override
        public JsonObject next() {
          return new JsonObject().put("UserID", "bench_" + next++);
        }
      };
      BulkJob<JsonObject> job = client.bulk("im_open_login_svc", "multiaccount_import",
          BulkSources.iterate(ctx, items), new BulkOptions().setRatePerSecond(quota).setExpectedTotal(accounts));
      job.progressHandler(p -> System.out.printf(Locale.ROOT, "%,d/%,d  %.0f items/s%n", p.done(), p.total(),
          p.itemsPerSecond()));
      job.summary().onComplete(done);
    });
    BulkSummary s = done.future().await();
    double boundSeconds = accounts / 100.0 / quota;
    double achievedSeconds = s.elapsedMillis() / 1000.0;
    long throttled = emulator.stats().answers(60007);
    JsonObject result = new JsonObject()
        .put("accounts", accounts).put("quotaCallsPerSecond", quota).put("calls", s.calls())
        .put("ok", s.ok()).put("failed", s.failed()).put("imported", emulator.state().accountCount())
        .put("boundSeconds", boundSeconds).put("achievedSeconds", achievedSeconds)
        .put("ratio", boundSeconds / achievedSeconds).put("answers60007", throttled)
        .put("rateHeadroom", BulkOptions.DEFAULT_RATE_HEADROOM)
        .put("jdk", System.getProperty("java.version")).put("cpus", Runtime.getRuntime().availableProcessors());
    System.out.println(result.encodePrettily());
    Files.createDirectories(out.getParent());
    Files.writeString(out, result.encodePrettily() + "\n");
    client.close().await();
    emulator.close().await();
    vertx.close().await();
  }
}
