package io.github.vertxtim.tests.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code tim emulator --state FILE}: what one run imported, the next run started from the file still has. */
@Timeout(60)
class EmulatorStateCommandTest {

  @Test
  void aSecondRunFromTheStateFileHasTheFirstRunsAccounts(@TempDir Path dir) throws Exception {
    Path key = dir.resolve("tim.key");
    Files.writeString(key, "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\n");
    Path state = dir.resolve("state.json");
    try (EmulatorCommandTest.Running emu = new EmulatorCommandTest.Running("emulator", "--secret-key-file",
        key.toString(), "--state", state.toString())) {
      Map<String, String> env = env(emu.waitForLines(1).get(0), key);
      Cli.Result call = Cli.run(env, "call", "im_open_login_svc/account_import", "{\"UserID\":\"kept\"}");
      assertThat(call.exit()).as(call.toString()).isZero();
      assertThat(emu.stop()).isZero();
    }
    assertThat(state).exists();
    try (EmulatorCommandTest.Running emu = new EmulatorCommandTest.Running("emulator", "--secret-key-file",
        key.toString(), "--state", state.toString(), "--state-save-interval", "1h")) {
      Map<String, String> env = env(emu.waitForLines(1).get(0), key);
      Cli.Result check = Cli.run(env, "call", "im_open_login_svc/account_check",
          "{\"CheckItem\":[{\"UserID\":\"kept\"}]}");
      assertThat(check.out()).contains("\"AccountStatus\" : \"Imported\"");
      assertThat(emu.stop()).isZero();
    }
  }

  @Test
  void aDamagedStateFileStopsTheStartAndAnIntervalNeedsAFile(@TempDir Path dir) throws Exception {
    Path state = dir.resolve("state.json");
    Files.writeString(state, "{\"format\":\"vertx-tim-emulator-state\",\"version\":9}");
    Cli.Result r = Cli.run(Map.of(), "emulator", "--state", state.toString());
    assertThat(r.exit()).as(r.toString()).isEqualTo(1);
    assertThat(r.err()).contains("cannot load the emulator state").contains("version 9");

    Cli.Result usage = Cli.run(Map.of(), "emulator", "--state-save-interval", "10s");
    assertThat(usage.exit()).isEqualTo(2);
    assertThat(usage.err()).contains("--state-save-interval needs --state FILE");
  }

  private static Map<String, String> env(String listening, Path key) {
    return Map.of("TIM_ENDPOINT", listening.substring("TIM emulator listening on ".length()),
        "TIM_SDKAPPID", "1400000000", "TIM_SECRET_KEY_FILE", key.toString());
  }
}
