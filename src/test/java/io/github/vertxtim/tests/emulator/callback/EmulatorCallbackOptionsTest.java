package io.github.vertxtim.tests.emulator.callback;

import io.github.vertxtim.emulator.EmulatorCallbackOptions;
import io.github.vertxtim.emulator.TimEmulatorOptions;
import io.github.vertxtim.registry.CallbackRegistry;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The options: defaults, JSON round trip, the token never shown, commands checked against the registry. */
class EmulatorCallbackOptionsTest {

  @Test
  void defaultsFollowTheDocuments() {
    EmulatorCallbackOptions o = new EmulatorCallbackOptions();
    assertThat(o.isEnabled()).isFalse();
    assertThat(o.getAnswerTimeoutMillis()).isEqualTo(2_000);
    assertThat(o.getTimeoutPolicy()).isEqualTo(EmulatorCallbackOptions.TimeoutPolicy.ALLOW);
    assertThat(o.getRepeat()).isEqualTo(1);
    assertThat(o.isRetryOnTimeout()).isFalse();
    assertThat(CallbackRegistry.defaultRegistry().commands()).allSatisfy(c ->
        assertThat(o.isCommandEnabled(c.command())).isTrue());
  }

  @Test
  void jsonRoundTripKeepsEverythingAndToStringHidesTheToken() {
    EmulatorCallbackOptions o = new EmulatorCallbackOptions().setUrl("https://backend.example/cb")
        .setToken("s3cr3t-token").setCommands(List.of("C2C.CallbackAfterSendMsg")).setAnswerTimeoutMillis(500)
        .setTimeoutPolicy(EmulatorCallbackOptions.TimeoutPolicy.REJECT).setRepeat(3).setRetryOnTimeout(true)
        .setMaxInFlight(8);
    EmulatorCallbackOptions copy = new EmulatorCallbackOptions(o.toJson());
    assertThat(copy.toJson()).isEqualTo(o.toJson());
    assertThat(copy.isCommandEnabled("C2C.CallbackBeforeSendMsg")).isFalse();
    assertThat(o.toString()).doesNotContain("s3cr3t-token").contains("***");
    TimEmulatorOptions emulator = new TimEmulatorOptions().setCallbacks(o);
    assertThat(new TimEmulatorOptions(emulator.toJson()).getCallbacks().toJson()).isEqualTo(o.toJson());
    assertThat(emulator.toString()).doesNotContain("s3cr3t-token");
  }

  @Test
  void badValuesFailAtOnce() {
    assertThatThrownBy(() -> new EmulatorCallbackOptions().setCommands(List.of("C2C.Nope")))
        .hasMessageContaining("unknown callback command 'C2C.Nope'").hasMessageContaining("Push.AllMemberPush");
    assertThatThrownBy(() -> new EmulatorCallbackOptions().setUrl("ftp://x")).hasMessageContaining("http://");
    assertThatThrownBy(() -> new EmulatorCallbackOptions().setToken("")).hasMessageContaining("empty");
    assertThatThrownBy(() -> new EmulatorCallbackOptions().setRepeat(11)).hasMessageContaining("1..10");
  }
}
