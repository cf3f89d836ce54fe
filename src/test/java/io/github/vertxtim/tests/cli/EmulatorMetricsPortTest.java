package io.github.vertxtim.tests.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code tim emulator --metrics-port}: the emulator's metrics on a port of their own, scraped after calls. */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class EmulatorMetricsPortTest {

  private static final Pattern METRICS_URL = Pattern.compile("metrics on (http://\\S+/metrics)");

  static String awaitUrl(java.io.StringWriter err, Pattern pattern) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (System.nanoTime() < deadline) {
      Matcher m = pattern.matcher(err.toString());
      if (m.find()) {
        return m.group(1);
      }
      Thread.sleep(20);
    }
    throw new AssertionError("no metrics line: " + err);
  }

  static HttpResponse<String> get(String url) throws Exception {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void theEmulatorsRequestsAreScrapedFromTheMetricsPortNotFromTheApiPort() throws Exception {
    try (EmulatorCommandTest.Running emu = new EmulatorCommandTest.Running("emulator", "--metrics-port", "0",
        "--throttle", "0")) {
      List<String> lines = emu.waitForLines(3);
      Map<String, String> env = EmulatorCommandTest.exports(lines.get(2));
      String metrics = awaitUrl(emu.err, METRICS_URL);
      String api = env.get("TIM_ENDPOINT");
      assertThat(metrics).doesNotStartWith(api);

      for (int i = 0; i < 3; i++) {
        Cli.Result r = Cli.run(env, "call", "im_open_login_svc/account_check", "{\"CheckItem\":[{\"UserID\":\"a\"}]}");
        assertThat(r.exit()).as(r.toString()).isZero();
      }
      HttpResponse<String> scrape = get(metrics);
      assertThat(scrape.statusCode()).isEqualTo(200);
      assertThat(scrape.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v)
          .startsWith("text/plain; version=0.0.4"));
      assertThat(scrape.body()).contains("# TYPE tim_emulator_requests")
          .containsPattern("tim_emulator_requests[_a-z]*\\{[^}]*im_open_login_svc/account_check[^}]*} 3(\\.0)?\\n");
      // the API port speaks TIM's protocol only
      assertThat(get(api + "/metrics").body()).doesNotContain("tim_emulator_requests");
      assertThat(emu.stop()).isZero();
    }
  }
}
