package io.github.vertxtim.tests.eventbus;

import io.github.vertxtim.TimErrorCode;
import io.github.vertxtim.bulk.BulkJob;
import io.github.vertxtim.bulk.BulkJobBrokenException;
import io.github.vertxtim.bulk.BulkOptions;
import io.github.vertxtim.bulk.BulkOutcome;
import io.github.vertxtim.bulk.BulkSummary;
import io.github.vertxtim.TimException;
import io.github.vertxtim.emulator.TimEmulator;
import io.github.vertxtim.emulator.TimEmulatorOptions;
import io.github.vertxtim.eventbus.TimAdminOptions;
import io.github.vertxtim.eventbus.TimAdminVerticle;
import io.github.vertxtim.eventbus.TimEventBusClient;
import io.github.vertxtim.eventbus.TimEventBusOptions;
import io.github.vertxtim.tests.Poll;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Three nodes: A and C in this JVM, B in a JVM of its own, all serving the admin verticle under one shared quota.
 * B serves a bulk import and its share of a stream of calls, and is killed with SIGKILL mid-job (no undeploy, its
 * Vert.x and Hazelcast gone at once). The requester's job fails with a {@link BulkJobBrokenException} whose
 * accounting is exact, item by item: what B reported keeps its outcome, what was sent and not reported back is
 * {@code UNKNOWN_OUTCOME}, what never left is {@code NOT_SENT} (and provably not applied), each item once, the sum
 * the input. Every call in flight gets exactly one answer or failure, and what A and C send to the service after the
 * loss never exceeds the shared quota.
 */
