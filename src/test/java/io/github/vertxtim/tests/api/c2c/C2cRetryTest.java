package io.github.vertxtim.tests.api.c2c;

import io.github.vertxtim.TimClient;
import io.github.vertxtim.api.c2c.BatchSendMessagesRequest;
import io.github.vertxtim.api.c2c.BatchSendMessagesResult;
import io.github.vertxtim.api.c2c.SendMessageRequest;
import io.github.vertxtim.api.c2c.SendMessageResult;
import io.github.vertxtim.api.message.MsgBody;
import io.github.vertxtim.emulator.EmulatorFaults;
import io.github.vertxtim.tests.Poll;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An unknown outcome: the emulator's slow fault processes the request, then trickles the answer past the client's
 * deadline. The client retries with the same MsgRandom (registry MSG_RANDOM), and the emulator recognises the
 * repeat: one message stored, and the retry answers the first attempt's MsgKey.
 */
class C2cRetryTest extends C2cTestBase {

  private TimClient retrying;

  @BeforeEach
  void setUp() {
    accounts("alice", "bob", "carol");
    retrying = TimClient.create(vertx, clientOptions().setTimeoutMillis(3300).setMaxRetries(2)
        .setRetryInitialBackoffMillis(10).setRetryMaxBackoffMillis(50));
  }

  @AfterEach
  void tearDown() {
    if (retrying != null) {
      retrying.close().await();
    }
  }

  /** Starts the call with every answer slow, and lets answers through once the first attempt has arrived. */
  private <T> T firstAttemptLost(String path, Function<TimClient, Future<T>> call) {
    emulator.setFaults(EmulatorFaults.NONE.withSlowRatio(1).withSlowMillis(10_000));
    Promise<T> result = Promise.promise();
    vertx.getOrCreateContext().runOnContext(v -> call.apply(retrying).onComplete(result));
    Poll.until("the first attempt reaches the emulator", () -> emulator.stats().requests(path) >= 1, 20_000);
    emulator.setFaults(EmulatorFaults.NONE);
    return result.future().toCompletionStage().toCompletableFuture().join();
  }

  @Test
  void aRetriedSendIsStoredOnceAndAnswersTheSameMsgKey() {
    SendMessageResult r = firstAttemptLost("openim/sendmsg", c -> c.c2c().sendMessage(
        SendMessageRequest.of("bob", MsgBody.text("exactly once")).withFromAccount("alice")));
    assertThat(emulator.stats().requests("openim/sendmsg")).as("the lost attempt and its retry").isEqualTo(2);
    assertThat(emulator.stats().faults("slow")).isEqualTo(1);
    assertThat(state().c2cMessageCount("alice", "bob")).isEqualTo(1);
    assertThat(history("bob", "alice")).singleElement().satisfies(m -> {
      assertThat(m.msgKey()).isEqualTo(r.msgKey());
      assertThat(text(m)).isEqualTo("exactly once");
    });
  }

  @Test
  void aRetriedBatchReachesEachRecipientOnce() {
    BatchSendMessagesResult r = firstAttemptLost("openim/batchsendmsg", c -> c.c2c().batchSendMessages(
        BatchSendMessagesRequest.of(List.of("bob", "carol"), MsgBody.text("to both")).withFromAccount("alice")));
    assertThat(emulator.stats().requests("openim/batchsendmsg")).isEqualTo(2);
    assertThat(r.errors()).isEmpty();
    assertThat(state().c2cMessageCount("alice", "bob")).isEqualTo(1);
    assertThat(state().c2cMessageCount("alice", "carol")).isEqualTo(1);
    assertThat(history("carol", "alice")).singleElement()
        .satisfies(m -> assertThat(m.msgKey()).isEqualTo(r.msgKey()));
  }
}
