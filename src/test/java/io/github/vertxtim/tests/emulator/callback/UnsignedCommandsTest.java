package io.github.vertxtim.tests.emulator.callback;

import io.github.vertxtim.emulator.EmulatorCallbackOptions;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Without a token no Sign/RequestTime; only the ticked commands are sent. */
class UnsignedCommandsTest extends CallbackTestBase {

  @Override
  EmulatorCallbackOptions callbackOptions() {
    return new EmulatorCallbackOptions().setCommands(List.of(C2cCallbackTest.AFTER));
  }

  @Test
  void onlyTheTickedCommandArrivesUnsigned() {
    importAccounts("alice", "bob");
    call("openim/sendmsg", new JsonObject().put("From_Account", "alice").put("To_Account", "bob")
        .put("MsgRandom", 1).put("MsgBody", text("plain")));
    Received after = await(C2cCallbackTest.AFTER, 1).get(0);
    assertThat(after.paramNames()).containsExactly("SdkAppid", "CallbackCommand", "contenttype", "ClientIP",
        "OptPlatform");
    assertThat(received).extracting(Received::command).containsExactly(C2cCallbackTest.AFTER);
  }
}
