package io.github.vertxtim.tests.cli;

import io.github.vertxtim.cli.TimCli;
import io.github.vertxtim.emulator.TimEmulator;
import io.github.vertxtim.emulator.TimEmulatorOptions;
import io.vertx.core.Vertx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** An emulator on loopback for the bulk command tests, the environment pointing at it, and helpers. */
final class BulkFixture implements AutoCloseable {

  static final long APP_ID = 1_400_000_888L;
  static final String KEY = "3a5c7e9b1d2f4a6c8e0b2d4f6a8c0e2b4d6f8a0c2e4b6d8f0a2c4e6b8d0f2a4c";

  private static final Pattern COUNT = Pattern.compile("(?m)^(items|ok|failed|cancelled|calls|retried) +(\\d+)");

  final Vertx vertx = Vertx.vertx();
  final TimEmulator emulator;

  BulkFixture() {
    // rate limits off: commands run back to back, and pacing is the bulk engine's own business (its tests)
    emulator = TimEmulator.create(vertx, new TimEmulatorOptions().setSdkAppId(APP_ID).setSecretKey(KEY)
        .setRateLimitEnabled(false));
    emulator.start().await();
  }

  Map<String, String> env() {
    Map<String, String> env = new HashMap<>();
    env.put("TIM_ENDPOINT", emulator.baseUrl());
    env.put("TIM_SDKAPPID", String.valueOf(APP_ID));
    env.put("TIM_SECRET_KEY", KEY);
    return env;
  }

  Cli.Result run(String... args) {
    return Cli.run(env(), args);
  }

  @Override
  public void close() {
    emulator.close().await();
    vertx.close().await();
  }

  /** The counts of the final summary: items, ok, failed, cancelled, calls, retried. */
  static Map<String, Long> summary(Cli.Result r) {
    Map<String, Long> counts = new HashMap<>();
    Matcher m = COUNT.matcher(r.out());
    while (m.find()) {
      counts.put(m.group(1), Long.parseLong(m.group(2)));
    }
    assertThat(counts).as("summary in\n" + r).containsKeys("items", "ok", "failed", "cancelled", "calls", "retried");
    return counts;
  }

  /** Asserts the accounting: items == ok + failed + cancelled; returns the counts. */
  static Map<String, Long> accounted(Cli.Result r, long items) {
    Map<String, Long> s = summary(r);
    assertThat(s.get("items")).as(r.toString()).isEqualTo(items);
    assertThat(s.get("ok") + s.get("failed") + s.get("cancelled")).as(r.toString()).isEqualTo(items);
    return s;
  }

  static Path write(Path file, List<String> lines) throws IOException {
    Files.write(file, lines, StandardCharsets.UTF_8);
    return file;
  }

  static List<String> lines(Path file) throws IOException {
    return Files.readAllLines(file, StandardCharsets.UTF_8);
  }

  /** A command running on another thread, cancelled through {@link TimCli#stop()} (what the SIGINT hook does). */
  static final class Running {
    final TimCli cli;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();
    final CompletableFuture<Integer> exit;

    Running(Map<String, String> env, String... args) {
      cli = new TimCli(env, new ByteArrayInputStream(new byte[0]), false);
      exit = CompletableFuture.supplyAsync(() ->
          cli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args));
    }

    Cli.Result stop() throws Exception {
      cli.stop();
      return result();
    }

    Cli.Result result() throws Exception {
      int code = exit.get(20, TimeUnit.SECONDS);
      return new Cli.Result(code, out.toString(), err.toString());
    }
  }

  /** Runs with {@code terminal} as the console test of {@code --progress auto}. */
  static Cli.Result runOn(boolean terminal, Map<String, String> env, String... args) {
    TimCli cli = new TimCli(env, new ByteArrayInputStream(new byte[0]), terminal);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = cli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    return new Cli.Result(exit, out.toString(), err.toString());
  }
}
