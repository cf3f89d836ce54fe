package io.github.vertxtim.tests.emulator.callback;

import io.github.vertxtim.TimErrorCode;
import io.github.vertxtim.emulator.EmulatorCallbackOptions;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The console's "reject on timeout": no usable answer refuses the action, before the deadline plus a little. */
class TimeoutRejectTest extends CallbackTestBase {

  static final long DEADLINE = 300;

  @Override
  EmulatorCallbackOptions callbackOptions() {
    return super.callbackOptions().setAnswerTimeoutMillis(DEADLINE)
        .setTimeoutPolicy(EmulatorCallbackOptions.TimeoutPolicy.REJECT);
  }

  @Test
  void aSilentBackendRejectsTheMessageWith80003() {
    importAccounts("alice", "bob");
    answers.put(C2cCallbackTest.BEFORE, b -> null);
    long start = System.nanoTime();
    awaitFailure(() -> client.call("openim", "sendmsg", new JsonObject().put("From_Account", "alice")
        .put("To_Account", "bob").put("MsgRandom", 1).put("MsgBody", text("late"))),
        TimErrorCode.PRE_SEND_CALLBACK_FAILED.code());
    assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(DEADLINE + 1_500);
    assertThat(state().c2cMessageCount("alice", "bob")).isZero();
  }

  @Test
  void anErrorStatusRejectsGroupCreationWith10016() {
    importAccounts("owner");
    answers.put("Group.CallbackBeforeCreateGroup", b -> null);
    awaitFailure(() -> client.call("group_open_http_svc", "create_group", new JsonObject()
        .put("Owner_Account", "owner").put("Type", "Public").put("Name", "g")),
        TimErrorCode.GROUP_REFUSED_BY_CALLBACK.code());
    assertThat(state().groupCount()).isZero();
  }
}
