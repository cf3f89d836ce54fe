package io.github.vertxtim.tests.bench;

import io.github.vertxtim.cli.BenchCommand;
import io.github.vertxtim.cli.TimCli;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.Timeout;
import io.vertx.junit5.VertxExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code tim bench} run in-process against a loopback stub answering like the service. */
@ExtendWith(VertxExtension.class)
@Timeout(value = 60, timeUnit = TimeUnit.SECONDS)
class BenchCommandTest {

  private static final String KEY = "feedfacefeedfacefeedfacefeedfacefeedfacefeedfacefeedfacefeedface";
  private static final String OK = "{\"ActionStatus\":\"OK\",\"ErrorInfo\":\"\",\"ErrorCode\":0,"
      + "\"ResultItem\":[{\"UserID\":\"user1\",\"ResultCode\":0,\"ResultInfo\":\"\",\"AccountStatus\":\"Imported\"}]}";
  private static final String FAIL_60007 = "{\"ActionStatus\":\"FAIL\",\"ErrorInfo\":\"frequency limit\","
      + "\"ErrorCode\":60007}";

  private HttpServer server;
  /** The answer to the n-th request (0-based). */
  private volatile IntFunction<String> answer = n -> OK;
  private final List<String> uris = new CopyOnWriteArrayList<>();
  private final List<Buffer> bodies = new CopyOnWriteArrayList<>();

  private record Outcome(int exit, String out, String err) {
  }

  @BeforeEach
  void start(Vertx vertx) {
    server = vertx.createHttpServer()
        .requestHandler(req -> req.body().onSuccess(body -> {
          int n;
          synchronized (uris) {
            n = uris.size();
            uris.add(req.uri());
          }
          bodies.add(body);
          req.response().putHeader("Content-Type", "application/json").end(answer.apply(n));
        }))
        .listen(0, "127.0.0.1").await();
  }

  @AfterEach
  void stop() {
    server.close().await();
  }

  private Map<String, String> loopbackEnv() {
    Map<String, String> env = new HashMap<>();
    env.put("TIM_SDKAPPID", "1400000001");
    env.put("TIM_SECRET_KEY", KEY);
    env.put("TIM_ENDPOINT", "http://127.0.0.1:" + server.actualPort());
    return env;
  }

  /** {@code tim bench ARGS} in-process, as the command line runs it. */
  private static Outcome run(Map<String, String> env, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    String[] all = new String[args.length + 1];
    all[0] = "bench";
    System.arraycopy(args, 0, all, 1, args.length);
    int exit = new TimCli(env, new ByteArrayInputStream(new byte[0]))
        .commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(all);
    return new Outcome(exit, out.toString(), err.toString());
  }

  private static double percentile(String out, String label) {
    Matcher m = Pattern.compile("(?m)^\\s+" + Pattern.quote(label) + "\\s+(\\d+\\.\\d{3})$").matcher(out);
    assertThat(m.find()).as("line for %s in%n%s", label, out).isTrue();
    return Double.parseDouble(m.group(1));
  }

  @Test
  void countOf200AgainstALoopbackStubPrintsTheSummary() {
    Outcome o = run(loopbackEnv(), "im_open_login_svc/account_check", "--count", "200");

    assertThat(o.exit).as(o.err).isEqualTo(0);
    assertThat(o.out).contains("im_open_login_svc/account_check on http://127.0.0.1:")
        .contains("(loopback)")
        .contains("flat out, 16 in flight, 16 connections, 200 calls")
        .contains("calls      200 (ok 200, errors 0)")
        .contains("errors by code: none")
        .containsPattern("(?m)^throughput \\d+\\.\\d calls/s$");
    double p50 = percentile(o.out, "p50");
    double p90 = percentile(o.out, "p90");
    double p99 = percentile(o.out, "p99");
    double p999 = percentile(o.out, "p99.9");
    double max = percentile(o.out, "max");
    assertThat(p50).isPositive();
    assertThat(p50).isLessThanOrEqualTo(p90);
    assertThat(p90).isLessThanOrEqualTo(p99);
    assertThat(p99).isLessThanOrEqualTo(p999);
    assertThat(p999).isLessThanOrEqualTo(max);
    assertThat(uris).hasSize(200);
    assertThat(uris.get(0)).startsWith("/v4/im_open_login_svc/account_check?sdkappid=1400000001&identifier=administrator");
    assertThat(bodies.get(0).toJsonObject()).isEqualTo(new JsonObject());
  }

