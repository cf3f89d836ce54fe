package io.github.vertxtim.tests.eventbus;

import io.github.vertxtim.cli.TimCli;
import io.github.vertxtim.emulator.TimEmulator;
import io.github.vertxtim.emulator.TimEmulatorOptions;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code tim serve --http-port}: /metrics in the Prometheus format, /health 200 and then 503 without the domain. */
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
    emulator = TimEmulator.create(vertx, new TimEmulatorOptions().setRateLimitEnabled(false));
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
