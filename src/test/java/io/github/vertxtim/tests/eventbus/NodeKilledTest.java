package io.github.vertxtim.tests.eventbus;

import io.github.vertxtim.TimErrorCode;
import io.github.vertxtim.bulk.BulkJobBrokenException;
import io.github.vertxtim.bulk.BulkJob;
import io.github.vertxtim.bulk.BulkOptions;
import io.github.vertxtim.bulk.BulkOutcome;
import io.github.vertxtim.bulk.BulkSummary;
import io.github.vertxtim.emulator.TimEmulator;
import io.github.vertxtim.emulator.TimEmulatorOptions;
import io.github.vertxtim.eventbus.TimEventBusClient;
import io.github.vertxtim.eventbus.TimEventBusOptions;
import io.github.vertxtim.tests.Poll;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The node serving a bulk job is killed with SIGKILL mid-job (a JVM of its own: no undeploy, no goodbye to the
 * cluster): the requester's job still ends, failing with TIMEOUT; every item has one outcome (what the node
 * reported, UNKNOWN_OUTCOME for what was sent and not reported back, NOT_SENT for the rest), every OK is applied,
 * every NOT_SENT is not, and every account the service applied is either reported OK or among the unknown ones.
 */
@Tag("cluster")
@Timeout(value = 240, unit = TimeUnit.SECONDS)
class NodeKilledTest {

  private static final int ITEMS = 3_000;

  private Vertx requesterNode;
  private Vertx local;
  private Process server;

  @AfterEach
  void stop() {
    if (server != null) {
      server.destroyForcibly();
    }
    if (requesterNode != null) {
      requesterNode.close().await();
    }
    if (local != null) {
      local.close().await();
    }
  }

  @Test
  void aBulkJobWhoseNodeIsKilledEndsWithExactAccounting() throws Exception {
    String clusterName = "tim-test-" + UUID.randomUUID();
    String address = "test." + UUID.randomUUID() + ".tim.admin.v1";
    String secret = TimEmulatorOptions.randomKey();
    local = Vertx.vertx();
    TimEmulator emulator = TimEmulator.create(local, new TimEmulatorOptions().setSecretKey(secret)
        .setRateLimitEnabled(false));
    emulator.start().await();

    server = new ProcessBuilder(new File(System.getProperty("java.home"), "bin/java").getPath(), "-Xmx256m",
        "-cp", System.getProperty("java.class.path"), AdminNodeProcess.class.getName(), clusterName, address,
        emulator.baseUrl(), String.valueOf(emulator.options().getSdkAppId()), secret)
        .redirectErrorStream(true).start();
    CompletableFuture<Void> ready = new CompletableFuture<>();
    Thread reader = new Thread(() -> {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(server.getInputStream(),
          StandardCharsets.UTF_8))) {
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          if (line.contains("READY")) {
            ready.complete(null);
          }
        }
      } catch (Exception ignored) {
        // the process was killed
      }
    }, "admin-node-output");
    reader.setDaemon(true);
    reader.start();
    ready.get(120, TimeUnit.SECONDS);

    requesterNode = new LoopbackCluster(clusterName).node();
    TimEventBusClient bus = TimEventBusClient.create(requesterNode, new TimEventBusOptions().setAddress(address)
        .setTimeoutMillis(5_000).setNoHandlersRetryMillis(30_000));
    // the first answer proves the server's subscription reached this node
    AdminNodeProcess.warmUp(bus);

    List<JsonObject> accounts = IntStream.range(0, ITEMS).mapToObj(i -> new JsonObject().put("UserID", "k" + i))
        .toList();
    List<BulkOutcome<JsonObject>> outcomes = new ArrayList<>();
    Promise<BulkSummary> summary = Promise.promise();
    requesterNode.runOnContext(v -> {
      // 100 accounts per request at 5 requests a second: about 6 s of work, killed after the first results
      BulkJob<JsonObject> job = bus.bulk("im_open_login_svc", "multiaccount_import", accounts,
          new BulkOptions().setRatePerSecond(5));
      job.outcomes().handler(o -> {
        synchronized (outcomes) {
          outcomes.add(o);
        }
      });
      job.summary().onComplete(summary);
    });
    // the first outcomes reached the requester (not only the emulator: on a loaded machine the poll's answer lags)
    Poll.until("the first outcomes reported", () -> size(outcomes) > 200 || summary.future().isComplete(), 60_000);
    assertThat(summary.future().isComplete()).as("the job ended before the kill: %s %s", summary.future().result(),
        summary.future().cause()).isFalse();
    server.destroyForcibly().waitFor(30, TimeUnit.SECONDS);   // SIGKILL

    // The job ends (no hang): it fails with a code, and every item has one outcome: the reported ones, then
    // UNKNOWN_OUTCOME for those sent and not reported back, NOT_SENT for the rest
    Throwable failure = summary.future().toCompletionStage().toCompletableFuture()
        .<Throwable>handle((r, thrown) -> thrown).get(120, TimeUnit.SECONDS);
    assertThat(failure).as("the summary of a job whose node died").isInstanceOf(BulkJobBrokenException.class);
    BulkJobBrokenException e = (BulkJobBrokenException) failure;
    assertThat(e.code()).as(e.getMessage()).contains(TimErrorCode.TIMEOUT);
    long reportedOk;
    long unknown;
    synchronized (outcomes) {
      assertThat(outcomes).as("one outcome per item").hasSize(ITEMS);
      reportedOk = outcomes.stream().filter(BulkOutcome::ok).count();
      unknown = outcomes.stream().filter(o -> o.errorCode() == TimErrorCode.UNKNOWN_OUTCOME.code()).count();
    }
    assertThat(reportedOk).as("items done before the kill").isPositive().isEqualTo(e.summary().ok());
    assertThat(unknown).as("items the kill left without an answer").isPositive().isEqualTo(e.unknownOutcomes());
    assertThat(e.summary().items()).isEqualTo(ITEMS);
    // every account the service applied is either reported OK or among the unknown ones: none is lost from view
    long applied = emulator.state().accountCount() - 1;   // the warm-up account
    assertThat(applied).isBetween(reportedOk, reportedOk + unknown);
    synchronized (outcomes) {
      Set<String> seen = new HashSet<>();
      for (BulkOutcome<JsonObject> o : outcomes) {
        String id = o.item().getString("UserID");
        assertThat(seen.add(id)).as("one outcome for %s", id).isTrue();
        if (o.ok()) {
          assertThat(emulator.state().hasAccount(id)).as("%s reported OK is imported", id).isTrue();
        } else if (o.errorCode() == TimErrorCode.NOT_SENT.code()) {
          assertThat(emulator.state().hasAccount(id)).as("%s reported not sent is not imported", id).isFalse();
        } else {
          assertThat(o.errorCode()).as("%s has a code", id).isNotZero();
        }
      }
    }
  }

  private static int size(List<BulkOutcome<JsonObject>> outcomes) {
    synchronized (outcomes) {
      return outcomes.size();
    }
  }
}
