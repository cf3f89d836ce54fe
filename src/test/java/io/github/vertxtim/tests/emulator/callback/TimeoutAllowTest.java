package io.github.vertxtim.tests.emulator.callback;

import io.github.vertxtim.emulator.EmulatorCallbackOptions;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A before-callback without an answer: the default policy (allow) lets the message through at the deadline. */
class TimeoutAllowTest extends CallbackTestBase {

  static final long DEADLINE = 300;

  @Override
  EmulatorCallbackOptions callbackOptions() {
    return super.callbackOptions().setAnswerTimeoutMillis(DEADLINE);
  }

  @Test
  void aSilentBackendMeansAllowAfterTheDeadline() {
    importAccounts("alice", "bob");
    answers.put(C2cCallbackTest.BEFORE, b -> null);
    long start = System.nanoTime();
    call("openim/sendmsg", new JsonObject().put("From_Account", "alice").put("To_Account", "bob")
        .put("MsgRandom", 1).put("MsgBody", text("late")));
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertThat(millis).isGreaterThanOrEqualTo(DEADLINE).isLessThan(DEADLINE + 1_500);
    assertThat(state().c2cMessageCount("alice", "bob")).isEqualTo(1);
    assertThat(await(C2cCallbackTest.AFTER, 1)).hasSize(1);
    assertThat(emulator.stats().callbacksFailed()).isEqualTo(1);
    assertThat(of(C2cCallbackTest.BEFORE)).as("before-callbacks are never retried").hasSize(1);
  }

  @Test
  void aNonJsonAnswerOrAnErrorStatusIsAFailureToo() {
    importAccounts("alice", "bob");
    answers.put(C2cCallbackTest.BEFORE, b -> "this is not JSON");
    call("openim/sendmsg", new JsonObject().put("From_Account", "alice").put("To_Account", "bob")
        .put("MsgRandom", 1).put("MsgBody", text("one")));
    assertThat(state().c2cMessageCount("alice", "bob")).isEqualTo(1);
    assertThat(emulator.stats().callbacksFailed()).isEqualTo(1);
  }
}
