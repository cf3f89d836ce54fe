package io.github.vertxtim.tests.eventbus;

import io.github.vertxtim.cli.TimCli;
import io.github.vertxtim.emulator.EmulatorFaults;
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

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code tim serve --http-port}: /metrics in the Prometheus format, /health 200 and then 503 without the domain, and
 * the meters after known traffic sent to a clustered serve from another node.
 */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class ServeHttpEndpointsTest {

  private static final Pattern HEALTH_URL = Pattern.compile("health on (http://\\S+/health)");

  @TempDir
  Path dir;

  private Vertx vertx;
  private TimEmulator emulator;

  @BeforeEach
  void start() {
    vertx = Vertx.vertx();
    // seeded: the faults a test injects fall on the same requests in every run
    emulator = TimEmulator.create(vertx, new TimEmulatorOptions().setRateLimitEnabled(false).setRandomSeed(14));
    emulator.start().await();
  }

  @AfterEach
  void stop() {
    vertx.close().await();
  }

  private static HttpResponse<String> get(String url) throws Exception {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void metricsAndHealthFromTheConfigFilesPortThen503WhenTheDomainIsGone() throws Exception {
    String secret = emulator.options().getSecretKey();
    Path conf = dir.resolve("serve.json");
    // the port comes from the file's key; the host is the default, 127.0.0.1
    Files.writeString(conf, new JsonObject().put("sdkAppId", emulator.options().getSdkAppId())
        .put("endpoint", emulator.baseUrl()).put("secretKey", secret).put("address", "test.serve.http.v1")
        .put("httpPort", 0).encode());
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    TimCli cli = new TimCli(Map.of(), InputStream.nullInputStream());
    CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() ->
        cli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute("serve", "--conf",
            conf.toString()));
    try {
      String health = awaitUrl(err, exit);
      assertThat(health).startsWith("http://127.0.0.1:");
      String metrics = health.replace("/health", "/metrics");

      HttpResponse<String> up = get(health);
      assertThat(up.statusCode()).as(up.body()).isEqualTo(200);
      JsonObject upJson = new JsonObject(up.body());
      assertThat(upJson.getString("status")).isEqualTo("UP");
      assertThat(upJson.getJsonObject("checks").getJsonObject("verticle").getBoolean("ok")).isTrue();
      assertThat(upJson.getJsonObject("checks").getJsonObject("domain").getBoolean("ok")).isTrue();
      assertThat(upJson.getJsonObject("checks").containsKey("cluster")).isFalse();

      HttpResponse<String> scrape = get(metrics);
      assertThat(scrape.statusCode()).isEqualTo(200);
      assertThat(scrape.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v)
          .startsWith("text/plain; version=0.0.4"));
      // the verticle's own meters are registered from the start, in the registry handed over TimMetricsOptions
      assertThat(scrape.body()).contains("# TYPE tim_admin_calls_in_flight").doesNotContain(secret);

      emulator.close().await();
      HttpResponse<String> down = get(health);
      assertThat(down.statusCode()).as(down.body()).isEqualTo(503);
      JsonObject downJson = new JsonObject(down.body());
      assertThat(downJson.getString("status")).isEqualTo("DOWN");
      JsonObject domain = downJson.getJsonObject("checks").getJsonObject("domain");
      assertThat(domain.getBoolean("ok")).isFalse();
      assertThat(domain.getString("detail")).startsWith("cannot connect to 127.0.0.1:");
      assertThat(downJson.getJsonObject("checks").getJsonObject("verticle").getBoolean("ok")).isTrue();
    } finally {
      cli.stop();
    }
    assertThat(exit.get(30, TimeUnit.SECONDS)).isZero();
    assertThat(out.toString() + err).doesNotContain(secret);
  }

  @Test
  void aPortOfTheWrongTypeInTheFileIsNamed() throws Exception {
    Path conf = dir.resolve("bad.json");
    Files.writeString(conf, new JsonObject().put("sdkAppId", emulator.options().getSdkAppId())
        .put("endpoint", emulator.baseUrl()).put("secretKey", "k").put("httpPort", "9090").encode());
    StringWriter err = new StringWriter();
    int code = new TimCli(Map.of(), InputStream.nullInputStream())
        .commandLine(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true))
        .execute("serve", "--conf", conf.toString());
    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("\"httpPort\" must be a number, got a string");
  }

  @Test
  @Tag("cluster")
  void metricsCountTheCallsOtherNodesSendThroughServe() throws Exception {
    String secret = emulator.options().getSecretKey();
    String name = "tim-test-" + UUID.randomUUID();
    String address = "test." + UUID.randomUUID() + ".tim.admin.v1";
    Path conf = dir.resolve("serve-cluster.json");
    Files.writeString(conf, new JsonObject().put("sdkAppId", emulator.options().getSdkAppId())
        .put("endpoint", emulator.baseUrl()).put("secretKey", secret).put("address", address)
        .put("retryInitialBackoffMillis", 1).put("retryMaxBackoffMillis", 2).encode());
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    TimCli cli = new TimCli(Map.of(), InputStream.nullInputStream());
    CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() ->
        cli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute("serve", "--conf",
            conf.toString(), "--http-port", "0", "--cluster", "--cluster-host", "127.0.0.1", "--cluster-members",
            "127.0.0.1", "--cluster-name", name));
    Vertx requester = null;
    try {
      String health = awaitUrl(err, exit);
      requester = new LoopbackCluster(name).node();
      // a quarter of the requests answered 60007 by the emulator: serve's client retries them
      emulator.setFaults(EmulatorFaults.NONE.withThrottleRatio(0.25));
      TimEventBusClient bus = TimEventBusClient.create(requester, address);
      for (int i = 0; i < 10; i++) {
        JsonObject answer = bus.call("im_open_login_svc", "account_import", new JsonObject().put("UserID", "m" + i))
            .await();
        assertThat(answer.getString("ActionStatus")).isEqualTo("OK");
      }
      long throttled = emulator.stats().faults("throttle");
      assertThat(throttled).as("the seed gives some 60007s").isPositive();

      HttpResponse<String> scrape = get(health.replace("/health", "/metrics"));
      assertThat(scrape.statusCode()).isEqualTo(200);
      String text = scrape.body();
      String endpoint = "endpoint=\"im_open_login_svc/account_import\"";
      assertThat(sample(text, "tim_client_calls_seconds_count", endpoint, "outcome=\"ok\"")).isEqualTo(10);
      assertThat(sample(text, "tim_client_attempts_total", endpoint)).isEqualTo(10 + throttled);
      assertThat(sample(text, "tim_client_retries_total", endpoint, "reason=\"retry\"")).isEqualTo(throttled);
      assertThat(sample(text, "tim_client_errors_total", endpoint, "code=\"60007\"")).isEqualTo(throttled);
      assertThat(sample(text, "tim_client_usersig_renewals_total", "result=\"ok\"")).isEqualTo(1);
      assertThat(sample(text, "tim_client_calls_in_flight")).isZero();
      assertThat(sample(text, "tim_admin_calls_in_flight")).isZero();
      assertThat(text).doesNotContain(secret).doesNotContain("UserID").doesNotContain("\"m0\"");

      HttpResponse<String> up = get(health);
      assertThat(up.statusCode()).as(up.body()).isEqualTo(200);
      assertThat(new JsonObject(up.body()).getJsonObject("checks").getJsonObject("cluster").getBoolean("ok")).isTrue();
    } finally {
      cli.stop();
      if (requester != null) {
        requester.close().await();
      }
    }
    assertThat(exit.get(60, TimeUnit.SECONDS)).isZero();
    assertThat(out.toString() + err).doesNotContain(secret);
  }

  /** The value of the one Prometheus sample of {@code metric} whose labels include every one given. */
  private static double sample(String text, String metric, String... labels) {
    double found = Double.NaN;
    for (String line : text.split("\n")) {
      if (!line.startsWith(metric + "{") && !line.startsWith(metric + " ")) {
        continue;
      }
      boolean all = true;
      for (String label : labels) {
        all &= line.contains(label);
      }
      if (all) {
        assertThat(found).as("more than one sample of " + metric + " with " + String.join(",", labels)).isNaN();
        found = Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
      }
    }
    assertThat(found).as("a sample of " + metric + " with " + String.join(",", labels) + " in\n" + text).isNotNaN();
    return found;
  }

  private static String awaitUrl(StringWriter err, CompletableFuture<Integer> exit) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline) {
      Matcher m = HEALTH_URL.matcher(err.toString());
      if (m.find()) {
        return m.group(1);
      }
      if (exit.isDone()) {
        throw new AssertionError("serve ended: " + exit.join() + " " + err);
      }
      Thread.sleep(20);
    }
    throw new AssertionError("no health line: " + err);
  }
}
