package io.github.vertxtim.tests.emulator.callback;

import io.github.vertxtim.emulator.EmulatorCallbackOptions;
import io.github.vertxtim.tests.Poll;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The in-flight cap: while one callback waits for its answer, after-callbacks are dropped and counted. */
class InFlightCapTest extends CallbackTestBase {

  @Override
  EmulatorCallbackOptions callbackOptions() {
    return super.callbackOptions().setMaxInFlight(1).setRepeat(3).setCommands(java.util.List.of(
        C2cCallbackTest.AFTER, C2cCallbackTest.BEFORE));
  }

  @Test
  void aFullCapDropsAfterCallbacksAndAnswersBeforeOnesByPolicy() {
    importAccounts("alice", "bob");
    answers.put(C2cCallbackTest.AFTER, b -> null);
    call("openim/sendmsg", new JsonObject().put("From_Account", "alice").put("To_Account", "bob")
        .put("MsgRandom", 1).put("MsgBody", text("one")));
    Poll.until("two copies dropped", () -> emulator.stats().callbacksDropped() == 2, 10_000);
    assertThat(await(C2cCallbackTest.AFTER, 1)).hasSize(1);

    // the one slot is still held: the next before-callback is not sent, the policy (allow) decides at once
    long start = System.nanoTime();
    call("openim/sendmsg", new JsonObject().put("From_Account", "alice").put("To_Account", "bob")
        .put("MsgRandom", 2).put("MsgBody", text("two")));
    assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(1_500);
    assertThat(of(C2cCallbackTest.BEFORE)).hasSize(1);
    assertThat(state().c2cMessageCount("alice", "bob")).isEqualTo(2);
    assertThat(emulator.stats().callbacksDropped()).isGreaterThanOrEqualTo(3);
  }
}
