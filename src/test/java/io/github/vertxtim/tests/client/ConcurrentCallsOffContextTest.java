package io.github.vertxtim.tests.client;

import io.github.vertxtim.TimClient;
import io.github.vertxtim.emulator.TimEmulatorOptions;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many calls started at once from threads that are not Vert.x threads (the JUnit thread and a plain executor
 * thread), each answered with a 100-item body: every answer must arrive whole. Vert.x 5.0.10 could lose the end of
 * a response when its body was asked for off the event loop ("HttpClientResponse body()/end() race", fixed in
 * 5.0.11); a lost end shows here as a call that times out or an answer with missing items.
 */
class ConcurrentCallsOffContextTest {

  private static final int CALLS_PER_THREAD = 1000;
  private static final int ITEMS = 100;

  private final Vertx vertx = Vertx.vertx();
  private final ExecutorService plainThread = Executors.newSingleThreadExecutor();
  private TimClient client;

  @BeforeEach
  void start() {
    EmulatorFixture fixture = EmulatorFixture.start(vertx, new TimEmulatorOptions().setRateLimitEnabled(false))
        .await();
    client = TimClient.create(vertx, fixture.clientOptions()
        .setPoolSize(16)
        .setMaxWaitQueueSize(4 * CALLS_PER_THREAD)
        // a lost response end must fail the call, not be hidden by a retry; the deadline only bounds a hang
        .setMaxRetries(0)
        .setTimeoutMillis(60_000));
  }

  @AfterEach
  void stop() {
    plainThread.shutdownNow();
    vertx.close().await();
  }

  private static List<String> ids(String thread, int call) {
    List<String> ids = new ArrayList<>(ITEMS);
    for (int k = 0; k < ITEMS; k++) {
      ids.add(thread + "-" + call + "-" + k);
    }
    return ids;
  }

  private List<Future<JsonObject>> startCalls(String thread) {
    List<Future<JsonObject>> answers = new ArrayList<>(CALLS_PER_THREAD);
    for (int i = 0; i < CALLS_PER_THREAD; i++) {
      JsonArray items = new JsonArray();
      ids(thread, i).forEach(id -> items.add(new JsonObject().put("UserID", id)));
      answers.add(client.call("im_open_login_svc", "account_check", new JsonObject().put("CheckItem", items)));
    }
    return answers;
  }

  @Test
  void everyAnswerToCallsStartedOffVertxThreadsArrivesWhole() throws Exception {
    assertThat(Vertx.currentContext()).as("the JUnit thread is no Vert.x thread").isNull();
    java.util.concurrent.Future<List<Future<JsonObject>>> fromPlainThread = plainThread.submit(() -> {
      assertThat(Vertx.currentContext()).isNull();
      return startCalls("plain");
    });
    List<Future<JsonObject>> fromJunit = startCalls("junit");

    assertAllWhole("junit", fromJunit);
    assertAllWhole("plain", fromPlainThread.get());
  }

  private static void assertAllWhole(String thread, List<Future<JsonObject>> answers) {
    Future.join(answers).otherwiseEmpty().await();
    for (int i = 0; i < answers.size(); i++) {
      Future<JsonObject> answer = answers.get(i);
      assertThat(answer.cause()).as("call %s-%d", thread, i).isNull();
      JsonArray items = answer.result().getJsonArray("ResultItem");
      List<String> userIds = new ArrayList<>();
      items.forEach(item -> userIds.add(((JsonObject) item).getString("UserID")));
      assertThat(userIds).as("items of call %s-%d", thread, i).containsExactlyInAnyOrderElementsOf(ids(thread, i));
    }
  }
}
