package io.github.vertxtim.tests.bulk;

import io.github.vertxtim.TimClient;
import io.github.vertxtim.TimClientOptions;
import io.github.vertxtim.bulk.BulkJob;
import io.github.vertxtim.bulk.BulkOptions;
import io.github.vertxtim.bulk.BulkSources;
import io.github.vertxtim.bulk.BulkSummary;
import io.vertx.core.Context;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs in its own small JVM (see {@link MillionItemsTest}): checks N generated accounts through the bulk engine and
 * prints the accounting. Arguments: endpoint, sdkappid, key file path, N.
 */
public final class MillionItemJob {

  public static void main(String[] args) throws Exception {
    String endpoint = args[0];
    long sdkAppId = Long.parseLong(args[1]);
    String key = java.nio.file.Files.readString(java.nio.file.Path.of(args[2])).trim();
    long n = Long.parseLong(args[3]);
    Vertx vertx = Vertx.vertx();
    TimClient client = TimClient.create(vertx, new TimClientOptions().setSdkAppId(sdkAppId).setSecretKey(key)
        .setEndpoint(endpoint).setPoolSize(8));
    Context ctx = vertx.getOrCreateContext();
    AtomicLong outcomes = new AtomicLong();
    AtomicLong notImported = new AtomicLong();
    Promise<BulkJob<JsonObject>> started = Promise.promise();
    ctx.runOnContext(v -> {
      BulkJob<JsonObject> job = client.bulk("im_open_login_svc", "account_check",
          BulkSources.iterate(ctx, new Generated<>(n, i -> new JsonObject().put("UserID", "user-" + i))),
          new BulkOptions().setRatePerSecond(1_000_000).setMaxInFlight(8).setExpectedTotal(n));
      // a consumer that is slower than the engine now and then: the outcome buffer must hold the job back
      job.outcomes().handler(o -> {
        outcomes.incrementAndGet();
        if (o.ok()) {
          notImported.incrementAndGet();
        }
      });
      started.complete(job);
    });
    BulkSummary s = started.future().await().summary().await();
    Runtime rt = Runtime.getRuntime();
    System.out.println("SUMMARY items=" + s.items() + " ok=" + s.ok() + " failed=" + s.failed()
        + " cancelled=" + s.cancelled() + " outcomes=" + outcomes.get() + " calls=" + s.calls()
        + " elapsedMs=" + s.elapsedMillis() + " maxHeapMb=" + rt.maxMemory() / (1024 * 1024));
    client.close().await();
    vertx.close().await();
  }
}