  @Test
  void theClientMetricsFiguresAreThoseOfItsMeters() {
    answer = n -> n < 2 ? FAIL_60007 : OK;
    Outcome o = run(loopbackEnv(), "im_open_login_svc/account_check", "--count", "10", "--concurrency", "1",
        "--max-retries", "3");

    assertThat(o.exit).as(o.err).isEqualTo(0);
    assertThat(o.out).contains("client metrics (the meters of docs/observability.md)")
        .containsPattern("(?m)^  calls            10  \\(ok 10\\)  mean ")
        .containsPattern("(?m)^  attempts         12  retries 2  \\(retry 2\\)$")
        .containsPattern("(?m)^  attempt errors   \\(60007 2\\)$")
        .containsPattern("(?m)^  connection wait  12  mean ")
        .containsPattern("(?m)^  usersigs fetched 1$");
    assertThat(uris).hasSize(12);
  }

  @Test
  void failuresAreCountedByErrorCode() {
    answer = n -> FAIL_60007;
    Outcome o = run(loopbackEnv(), "im_open_login_svc/account_check", "--count", "200", "--concurrency", "8");

    // most calls failed: the report is printed and the exit code says so
    assertThat(o.exit).as(o.err).isEqualTo(1);
    assertThat(o.err).contains("most calls failed (200 of 200)");
    assertThat(o.out).contains("calls      200 (ok 0, errors 200)")
        .contains("errors by code:")
        .containsPattern("(?m)^  60007 REST_API_FREQUENCY_EXCEEDED  200$");
    // no retries by default: one request per call, so the report counts every failure the target gave
    assertThat(uris).hasSize(200);
  }

  @Test
  void mixedAnswersAreSplitBetweenOkAndErrors() {
    answer = n -> n % 4 == 3 ? FAIL_60007 : OK;
    Outcome o = run(loopbackEnv(), "im_open_login_svc/account_check", "--count", "100", "--concurrency", "1");

    assertThat(o.exit).as(o.err).isEqualTo(0);
    assertThat(o.out).contains("calls      100 (ok 75, errors 25)").contains("60007 REST_API_FREQUENCY_EXCEEDED  25");
  }

  @Test
  void refusesARealRegionWithoutTheQuotaFlag() {
    Map<String, String> env = loopbackEnv();
    env.remove("TIM_ENDPOINT");
    env.put("TIM_REGION", "singapore");
    Outcome o = run(env, "im_open_login_svc/account_check", "--count", "10");

    assertThat(o.exit).isEqualTo(2);
    assertThat(o.err).contains("refusing to load the real service, region singapore (adminapisgp.im.qcloud.com)")
        .contains("spends the app's quota")
        .contains(BenchCommand.QUOTA_FLAG);
    assertThat(o.out).isEmpty();
    assertThat(uris).isEmpty();
  }

  @Test
  void refusesTheDefaultRegionAndNonLoopbackEndpointsWithoutTheQuotaFlag() {
    Map<String, String> env = loopbackEnv();
    env.remove("TIM_ENDPOINT");
    Outcome noTarget = run(env, "im_open_login_svc/account_check");
    assertThat(noTarget.exit).isEqualTo(2);
    assertThat(noTarget.err).contains("region china (console.tim.qq.com)").contains(BenchCommand.QUOTA_FLAG);

    env.put("TIM_ENDPOINT", "https://tim.example.com");
    Outcome remote = run(env, "im_open_login_svc/account_check", "--count", "1");
    assertThat(remote.exit).isEqualTo(2);
    assertThat(remote.err).contains("https://tim.example.com (not a loopback address)")
        .contains(BenchCommand.QUOTA_FLAG);
  }

  @Test
  void fixedRateSendsOnScheduleAndSaysSo() {
    Outcome o = run(loopbackEnv(), "im_open_login_svc/account_check", "--rate", "400", "--count", "100");

    assertThat(o.exit).as(o.err).isEqualTo(0);
    assertThat(o.out).contains("fixed rate 400 calls/s (open loop), 16 connections, 100 calls")
        .contains("calls      100 (ok 100, errors 0)")
        .contains("from each call's intended send time");
    Matcher m = Pattern.compile("(?m)^elapsed    (\\d+\\.\\d+) s$").matcher(o.out);
    assertThat(m.find()).isTrue();
    // the 100th call is due 99/400 s after the first: the run cannot be faster than the schedule
    assertThat(Double.parseDouble(m.group(1))).isGreaterThanOrEqualTo(0.24);
    assertThat(uris).hasSize(100);
  }

  @Test
  void durationModeRunsForTheGivenTime() {
    Outcome o = run(loopbackEnv(), "im_open_login_svc/account_check", "--duration", "300ms", "--concurrency", "4");

    assertThat(o.exit).as(o.err).isEqualTo(0);
    assertThat(o.out).contains("flat out, 4 in flight, 4 connections, for 0.3 s").contains("errors 0)");
    Matcher m = Pattern.compile("(?m)^elapsed    (\\d+\\.\\d+) s$").matcher(o.out);
    assertThat(m.find()).isTrue();
    assertThat(Double.parseDouble(m.group(1))).isGreaterThanOrEqualTo(0.3);
    assertThat(uris).isNotEmpty();
  }

