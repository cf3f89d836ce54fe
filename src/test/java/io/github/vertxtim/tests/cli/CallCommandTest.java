package io.github.vertxtim.tests.cli;

import io.github.vertxtim.emulator.EmulatorFaults;
import io.github.vertxtim.emulator.TimEmulator;
import io.github.vertxtim.emulator.TimEmulatorOptions;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code tim call} against an emulator started in the test, credentials injected as an environment map. */
@Timeout(30)
class CallCommandTest {

  static final long APP_ID = 1_400_000_777L;
  static final String KEY = "6c1f0a3e9b7d4c2a8e5f1b3d7a9c0e2f4b6d8a1c3e5f7092b4d6f8a0c2e4f6a8";

  static Vertx vertx;
  static TimEmulator emulator;

  @BeforeAll
  static void startEmulator() {
    vertx = Vertx.vertx();
    emulator = TimEmulator.create(vertx, new TimEmulatorOptions().setSdkAppId(APP_ID).setSecretKey(KEY)
        .setRateLimitEnabled(false));
    emulator.start().await();
  }

  @AfterAll
  static void stopEmulator() {
    emulator.close().await();
    vertx.close().await();
  }

  static Map<String, String> env() {
    Map<String, String> env = new HashMap<>();
    env.put("TIM_ENDPOINT", emulator.baseUrl());
    env.put("TIM_SDKAPPID", String.valueOf(APP_ID));
    env.put("TIM_SECRET_KEY", KEY);
    return env;
  }

  @Test
  void successPrintsAnswerJsonAndExitsZero() {
    Cli.Result r = Cli.run(env(), "call", "im_open_login_svc/account_import", "{\"UserID\":\"alice\"}");

    assertThat(r.exit()).as(r.toString()).isZero();
    JsonObject answer = new JsonObject(r.out());
    assertThat(answer.getString("ActionStatus")).isEqualTo("OK");
    assertThat(answer.getInteger("ErrorCode")).isZero();
    assertThat(r.out()).contains("\n  \"ActionStatus\"");  // pretty-printed
    assertThat(r.err()).isEmpty();
    assertThat(emulator.state().hasAccount("alice")).isTrue();
  }

  @Test
  void answerFieldsArePrinted() {
    Cli.run(env(), "call", "im_open_login_svc/account_import", "{\"UserID\":\"dora\"}");
    Cli.Result r = Cli.run(env(), "call", "--compact", "im_open_login_svc/account_check",
        "{\"CheckItem\":[{\"UserID\":\"dora\"},{\"UserID\":\"nobody_here\"}]}");

    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(r.out().strip()).doesNotContain("\n");
    JsonObject answer = new JsonObject(r.out());
    assertThat(answer.getJsonArray("ResultItem")).hasSize(2);
    assertThat(answer.getJsonArray("ResultItem").getJsonObject(0).getString("AccountStatus")).isEqualTo("Imported");
    assertThat(answer.getJsonArray("ResultItem").getJsonObject(1).getString("AccountStatus")).isEqualTo("NotImported");
  }

  @Test
  void failAnswerExitsOneWithCodeOnStderr() {
    Cli.Result r = Cli.run(env(), "call", "im_open_login_svc/kick", "{\"UserID\":\"ghost_account\"}");

    assertThat(r.exit()).as(r.toString()).isEqualTo(1);
    assertThat(r.err()).startsWith("ErrorCode 70107 (ACCOUNT_NOT_IMPORTED): ");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void verboseShowsEachFailedAttemptAndRetryAsItHappens() {
    emulator.setFaults(EmulatorFaults.NONE.withFail502Ratio(1.0));
    try {
      Cli.Result r = Cli.run(env(), "call", "-v", "im_open_login_svc/account_check",
          "{\"CheckItem\":[{\"UserID\":\"x\"}]}");
      assertThat(r.exit()).as(r.toString()).isEqualTo(1);
      assertThat(r.err()).containsPattern("tim: attempt 1 failed after \\d+ ms: ErrorCode -3 \\(HTTP_STATUS_ERROR\\)")
          .containsPattern("retrying in \\d+ ms")
          .containsPattern("tim: attempt 4 failed after \\d+ ms: .*; giving up")
          .doesNotContain(KEY).doesNotContain("usersig=");
    } finally {
      emulator.setFaults(EmulatorFaults.NONE);
    }
  }

  @Test
  void noBodyMeansEmptyObject() {
    long before = emulator.stats().requests("group_open_http_svc/get_appid_group_list");
    Cli.Result r = Cli.run(env(), "call", "group_open_http_svc/get_appid_group_list");

    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(new JsonObject(r.out()).containsKey("GroupIdList")).isTrue();
    assertThat(emulator.stats().requests("group_open_http_svc/get_appid_group_list")).isEqualTo(before + 1);
  }

  @Test
  void leadingV4IsAccepted() {
    Cli.Result r = Cli.run(env(), "call", "/v4/group_open_http_svc/get_appid_group_list", "{}");
    assertThat(r.exit()).as(r.toString()).isZero();
  }

  @Test
  void bodyFromFile(@TempDir Path dir) throws Exception {
    Path body = dir.resolve("body.json");
    Files.writeString(body, "{\n  \"UserID\": \"bob\"\n}\n");

    Cli.Result r = Cli.run(env(), "call", "im_open_login_svc/account_import", "@" + body);

    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(emulator.state().hasAccount("bob")).isTrue();
  }

  @Test
  void missingBodyFileIsUsageError(@TempDir Path dir) {
    Cli.Result r = Cli.run(env(), "call", "im_open_login_svc/account_import", "@" + dir.resolve("nope.json"));

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("cannot read the body file").contains("nope.json");
  }

  @Test
  void bodyFromStdin() {
    Cli.Result r = Cli.runWithStdin(env(), "{\"UserID\":\"carol\"}\n", "call", "im_open_login_svc/account_import", "-");

    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(emulator.state().hasAccount("carol")).isTrue();
  }

  @Test
  void invalidJsonIsUsageErrorAndSendsNothing() {
    long before = emulator.stats().requests();
    Cli.Result r = Cli.run(env(), "call", "im_open_login_svc/account_import", "{\"UserID\":");

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).startsWith("tim: invalid JSON body from the argument");
    assertThat(r.out()).isEmpty();
    assertThat(emulator.stats().requests()).isEqualTo(before);
  }

