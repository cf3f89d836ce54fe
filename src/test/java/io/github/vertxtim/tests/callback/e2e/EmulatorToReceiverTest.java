package io.github.vertxtim.tests.callback.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vertxtim.TimErrorCode;
import io.github.vertxtim.TimException;
import io.github.vertxtim.api.c2c.GetRoamMessagesRequest;
import io.github.vertxtim.api.c2c.GetRoamMessagesResult;
import io.github.vertxtim.api.c2c.SendMessageRequest;
import io.github.vertxtim.api.c2c.SendMessageResult;
import io.github.vertxtim.api.message.MsgBody;
import io.github.vertxtim.api.message.TextContent;
import io.github.vertxtim.callback.CallbackAnswer;
import io.github.vertxtim.callback.CallbackRequest;
import io.github.vertxtim.callback.TimCallbackReceiver;
import io.github.vertxtim.callback.TimCallbackReceiverOptions;
import io.github.vertxtim.callback.event.c2c.C2cAfterSendMsgEvent;
import io.github.vertxtim.callback.event.c2c.C2cBeforeSendMsgEvent;
import io.github.vertxtim.emulator.EmulatorCallbackOptions;
import io.github.vertxtim.emulator.TimEmulatorOptions;
import io.github.vertxtim.tests.Poll;
import io.github.vertxtim.tests.api.FamilyTestBase;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The whole loop on loopback: the emulator calls back as Tencent does (signed, with the documented bodies), the
 * project's receiver verifies and decodes, the app's handler decides, and the emulator honours the decision.
 */
class EmulatorToReceiverTest extends FamilyTestBase {

  private static final String TOKEN = "e2e-callback-token";
  /** The emulator sends every after-callback this many times, as Tencent may when it retries. */
  private static final int REPEAT = 3;

  /** What the app's before-send handler does; the test sets it. */
  private final AtomicReference<Function<CallbackRequest<C2cBeforeSendMsgEvent>, Future<CallbackAnswer>>> beforeSend =
      new AtomicReference<>(r -> Future.succeededFuture(r.allow()));
  private final Queue<C2cAfterSendMsgEvent> afterSend = new ConcurrentLinkedQueue<>();
  private TimCallbackReceiver receiver;
  private LoopbackReceiver server;

  @Override
  protected TimEmulatorOptions emulatorOptions() {
    receiver = TimCallbackReceiver.create(vertx, new TimCallbackReceiverOptions().setSdkAppId(SDK_APP_ID)
        .addToken(TOKEN).setAnswerBudgetMillis(1_500).setDedupeWindowSeconds(300));
    receiver.before(C2cBeforeSendMsgEvent.class, r -> beforeSend.get().apply(r));
    receiver.after(C2cAfterSendMsgEvent.class, r -> {
      afterSend.add(r.event());
      return Future.succeededFuture();
    });
    server = new LoopbackReceiver(vertx, receiver);
    return new TimEmulatorOptions().setRateLimitEnabled(false).setCallbacks(new EmulatorCallbackOptions()
        .setUrl(server.url).setToken(TOKEN).setRepeat(REPEAT));
  }

  /** No retries: a retried send would ask the before-callback again and blur what one call did. */
  @BeforeEach
  void accountsAndAPatientClient() throws Exception {
    useClientWithoutRetries();
    state().addAccount("alice");
    state().addAccount("bob");
  }

  @AfterEach
  void closeReceiver() throws Exception {
    server.close();
  }

  private Future<SendMessageResult> send(String text) {
    return client.c2c().sendMessage(SendMessageRequest.of("bob", MsgBody.text(text)).withFromAccount("alice"));
  }

  private List<GetRoamMessagesResult.Message> history() {
    return await(() -> client.c2c().getRoamMessages(GetRoamMessagesRequest.of("alice", "bob", 100, 0,
        Long.MAX_VALUE / 4))).messages();
  }

  private static String textOf(GetRoamMessagesResult.Message m) {
    return ((TextContent) m.msgBody().get(0).msgContent()).text();
  }

  @Test
  void aRejectingHandlerFailsTheTypedSendWith20006() {
    beforeSend.set(r -> Future.succeededFuture(r.reject()));
    awaitFailure(() -> send("no"), TimErrorCode.MSG_BLOCKED_BY_CALLBACK.code());
    assertThat(state().c2cMessageCount("alice", "bob")).isZero();
  }

  @Test
  void aCustomRejectReachesTheSenderWithItsCodeAndInfo() {
    beforeSend.set(r -> Future.succeededFuture(
        "alice".equals(r.event().fromAccount()) ? r.reject(120_042, "not on Sundays") : r.allow()));
    TimException e = awaitFailure(() -> send("no"), 120_042);
    assertThat(e.errorInfo()).isEqualTo("not on Sundays");
    assertThat(state().c2cMessageCount("alice", "bob")).isZero();
  }

  @Test
  void aRewriteIsWhatRoamingShowsAndWhatTheAfterCallbackCarries() {
    beforeSend.set(r -> Future.succeededFuture(r.rewrite(MsgBody.text("[redacted]"), null)));
    await(() -> send("my card number is 4111"));
    List<GetRoamMessagesResult.Message> seen = history();
    assertThat(seen).hasSize(1);
    assertThat(textOf(seen.get(0))).isEqualTo("[redacted]");
    Poll.until("the after-send callback", () -> !afterSend.isEmpty(), 10_000);
    assertThat(((TextContent) afterSend.peek().msgBody().get(0).msgContent()).text()).isEqualTo("[redacted]");
  }

  @Test
  void aHandlerSlowerThanTheBudgetGetsTheDefaultAnswerInsideTencentsTwoSeconds() {
    Promise<CallbackAnswer> never = Promise.promise();
    beforeSend.set(r -> never.future());
    long start = System.nanoTime();
    await(() -> send("slow"));
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    // the default decision (allow) was answered within the 1.5 s budget: the emulator, which waits 2 s as Tencent
    // does, got an answer, so the message went through on the receiver's decision, not on the emulator's timeout
    assertThat(receiver.stats().answeredByDefault()).isEqualTo(1);
    assertThat(state().c2cMessageCount("alice", "bob")).isEqualTo(1);
    assertThat(millis).as("the send took %d ms", millis).isLessThan(2_000 + 1_000);
  }

  @Test
  void afterCallbacksRepeatedByTheEmulatorReachTheAppOnceEach() {
    for (int i = 0; i < 5; i++) {
      String text = "m" + i;
      await(() -> send(text));
    }
    Poll.until("every repeat received", () -> receiver.stats().duplicatesDropped() >= 5L * (REPEAT - 1), 15_000);
    assertThat(afterSend).extracting(e -> ((TextContent) e.msgBody().get(0).msgContent()).text())
        .containsExactlyInAnyOrder("m0", "m1", "m2", "m3", "m4");
    assertThat(receiver.stats().duplicatesDropped()).isEqualTo(5L * (REPEAT - 1));
  }
}
