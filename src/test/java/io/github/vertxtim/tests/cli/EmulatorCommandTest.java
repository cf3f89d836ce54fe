package io.github.vertxtim.tests.cli;

import io.github.vertxtim.tests.Poll;
import io.github.vertxtim.cli.TimCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code tim emulator}: option validation, and a running emulator that {@code tim call} reaches. */
@Timeout(30)
class EmulatorCommandTest {

  @Test
  void badRatioIsUsageError() {
    Cli.Result r = Cli.run(Map.of(), "emulator", "--fail-502", "1.5");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("--fail-502 must be between 0 and 1");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void otherBadValuesAreUsageErrors() {
    assertUsage("--reset must be between 0 and 1", "--reset", "-0.1");
    assertUsage("add up to more than 1", "--throttle", "0.6", "--slow", "0.6");
    assertUsage("--latency-ms must be >= 0", "--latency-ms", "-5");
    assertUsage("port must be 0..65535", "--port", "70000");
    assertUsage("sdkAppId must be > 0", "--sdkappid", "0");
    assertUsage("Invalid value for option '--slow'", "--slow", "lots");
    assertUsage("Unknown option: '--bogus'", "--bogus");
  }

  @Test
  void portInUseFailsWithExitOne() throws Exception {
    try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      Cli.Result r = Cli.run(Map.of(), "emulator", "--port", String.valueOf(taken.getLocalPort()));
      assertThat(r.exit()).as(r.toString()).isEqualTo(1);
      assertThat(r.err()).contains("cannot start the emulator on 127.0.0.1:" + taken.getLocalPort())
          .contains("BindException");
      assertThat(r.out()).isEmpty();
    }
  }

  @Test
  void callbackFlagsAreChecked(@TempDir Path dir) throws Exception {
    assertUsage("--callback-commands: unknown callback command 'C2C.Nope'; valid: Alert.RequestOverLimit, "
        + "Bot.OnC2CMessage", "--callback-url", "http://127.0.0.1:9/cb", "--callback-commands",
        "C2C.CallbackBeforeSendMsg,C2C.Nope");
    assertUsage("--callback-url: the callback URL must start with http:// or https://", "--callback-url", "ftp://x");
    assertUsage("--callback-repeat: repeat must be 1..10", "--callback-url", "http://127.0.0.1:9/cb",
        "--callback-repeat", "0");
    assertUsage("need --callback-url", "--callback-commands", "C2C.CallbackBeforeSendMsg");
    Path token = dir.resolve("token");
    Files.writeString(token, "  \n");
    assertUsage("--callback-token-file: " + token + " is empty", "--callback-url", "http://127.0.0.1:9/cb",
        "--callback-token-file", token.toString());
  }

  @Test
  void emptyKeyFileIsUsageError(@TempDir Path dir) throws Exception {
    Path key = dir.resolve("empty.key");
    Files.writeString(key, "\n");
    assertUsage("is empty", "--secret-key-file", key.toString());
  }

  private static void assertUsage(String message, String... args) {
    String[] all = new String[args.length + 1];
    all[0] = "emulator";
    System.arraycopy(args, 0, all, 1, args.length);
    Cli.Result r = Cli.run(Map.of(), all);
    assertThat(r.exit()).as(r.toString()).isEqualTo(2);
    assertThat(r.err()).contains(message);
  }

  /** A running emulator command, stopped through {@link TimCli#stop()} (what the SIGTERM hook does). */
  static final class Running implements AutoCloseable {
    final TimCli cli = new TimCli(Map.of(), new ByteArrayInputStream(new byte[0]));
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();
    final CompletableFuture<Integer> exit;

    Running(String... args) {
      exit = CompletableFuture.supplyAsync(() ->
          cli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args));
    }

    List<String> waitForLines(int n) throws InterruptedException {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
      while (System.nanoTime() < deadline) {
        List<String> lines = out.toString().lines().toList();
        if (lines.size() >= n) {
          return lines;
        }
        if (exit.isDone()) {
          throw new AssertionError("emulator command ended: " + exit.join() + "\n" + out + err);
        }
        Thread.sleep(20);
      }
      throw new AssertionError("no output within 15 s: " + out + err);
    }

    int stop() throws Exception {
      cli.stop();
      return exit.get(15, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
      cli.stop();
    }
  }

  /** {@code export A=1 B=2} as a map. */
  static Map<String, String> exports(String line) {
    assertThat(line).startsWith("export ");
    Map<String, String> env = new HashMap<>();
    for (String kv : line.substring("export ".length()).trim().split("\\s+")) {
      int eq = kv.indexOf('=');
      env.put(kv.substring(0, eq), kv.substring(eq + 1));
    }
    return env;
  }

  @Test
  void servesUntilStoppedAndPrintsWhatACallNeeds() throws Exception {
    try (Running emu = new Running("emulator", "--sdkappid", "1400000999", "--admin", "ops_admin")) {
      List<String> lines = emu.waitForLines(3);
      assertThat(lines.get(0)).matches("TIM emulator listening on http://127\\.0\\.0\\.1:\\d+");
      assertThat(lines.stream().filter(l -> l.startsWith("TIM emulator listening on"))).hasSize(1);
      assertThat(lines.get(1)).startsWith("#").contains("throwaway");
      Map<String, String> env = exports(lines.get(2));
      assertThat(env).containsEntry("TIM_SDKAPPID", "1400000999").containsEntry("TIM_ADMIN", "ops_admin")
          .containsEntry("TIM_ENDPOINT", lines.get(0).substring("TIM emulator listening on ".length()));
      assertThat(env.get("TIM_SECRET_KEY")).matches("[0-9a-f]{64}");

      Cli.Result call = Cli.run(env, "call", "im_open_login_svc/account_import", "{\"UserID\":\"zoe\"}");
      assertThat(call.exit()).as(call.toString()).isZero();
      Cli.Result check = Cli.run(env, "call", "im_open_login_svc/account_check", "{\"CheckItem\":[{\"UserID\":\"zoe\"}]}");
      assertThat(check.out()).contains("\"AccountStatus\" : \"Imported\"");

      assertThat(emu.stop()).isZero();
      assertThat(emu.err.toString()).contains("stopping the emulator (2 requests served)");
    }
  }