  @Test
  void nonObjectJsonAndEmptyStdinAreUsageErrors() {
    Cli.Result array = Cli.run(env(), "call", "im_open_login_svc/account_import", "[1,2]");
    assertThat(array.exit()).isEqualTo(2);
    assertThat(array.err()).contains("must be a JSON object");

    Cli.Result empty = Cli.runWithStdin(env(), "  \n", "call", "im_open_login_svc/account_import", "-");
    assertThat(empty.exit()).isEqualTo(2);
    assertThat(empty.err()).contains("invalid JSON body from stdin").contains("empty");
  }

  @Test
  void badPathIsUsageError() {
    Cli.Result r = Cli.run(env(), "call", "account_import", "{}");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("expected SERVICE/COMMAND");
  }

  @Test
  void missingSdkAppIdIsUsageErrorWithMessage() {
    Map<String, String> env = env();
    env.remove("TIM_SDKAPPID");
    long before = emulator.stats().requests();

    Cli.Result r = Cli.run(env, "call", "im_open_login_svc/account_import", "{\"UserID\":\"x\"}");

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("TIM_SDKAPPID is not set");
    assertThat(emulator.stats().requests()).isEqualTo(before);
  }

  @Test
  void otherEnvironmentProblemsAreUsageErrors() {
    Map<String, String> noKey = env();
    noKey.remove("TIM_SECRET_KEY");
    assertUsage(noKey, "no secret key: set TIM_SECRET_KEY");

    Map<String, String> badRegion = env();
    badRegion.remove("TIM_ENDPOINT");
    badRegion.put("TIM_REGION", "atlantis");
    assertUsage(badRegion, "TIM_REGION: Unknown region 'atlantis'");

    Map<String, String> badAppId = env();
    badAppId.put("TIM_SDKAPPID", "14000abc");
    assertUsage(badAppId, "TIM_SDKAPPID must be a positive number");

    Map<String, String> plainHttp = env();
    plainHttp.put("TIM_ENDPOINT", "http://tim.example.com");
    assertUsage(plainHttp, "clear text");
  }

  private static void assertUsage(Map<String, String> env, String message) {
    Cli.Result r = Cli.run(env, "call", "group_open_http_svc/get_appid_group_list");
    assertThat(r.exit()).as(r.toString()).isEqualTo(2);
    assertThat(r.err()).contains(message);
    assertThat(r.all()).doesNotContain(KEY);
  }

  @Test
  void keyFromFileIsTrimmed(@TempDir Path dir) throws Exception {
    Path keyFile = dir.resolve("tim.key");
    Files.writeString(keyFile, "  " + KEY + "\n");
    Map<String, String> env = env();
    env.remove("TIM_SECRET_KEY");
    env.put("TIM_SECRET_KEY_FILE", keyFile.toString());

    Cli.Result r = Cli.run(env, "call", "im_open_login_svc/account_import", "{\"UserID\":\"erin\"}");

    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(emulator.state().hasAccount("erin")).isTrue();
  }

  @Test
  void credentialsAreNotCommandLineOptions() {
    Cli.Result r = Cli.run(env(), "call", "--secret-key", KEY, "group_open_http_svc/get_appid_group_list");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("Unknown option");
  }
}
