package io.github.vertxtim.tests.emulator.callback;

import io.github.vertxtim.emulator.TimEmulatorOptions;
import io.github.vertxtim.emulator.impl.shared.EmulatorClock;
import io.github.vertxtim.emulator.impl.shared.ManualClock;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Alert.RequestOverLimit: once per rate window, when the calls pass 80 % of the endpoint's limit. */
class RequestOverLimitTest extends CallbackTestBase {

  private final ManualClock clock = new ManualClock(System.currentTimeMillis());

  @Override
  protected EmulatorClock emulatorClock() {
    return clock;
  }

  @Override
  protected TimEmulatorOptions emulatorOptions() {
    return super.emulatorOptions().setRateLimitEnabled(true).setRate("profile/portrait_get", 10);
  }

  @Test
  void theNinthCallOfTenPerSecondAlertsOnce() {
    importAccounts("alice");
    JsonObject get = new JsonObject().put("To_Account", new io.vertx.core.json.JsonArray().add("alice"))
        .put("TagList", new io.vertx.core.json.JsonArray().add("Tag_Profile_IM_Nick"));
    for (int i = 0; i < 8; i++) {
      call("profile/portrait_get", get);
    }
    assertThat(of("Alert.RequestOverLimit")).isEmpty();
    call("profile/portrait_get", get);
    call("profile/portrait_get", get);
    Received alert = await("Alert.RequestOverLimit", 1).get(0);
    assertThat(alert.body()).isEqualTo(new JsonObject().put("CallbackCommand", "Alert.RequestOverLimit")
        .put("ServiceName", "profile").put("Command", "portrait_get").put("Request", 9).put("Limit", 10));
    assertThat(alert.paramNames()).doesNotContain("ClientIP").contains("OptPlatform");
    clock.advance(java.time.Duration.ofSeconds(1));
    for (int i = 0; i < 9; i++) {
      call("profile/portrait_get", get);
    }
    assertThat(await("Alert.RequestOverLimit", 2)).hasSize(2);
  }
}
