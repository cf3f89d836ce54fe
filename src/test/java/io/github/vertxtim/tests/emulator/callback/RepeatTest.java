package io.github.vertxtim.tests.emulator.callback;

import io.github.vertxtim.emulator.EmulatorCallbackOptions;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** repeat N: every after-callback arrives N times (for de-duplication tests); before-callbacks once. */
class RepeatTest extends CallbackTestBase {

  @Override
  EmulatorCallbackOptions callbackOptions() {
    return super.callbackOptions().setRepeat(3);
  }

  @Test
  void eachAfterCallbackArrivesThreeTimes() {
    importAccounts("alice", "bob");
    call("openim/sendmsg", new JsonObject().put("From_Account", "alice").put("To_Account", "bob")
        .put("MsgRandom", 1).put("MsgBody", text("echo")));
    assertThat(await(C2cCallbackTest.AFTER, 3)).extracting(r -> r.body().getString("MsgKey")).containsOnly(
        of(C2cCallbackTest.AFTER).get(0).body().getString("MsgKey"));
    assertThat(of(C2cCallbackTest.BEFORE)).hasSize(1);
    assertThat(emulator.stats().callbacksSent()).isEqualTo(4);
  }
}