@Tag("cluster")
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class NodeLossTest {

  private static final int ITEMS = 6_000;
  private static final String SVC = "im_open_login_svc";
  private static final String CHECK = SVC + "/account_check";
  private static final int QUOTA = 50;
  /** As in QuotaTest: 70 % of the quota, so a stall of the loaded machine cannot bunch a window above it. */
  private static final double HEADROOM = 0.7;

  private final List<Vertx> nodes = new ArrayList<>();
  private Process server;

  @AfterEach
  void stop() {
    if (server != null) {
      server.destroyForcibly();
    }
    for (Vertx v : nodes) {
      v.close().await();
    }
  }

  @Test
  void theNodeServingAJobIsKilledAndEveryItemAndCallIsAccountedForUnderTheQuota() throws Exception {
    String clusterName = "tim-test-" + UUID.randomUUID();
    String address = "test." + UUID.randomUUID() + ".tim.admin.v1";
    String secret = TimEmulatorOptions.randomKey();
    Vertx local = Vertx.vertx();
    nodes.add(local);
    TimEmulator emulator = TimEmulator.create(local, new TimEmulatorOptions().setSecretKey(secret)
        .setRate(CHECK, QUOTA).setRate(SVC + "/multiaccount_import", 10_000).setRate(SVC + "/account_import", 10_000));
    emulator.start().await();

    server = startNodeB(clusterName, address, emulator, secret);
    LoopbackCluster cluster = new LoopbackCluster(clusterName);
    Vertx a = cluster.node();
    nodes.add(0, a);
    Vertx c = cluster.node();
    nodes.add(0, c);
    TimEventBusOptions busOptions = new TimEventBusOptions().setAddress(address).setTimeoutMillis(5_000)
        .setNoHandlersRetryMillis(3_000);
    TimEventBusClient fromA = TimEventBusClient.create(a, busOptions);
    // the calls wait for their slot under the quota at the verticles: their timeout must outlast that wait
    // (40 calls waiting at 35/s, longer on a loaded machine), or they time out while queued, not because of the loss
    TimEventBusOptions callOptions = new TimEventBusOptions(busOptions.toJson()).setTimeoutMillis(20_000);
    TimEventBusClient callsFromA = TimEventBusClient.create(a, callOptions);
    TimEventBusClient callsFromC = TimEventBusClient.create(c, callOptions);
    AdminNodeProcess.warmUp(fromA);

    // Only B serves yet, so the job is B's: 100 accounts a request, 2 requests a second (30 s of work); with the
    // default window of 4,096 items a kill in the first 9 s leaves items not sent yet.
    List<JsonObject> accounts = IntStream.range(0, ITEMS).mapToObj(i -> new JsonObject().put("UserID", "n" + i))
        .toList();
    List<BulkOutcome<JsonObject>> outcomes = new ArrayList<>();
    Promise<BulkSummary> summary = Promise.promise();
    a.runOnContext(v -> {
      BulkJob<JsonObject> job = fromA.bulk(SVC, "multiaccount_import", accounts,
          new BulkOptions().setRatePerSecond(2));
      job.outcomes().handler(o -> {
        synchronized (outcomes) {
          outcomes.add(o);
        }
      });
      job.summary().onComplete(summary);
    });
    Poll.until("B took the job", () -> emulator.stats().requests(SVC + "/multiaccount_import") > 0, 60_000);
    for (Vertx node : List.of(a, c)) {
      TimAdminVerticle.deploy(node, adminOptions(address, emulator, secret), 1).await();
    }

    // Calls from both survivors, far above the quota (20 waiting each), served by A, B and C.
    CallStream calls = new CallStream();
    long callsEnd = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    calls.start(callsFromA, a, 20, callsEnd);
    calls.start(callsFromC, c, 20, callsEnd);

    Poll.until("the first outcomes reported and the calls flowing", () -> reported(outcomes) > 300
        && calls.completed.get() > 40 || summary.future().isComplete(), 60_000);
    assertThat(summary.future().isComplete()).as("the job ended before the kill").isFalse();
    server.destroyForcibly().waitFor(30, TimeUnit.SECONDS);   // SIGKILL
    long rateLimitedAtKill = emulator.stats().rateLimited();
    RateSampler afterLoss = new RateSampler(() -> emulator.stats().requests(CHECK), 100);

    Throwable failure = summary.future().toCompletionStage().toCompletableFuture()
        .<Throwable>handle((r, thrown) -> thrown).get(120, TimeUnit.SECONDS);
    // the survivors keep sending for 15 s after the job's end, then the streams stop and every call completes
    calls.stopAt(System.nanoTime() + TimeUnit.SECONDS.toNanos(15));
    calls.done().toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
    afterLoss.close();
    long checksAfterLoss = emulator.stats().requests(CHECK);

    // The job: a clear code, and an exact accounting of every item
    assertThat(failure).as("the summary of a job whose node died").isInstanceOf(BulkJobBrokenException.class);
    BulkJobBrokenException broken = (BulkJobBrokenException) failure;
    assertThat(broken.errorCode()).as(broken.getMessage())
        .isIn(TimErrorCode.TIMEOUT.code(), TimErrorCode.NO_HANDLERS.code());
    BulkSummary s = broken.summary();
    assertThat(s.items()).isEqualTo(ITEMS);
    assertThat(s.ok() + s.failed() + s.cancelled() + s.unknown()).isEqualTo(ITEMS);
    Map<String, BulkOutcome<JsonObject>> byUser = new HashMap<>();
    synchronized (outcomes) {
      assertThat(outcomes).as("one outcome per item").hasSize(ITEMS);
      for (BulkOutcome<JsonObject> o : outcomes) {
        assertThat(byUser.put(o.item().getString("UserID"), o)).as("a second outcome for %s", o.item()).isNull();
      }
    }
    long ok = count(byUser, o -> o.ok());
    long unknown = count(byUser, o -> o.errorCode() == TimErrorCode.UNKNOWN_OUTCOME.code());
    long notSent = count(byUser, o -> o.errorCode() == TimErrorCode.NOT_SENT.code());
    System.out.printf("node loss: %s; outcomes ok %d, unknown %d, not sent %d, other %d; applied %d%n",
        broken.getMessage(), ok, unknown, notSent, ITEMS - ok - unknown - notSent, imported(emulator));
    assertThat(ok).as("reported OK before the kill").isPositive().isEqualTo(s.ok());
    assertThat(unknown).as("sent and not reported back").isPositive().isEqualTo(broken.unknownOutcomes());
    assertThat(notSent).as("never sent").isEqualTo(broken.notSent());
    assertThat(s.unknown()).isEqualTo(unknown);
    Set<String> applied = emulator.state().accountIds();
    byUser.forEach((id, o) -> {
      if (o.ok()) {
        assertThat(applied).as("%s reported OK is imported", id).contains(id);
      } else if (o.errorCode() == TimErrorCode.NOT_SENT.code()) {
        assertThat(o.status()).isEqualTo(BulkOutcome.Status.CANCELLED);
        assertThat(applied).as("%s reported not sent is not imported", id).doesNotContain(id);
      } else {
        assertThat(o.errorCode()).as("%s: %s", id, o.errorInfo()).isEqualTo(TimErrorCode.UNKNOWN_OUTCOME.code());
      }
    });
    // what the service applied is what was reported OK plus some of the unknown ones: nothing lost from view
    assertThat(imported(emulator)).isBetween(ok, ok + unknown);

    // Calls: each completed once; the failures are the loss's (a call in flight to B, or routed to it before the
    // cluster saw it go), never the quota's, and the survivors went on serving.
    assertThat(calls.completed.get()).isEqualTo(calls.issued.get());
    assertThat(calls.failuresByCode.keySet()).as("failure codes %s", calls.failuresByCode)
        .isSubsetOf(TimErrorCode.TIMEOUT.code(), TimErrorCode.NO_HANDLERS.code(), TimErrorCode.NETWORK_ERROR.code());
    assertThat(calls.succeededAfter(afterLoss)).as("answers after the loss").isPositive();

    // The survivors' rate: no sampled second after the loss above the quota
    System.out.printf("node loss: quota %d/s (paced at %.0f), emulator per second after the loss %s, max in any"
        + " second %d; calls %d, failures %s%n", QUOTA, QUOTA * HEADROOM, afterLoss.perSecond(),
        afterLoss.maxInAnySecond(), calls.issued.get(), calls.failuresByCode);
    assertThat(afterLoss.maxInAnySecond()).as(afterLoss.perSecond().toString()).isLessThanOrEqualTo(QUOTA);
    long rateLimitedAfter = emulator.stats().rateLimited() - rateLimitedAtKill;
    System.out.printf("node loss: 60007 answered by the emulator before the kill %d, after %d%n", rateLimitedAtKill,
        rateLimitedAfter);
    assertThat(rateLimitedAtKill).as("60007s the emulator answered before the loss").isZero();
    assertThat(rateLimitedAfter).as("60007s the emulator answered after the loss").isZero();
    assertThat(checksAfterLoss).isPositive();
  }

  private static long count(Map<String, BulkOutcome<JsonObject>> byUser,
                            java.util.function.Predicate<BulkOutcome<JsonObject>> p) {
    return byUser.values().stream().filter(p).count();
  }

  private static int reported(List<BulkOutcome<JsonObject>> outcomes) {
    synchronized (outcomes) {
      return outcomes.size();
    }
  }

  private static long imported(TimEmulator emulator) {
    return emulator.state().accountIds().stream().filter(id -> id.startsWith("n")).count();
  }

  private static TimAdminOptions adminOptions(String address, TimEmulator emulator, String secret) {
    TimAdminOptions options = new TimAdminOptions().setAddress(address).setQuota(CHECK, QUOTA)
        .setRateHeadroom(HEADROOM).setLingerMillis(60_000);
    options.getClientOptions().setSdkAppId(emulator.options().getSdkAppId()).setSecretKey(secret)
        .setEndpoint(emulator.baseUrl());
    return options;
  }

  private static Process startNodeB(String clusterName, String address, TimEmulator emulator, String secret)
      throws Exception {
    Process p = new ProcessBuilder(new File(System.getProperty("java.home"), "bin/java").getPath(), "-Xmx256m",
        "-cp", System.getProperty("java.class.path"), AdminNodeProcess.class.getName(), clusterName, address,
        emulator.baseUrl(), String.valueOf(emulator.options().getSdkAppId()), secret, CHECK + "=" + QUOTA,
        "rateHeadroom=" + HEADROOM).redirectErrorStream(true).start();
    CompletableFuture<Void> ready = new CompletableFuture<>();
    Thread reader = new Thread(() -> {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          if (line.contains("READY")) {
            ready.complete(null);
          }
        }
      } catch (Exception ignored) {
        // the process was killed
      }
    }, "admin-node-b-output");
    reader.setDaemon(true);
    reader.start();
    ready.get(120, TimeUnit.SECONDS);
    return p;
  }

  /** Closed loops of account_check calls from the requesters, counting every completion. */
  private static final class CallStream {
    final AtomicLong issued = new AtomicLong();
    final AtomicLong completed = new AtomicLong();
    final Map<Integer, Long> failuresByCode = new ConcurrentHashMap<>();
    private final List<Long> successNanos = new ArrayList<>();
    private final List<Future<Void>> loops = new ArrayList<>();
    private volatile long endNanos;

    void start(TimEventBusClient requester, Vertx node, int inFlight, long end) {
      endNanos = end;
      JsonObject body = new JsonObject().put("CheckItem", new JsonArray().add(new JsonObject().put("UserID", "q")));
      node.runOnContext(v -> {
        for (int k = 0; k < inFlight; k++) {
          Promise<Void> loop = Promise.promise();
          synchronized (loops) {
            loops.add(loop.future());
          }
          next(requester, body, loop);
        }
      });
    }

    private void next(TimEventBusClient requester, JsonObject body, Promise<Void> loop) {
      if (System.nanoTime() >= endNanos) {
        loop.complete();
        return;
      }
      issued.incrementAndGet();
      requester.call(SVC, "account_check", body).onComplete(ar -> {
        completed.incrementAndGet();
        if (ar.succeeded()) {
          synchronized (successNanos) {
            successNanos.add(System.nanoTime());
          }
        } else {
          int code = ar.cause() instanceof TimException e ? e.errorCode() : 0;
          failuresByCode.merge(code, 1L, Long::sum);
        }
        next(requester, body, loop);
      });
    }

    void stopAt(long nanos) {
      endNanos = nanos;
    }

    Future<Void> done() {
      synchronized (loops) {
        return Future.all(new ArrayList<>(loops)).mapEmpty();
      }
    }

    long succeededAfter(RateSampler sampler) {
      long from = sampler.startNanos();
      synchronized (successNanos) {
        return successNanos.stream().filter(t -> t > from).count();
      }
    }
  }
}
