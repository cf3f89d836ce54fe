package io.github.vertxtim.tests.eventbus;

import io.github.vertxtim.cli.TimCli;
import io.github.vertxtim.emulator.TimEmulator;
import io.github.vertxtim.emulator.TimEmulatorOptions;
import io.github.vertxtim.eventbus.TimEventBusClient;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code tim serve}: configuration, secrets, lifecycle; a clustered run reached from another node. */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class ServeCommandTest {

  @TempDir
  Path dir;

  private Vertx vertx;
  private TimEmulator emulator;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void start() {
    vertx = Vertx.vertx();
    emulator = TimEmulator.create(vertx, new TimEmulatorOptions().setRateLimitEnabled(false));
    emulator.start().await();
  }

  @AfterEach
  void stop() {
    vertx.close().await();
  }

  private final class Run {
    final TimCli cli;
    final CommandLine commandLine;

    Run(Map<String, String> env) {
      cli = new TimCli(env, InputStream.nullInputStream());
      PrintWriter o = new PrintWriter(out, true);
      PrintWriter e = new PrintWriter(err, true);
      commandLine = cli.commandLine(o, e);
    }

    int execute(String... args) {
      return commandLine.execute(args);
    }

    CompletableFuture<Integer> executeInBackground(String... args) {
      return CompletableFuture.supplyAsync(() -> commandLine.execute(args));
    }
  }

  private Path config(JsonObject json) throws Exception {
    Path file = dir.resolve("serve-" + UUID.randomUUID() + ".json");
    Files.writeString(file, json.encodePrettily());
    return file;
  }

  private JsonObject baseConfig(String address) {
    return new JsonObject().put("sdkAppId", emulator.options().getSdkAppId()).put("endpoint", emulator.baseUrl())
        .put("address", address).put("maxInFlight", 64);
  }

  private void awaitServing() throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (!out.toString().contains("tim serve: serving") && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    assertThat(out.toString()).as("stderr: %s", err).contains("tim serve: serving");
  }

  @Test
  void startsFromTheFileWithTheKeyFromTheEnvironmentAndStopsCleanly() throws Exception {
    String secret = emulator.options().getSecretKey();
    Path keyFile = dir.resolve("key");
    Files.writeString(keyFile, secret + "\n");
    Run run = new Run(Map.of("TIM_SECRET_KEY_FILE", keyFile.toString()));

    CompletableFuture<Integer> exit = run.executeInBackground("serve", "--conf",
        config(baseConfig("test.serve.tim.admin.v1")).toString(), "--instances", "2");
    awaitServing();
    assertThat(out.toString()).contains("serving test.serve.tim.admin.v1 with 2 instances");
    run.cli.stop();

    assertThat(exit.get(30, TimeUnit.SECONDS)).isZero();
    assertThat(out.toString() + err).doesNotContain(secret);
  }

  @Test
  void theEnvironmentSaysWhereCallsGoLikeForEveryCommand() throws Exception {
    // A file written for a real region: the emulator's exported variables win, as they do for tim call.
    JsonObject file = new JsonObject().put("sdkAppId", 1_400_999_999L).put("region", "SINGAPORE")
        .put("address", "test.serve.env.v1");
    Run run = new Run(Map.of("TIM_SDKAPPID", String.valueOf(emulator.options().getSdkAppId()),
        "TIM_ENDPOINT", emulator.baseUrl(), "TIM_SECRET_KEY", emulator.options().getSecretKey()));
    CompletableFuture<Integer> exit = run.executeInBackground("serve", "--conf", config(file).toString());
    awaitServing();
    assertThat(out.toString()).contains("calls to " + emulator.baseUrl()).doesNotContain("SINGAPORE");
    run.cli.stop();
    assertThat(exit.get(30, TimeUnit.SECONDS)).isZero();
  }

  @Test
  void aMisspelledKeyOrAWrongTypeInTheFileIsNamed() throws Exception {
    String secret = emulator.options().getSecretKey();
    Path wrongType = config(baseConfig("a").put("sdkAppId", "abc").put("secretKey", secret));
    assertThat(new Run(Map.of()).execute("serve", "--conf", wrongType.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("\"sdkAppId\" must be a number, got a string");
    Path misspelled = config(baseConfig("a").put("maxInFligth", 8).put("secretKey", secret));
    assertThat(new Run(Map.of()).execute("serve", "--conf", misspelled.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("unknown key \"maxInFligth\" (did you mean \"maxInFlight\"?)");
    assertThat(out.toString() + err).doesNotContain(secret);
  }

  @Test
  void clusterOptionsWithoutClusterAreRefused() throws Exception {
    Path file = config(baseConfig("a").put("secretKey", emulator.options().getSecretKey()));
    assertThat(new Run(Map.of()).execute("serve", "--conf", file.toString(), "--cluster-members", "127.0.0.1"))
        .isEqualTo(2);
    assertThat(err.toString()).contains("need --cluster");
  }

  @Test
  void configurationProblemsAreUsageErrorsThatNeverShowTheKey() throws Exception {
    String secret = emulator.options().getSecretKey();
    // No key anywhere.
    assertThat(new Run(Map.of()).execute("serve", "--conf", config(baseConfig("a")).toString())).isEqualTo(2);
    assertThat(err.toString()).contains("TIM_SECRET_KEY").contains("TIM_SECRET_KEY_FILE");
    // A file that is not JSON, with the key inside: the message names the file, not its content.
    Path broken = dir.resolve("broken.json");
    Files.writeString(broken, "{\"secretKey\": \"" + secret + "\", oops");
    assertThat(new Run(Map.of()).execute("serve", "--conf", broken.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("is not a JSON object");
    // Missing file, bad option value.
    assertThat(new Run(Map.of()).execute("serve", "--conf", dir.resolve("nope.json").toString())).isEqualTo(2);
    assertThat(err.toString()).contains("no such file");
    Path badValue = config(baseConfig("a").put("maxInFlight", 0).put("secretKey", secret));
    assertThat(new Run(Map.of()).execute("serve", "--conf", badValue.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("maxInFlight must be > 0");
    assertThat(out.toString() + err).doesNotContain(secret);
    // The key is never an option.
    assertThat(new Run(Map.of()).execute("serve", "--conf", badValue.toString(), "--secret-key", "k")).isEqualTo(2);
    assertThat(err.toString()).contains("Unknown option");
  }

  @Test
  @Tag("cluster")
  void aClusteredServeIsReachedFromAnotherNode() throws Exception {
    String name = "tim-test-" + UUID.randomUUID();
    String address = "test." + UUID.randomUUID() + ".tim.admin.v1";
    Run run = new Run(Map.of("TIM_SECRET_KEY", emulator.options().getSecretKey()));
    CompletableFuture<Integer> exit = run.executeInBackground("serve", "--conf", config(baseConfig(address)).toString(),
        "--cluster", "--cluster-host", "127.0.0.1", "--cluster-members", "127.0.0.1", "--cluster-name", name);
    awaitServing();
    assertThat(out.toString()).contains("clustered as node");
    Vertx other = new LoopbackCluster(name).node();
    try {
      JsonObject answer = TimEventBusClient.create(other, address)
          .call("im_open_login_svc", "account_import", new JsonObject().put("UserID", "served")).await();
      assertThat(answer.getString("ActionStatus")).isEqualTo("OK");
      assertThat(emulator.state().hasAccount("served")).isTrue();
    } finally {
      run.cli.stop();
      assertThat(exit.get(60, TimeUnit.SECONDS)).isZero();
      other.close().await();
    }
  }
}