  @Test
  void bodyAndSecretKeyComeFromFiles(@TempDir Path dir) throws IOException {
    Path body = Files.writeString(dir.resolve("body.json"), "{\"CheckItem\":[{\"UserID\":\"alice\"}]}");
    Path key = Files.writeString(dir.resolve("key"), KEY + "\n");
    Map<String, String> env = loopbackEnv();
    env.remove("TIM_SECRET_KEY");
    env.put("TIM_SECRET_KEY_FILE", key.toString());
    env.put("TIM_ADMIN", "ops_admin");
    // --body @file is the call command's syntax, read by the same code
    Outcome o = run(env, "im_open_login_svc/account_check", "--count", "3", "--body=@" + body);
    assertThat(o.exit).as(o.err).isEqualTo(0);
    assertThat(run(env, "im_open_login_svc/account_check", "--count", "1", "--body", "@" + body).exit).isEqualTo(0);

    assertThat(bodies).hasSize(4);
    assertThat(bodies).allSatisfy(b -> assertThat(b.toJsonObject().getJsonArray("CheckItem")).hasSize(1));
    assertThat(bodies.get(0).toJsonObject().getJsonArray("CheckItem").getJsonObject(0).getString("UserID"))
        .isEqualTo("alice");
    assertThat(uris.get(0)).contains("identifier=ops_admin");
  }

  @Test
  void badUsageExitsWith2BeforeAnyCall() {
    Map<String, String> env = loopbackEnv();
    assertThat(run(env, "account_check", "--count", "1").err).contains("SERVICE/COMMAND");
    assertThat(run(env, "a/b", "--count", "1", "--duration", "1s").err).contains("exclusive");
    assertThat(run(env, "a/b", "--rate", "10", "--concurrency", "2").err).contains("exclusive");
    assertThat(run(env, "a/b", "--body", "[1]").err).contains("a request body must be a JSON object");
    assertThat(run(env, "a/b", "--duration", "soon").err).contains("--duration must look like");
    assertThat(run(env, "a/b", "--timeout-ms", "3000").err).contains("greater than 3000");
    Map<String, String> noApp = loopbackEnv();
    noApp.remove("TIM_SDKAPPID");
    Outcome o = run(noApp, "a/b", "--count", "1");
    assertThat(o.exit).isEqualTo(2);
    assertThat(o.err).contains("TIM_SDKAPPID is not set");
    Map<String, String> noKey = loopbackEnv();
    noKey.remove("TIM_SECRET_KEY");
    assertThat(run(noKey, "a/b", "--count", "1").err).contains("no secret key");
    assertThat(run(env, "account_check", "--count", "1").exit).isEqualTo(2);
    assertThat(uris).isEmpty();
  }

  @Test
  void anEndpointOutsideTheRegistryIsWarnedAbout() {
    Outcome o = run(loopbackEnv(), "im_open_login_svc/no_such_command", "--count", "1");
    assertThat(o.err).contains("warning: im_open_login_svc/no_such_command is not in the endpoint registry");
    assertThat(uris).hasSize(1);
  }

  @Test
  void ctrlCEndsTheRunWithAReportOfWhatWasMeasured() throws Exception {
    Map<String, String> env = loopbackEnv();
    TimCli cli = new TimCli(env, new ByteArrayInputStream(new byte[0]));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    java.util.concurrent.CompletableFuture<Integer> exit = java.util.concurrent.CompletableFuture.supplyAsync(() ->
        cli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true))
            .execute("bench", "im_open_login_svc/account_check", "--duration", "1h", "--concurrency", "2"));
    io.github.vertxtim.tests.Poll.until("20 calls made", () -> uris.size() >= 20, 10_000);
    cli.stop();
    assertThat(exit.get(10, TimeUnit.SECONDS)).as(err.toString()).isEqualTo(0);
    assertThat(out.toString()).contains("stopped    by Ctrl-C").containsPattern("calls      \\d+ \\(ok \\d+, errors 0\\)")
        .contains("p99");
  }

  @Test
  void warmupCallsAreNotRecorded() {
    Outcome o = run(loopbackEnv(), "im_open_login_svc/account_check", "--warmup", "200ms", "--count", "50",
        "--concurrency", "2");

    assertThat(o.exit).as(o.err).isEqualTo(0);
    assertThat(o.out).containsPattern("(?m)^warmup     \\d+ calls in \\d+\\.\\d{3} s \\(not recorded\\)$")
        .contains("calls      50 (ok 50, errors 0)");
    assertThat(uris.size()).isGreaterThan(50);
  }
}