  @Test
  void withKeyFileTheKeyIsNotPrinted(@TempDir Path dir) throws Exception {
    String key = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
    Path keyFile = dir.resolve("tim.key");
    Files.writeString(keyFile, key + "\n");
    try (Running emu = new Running("emulator", "--secret-key-file", keyFile.toString(), "--latency-ms", "1",
        "--reset", "0", "--no-rate-limit")) {
      List<String> lines = emu.waitForLines(1);
      Thread.sleep(200);
      assertThat(emu.out.toString().lines()).hasSize(1);
      assertThat(emu.out.toString() + emu.err).doesNotContain(key);
      assertThat(emu.err.toString()).contains("TIM_SECRET_KEY_FILE=" + keyFile).contains("rate limits off");

      Map<String, String> env = Map.of("TIM_ENDPOINT", lines.get(0).substring("TIM emulator listening on ".length()),
          "TIM_SDKAPPID", "1400000000", "TIM_SECRET_KEY_FILE", keyFile.toString());
      Cli.Result call = Cli.run(env, "call", "group_open_http_svc/get_appid_group_list");
      assertThat(call.exit()).as(call.toString()).isZero();
      assertThat(emu.stop()).isZero();
    }
  }

  @Test
  void startsWithSeededAccountsAndGroupsSoTheExportExampleWorks() throws Exception {
    try (Running emu = new Running("emulator", "--accounts", "3", "--groups", "5:Public", "--groups", "2:AVChatRoom",
        "--seed", "42", "--disable", "FOLLOW")) {
      List<String> lines = emu.waitForLines(3);
      Map<String, String> env = exports(lines.get(2));
      Poll.until("start line", () -> emu.err.toString().contains("Ctrl-C"), 10_000);
      assertThat(emu.err.toString()).contains("seeded with 3 accounts and 7 groups").contains("features off [FOLLOW]");

      Cli.Result check = Cli.run(env, "call", "im_open_login_svc/account_check",
          "{\"CheckItem\":[{\"UserID\":\"user000001\"},{\"UserID\":\"user000003\"},{\"UserID\":\"user000004\"}]}");
      assertThat(check.out()).containsSubsequence("\"Imported\"", "\"Imported\"", "\"NotImported\"");
      Cli.Result export = Cli.run(env, "export-groups", "--type", "Public");
      assertThat(export.exit()).as(export.toString()).isZero();
      assertThat(export.out().lines()).hasSize(5);
      assertThat(emu.stop()).isZero();
    }
  }

  @Test
  void declaredCustomProfileFieldsAreTheOnlyOnesAccepted() throws Exception {
    try (Running emu = new Running("emulator", "--accounts", "1", "--profile-custom-fields", "Hobby")) {
      List<String> lines = emu.waitForLines(3);
      Map<String, String> env = exports(lines.get(2));
      Cli.Result declared = Cli.run(env, "call", "profile/portrait_set", "{\"From_Account\":\"user000001\","
          + "\"ProfileItem\":[{\"Tag\":\"Tag_Profile_Custom_Hobby\",\"Value\":\"chess\"}]}");
      assertThat(declared.exit()).as(declared.toString()).isZero();
      Cli.Result undeclared = Cli.run(env, "call", "profile/portrait_set", "{\"From_Account\":\"user000001\","
          + "\"ProfileItem\":[{\"Tag\":\"Tag_Profile_Custom_Pet\",\"Value\":\"cat\"}]}");
      assertThat(undeclared.exit()).isEqualTo(1);
      assertThat(undeclared.err()).contains("ErrorCode 40009");
      assertThat(emu.stop()).isZero();
    }
  }

  @Test
  void badSeedDataIsAUsageError() {
    assertUsage("--groups must be N or N:TYPE", "--groups", "many");
    assertUsage("--groups: unknown type 'Club'", "--groups", "3:Club");
    assertUsage("--accounts must be >= 0", "--accounts", "-1");
    assertUsage("Invalid value for option '--disable'", "--disable", "TELEPORT");
  }

  @Test
  void theKeyFileIsExportedWithItsAbsolutePath(@TempDir Path dir) throws Exception {
    Path keyFile = dir.resolve("tim.key");
    Files.writeString(keyFile, "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\n");
    Path relative = Path.of("").toAbsolutePath().relativize(keyFile);
    try (Running emu = new Running("emulator", "--secret-key-file", relative.toString())) {
      emu.waitForLines(1);
      Poll.until("export line", () -> emu.err.toString().contains("TIM_SECRET_KEY_FILE="), 10_000);
      assertThat(emu.err.toString()).contains("TIM_SECRET_KEY_FILE=" + keyFile.toAbsolutePath());
      assertThat(emu.stop()).isZero();
    }
  }
}
