package io.github.vertxtim.tests.emulator;

import io.github.vertxtim.emulator.EmulatorFaults;
import io.github.vertxtim.emulator.TimEmulator;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;

/** Fault injection (EmulatorFaults): reset, 502, throttle, slow, latency; seeded draws. */
class FaultsTest extends EmulatorTestBase {

  private static final String IMPORT_BODY = "{\"UserID\":\"faulty\"}";

  @Test
  void bad502HasNoEffect() {
    emulator.setFaults(EmulatorFaults.NONE.withFail502Ratio(1));
    Answer a = post(uri(ACCOUNT_IMPORT), IMPORT_BODY);
    assertThat(a.status()).isEqualTo(502);
    assertThat(a.headers().get("Content-Type")).startsWith("text/html");
    assertThat(a.body().toString()).contains("502 Bad Gateway");
    assertThat(emulator.state().hasAccount("faulty")).isFalse();
    assertThat(emulator.stats().faults("502")).isEqualTo(1);
    assertThat(emulator.stats().answers(0)).isZero();
    assertThat(emulator.stats().requests(ACCOUNT_IMPORT)).isEqualTo(1);
  }

  @Test
  void throttleAnswers60007WithoutEffect() {
    emulator.setFaults(EmulatorFaults.NONE.withThrottleRatio(1));
    Answer a = post(uri(ACCOUNT_IMPORT), IMPORT_BODY);
    assertThat(a.status()).isEqualTo(200);
    assertFail(a.json(), 60007);
    assertThat(emulator.state().hasAccount("faulty")).isFalse();
    assertThat(emulator.stats().faults("throttle")).isEqualTo(1);
    assertThat(emulator.stats().rateLimited()).isZero();
    assertThat(emulator.stats().answers(ACCOUNT_IMPORT, 60007)).isEqualTo(1);
  }

  @Test
  void resetClosesTheConnectionWithoutAnswer() {
    emulator.setFaults(EmulatorFaults.NONE.withResetRatio(1));
    Future<Answer> a = send(HttpMethod.POST, uri(ACCOUNT_IMPORT), IMPORT_BODY);
    Throwable failure = awaitFailure(a);
    assertThat(failure).isNotNull();
    assertThat(emulator.state().hasAccount("faulty")).isFalse();
    assertThat(emulator.stats().faults("reset")).isEqualTo(1);
    eventually("connection closed", () -> emulator.stats().connectionsOpen() == 0);
    // faults are replaceable at runtime
    emulator.setFaults(EmulatorFaults.NONE);
    assertOk(call(ACCOUNT_IMPORT, new JsonObject(IMPORT_BODY)));
    assertThat(emulator.faults()).isEqualTo(EmulatorFaults.NONE);
  }

  @Test
  void faultsApplyOnlyToKnownEndpoints() {
    emulator.setFaults(EmulatorFaults.NONE.withFail502Ratio(1));
    Answer unknown = post("/v4/im_open_login_svc/no_such?" + query(), "{}");
    assertThat(unknown.status()).isEqualTo(200);
    assertFail(unknown.json(), 60009);
    Answer get = await(send(HttpMethod.GET, uri(ACCOUNT_IMPORT), null));
    assertThat(get.status()).isEqualTo(200);
    assertFail(get.json(), 60002);
    // drawn before the auth checks: a bad usersig still gets the gateway error
    Answer badSig = post("/v4/" + ACCOUNT_IMPORT + "?" + query(APP_ID, ADMIN, "garbage"), IMPORT_BODY);
    assertThat(badSig.status()).isEqualTo(502);
    assertThat(emulator.stats().faults("502")).isEqualTo(1);
  }

  @Test
  void slowAppliesAtOnceButTricklesTheAnswer() {
    emulator.setFaults(EmulatorFaults.NONE.withSlowRatio(1).withSlowMillis(1500));
    long start = System.nanoTime();
    long[] headersAt = new long[1];
    boolean[] appliedAtHeaders = new boolean[1];
    Promise<Answer> done = Promise.promise();
    context.runOnContext(v -> client.request(HttpMethod.POST, uri(ACCOUNT_IMPORT))
        .compose(req -> req.send(IMPORT_BODY))
        .compose(resp -> {
          headersAt[0] = System.nanoTime();
          appliedAtHeaders[0] = emulator.state().hasAccount("faulty");
          return resp.body().map(b -> new Answer(resp.statusCode(), resp.headers(), b));
        })
        .onComplete(done));
    Answer a = await(done.future());
    long total = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    long toHeaders = TimeUnit.NANOSECONDS.toMillis(headersAt[0] - start);
    assertThat(appliedAtHeaders[0]).as("state changed before the body arrived").isTrue();
    // the headers come at once and the body over slowMillis (1500) after them; a busy machine only delays the
    // headers' arrival, which shortens the gap, hence the margin
    assertThat(total - toHeaders).as("body after the headers").isGreaterThanOrEqualTo(1200);
    assertThat(a.status()).isEqualTo(200);
    assertThat(a.headers().get("Content-Length")).isEqualTo(String.valueOf(a.body().length()));
    assertOk(a.json());
    assertThat(emulator.stats().faults("slow")).isEqualTo(1);
  }

  @Test
  void slowDefeatsAnIdleTimeoutButNotADeadline() {
    // warm up both pooled connections so the timings below measure the trickle, not a cold start
    await(Future.all(send(HttpMethod.POST, uri(ACCOUNT_CHECK), "{}"), send(HttpMethod.POST, uri(ACCOUNT_CHECK), "{}")));
    emulator.setFaults(EmulatorFaults.NONE.withSlowRatio(1).withSlowMillis(2000));
    // only an idle timeout (800 ms): bytes keep coming every 100 ms, so the request succeeds, late
    RequestOptions idleOnly = new RequestOptions().setMethod(HttpMethod.POST).setURI(uri(ACCOUNT_CHECK))
        .setIdleTimeout(800);
    long start = System.nanoTime();
    Future<Answer> idle = send(idleOnly, "{\"CheckItem\":[{\"UserID\":\"a\"}]}");
    // a total deadline (1000 ms) protects
    Future<Answer> deadline = send(HttpMethod.POST, uri(ACCOUNT_CHECK), "{\"CheckItem\":[{\"UserID\":\"b\"}]}")
        .timeout(1000, TimeUnit.MILLISECONDS);
    assertThat(awaitFailure(deadline)).isInstanceOf(TimeoutException.class);
    assertOk(await(idle).json());
    assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isGreaterThanOrEqualTo(1600);
  }

  @Test
  void latencyDelaysEveryAnswer() {
    emulator.setFaults(EmulatorFaults.NONE.withLatencyMillis(600));
    long start = System.nanoTime();
    assertOk(call(ACCOUNT_IMPORT, new JsonObject(IMPORT_BODY)));
    assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isGreaterThanOrEqualTo(590);
    start = System.nanoTime();
    assertFail(post("/v4/x/y?" + query(), "{}").json(), 60009);
    assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isGreaterThanOrEqualTo(590);
    emulator.setFaults(EmulatorFaults.NONE);
    start = System.nanoTime();
    assertOk(call(ACCOUNT_IMPORT, new JsonObject(IMPORT_BODY)));
    assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(590);
  }

  @Test
  void seededDrawsAreReproducible() {
    EmulatorFaults half = EmulatorFaults.NONE.withThrottleRatio(0.5);
    List<Integer> first = sequence(7, half);
    List<Integer> second = sequence(7, half);
    assertThat(first).isEqualTo(second).contains(0, 60007);
  }

  private List<Integer> sequence(long seed, EmulatorFaults faults) {
    TimEmulator other = TimEmulator.create(vertx, options().setRandomSeed(seed).setFaults(faults));
    int port = await(other.start());
    try {
      List<Integer> codes = new ArrayList<>();
      for (int i = 0; i < 30; i++) {
        codes.add(await(send(new RequestOptions().setMethod(HttpMethod.POST).setURI(uri(ACCOUNT_CHECK))
            .setHost("127.0.0.1").setPort(port), "{\"CheckItem\":[{\"UserID\":\"a\"}]}")).code());
      }
      assertThat(other.stats().faults("throttle")).isEqualTo(codes.stream().filter(c -> c == 60007).count());
      return codes;
    } finally {
      await(other.close());
    }
  }

  private static Throwable awaitFailure(Future<?> f) {
    io.vertx.core.AsyncResult<?> outcome = await(f.transform(Future::succeededFuture));
    assertThat(outcome.failed()).as("expected a failure").isTrue();
    return outcome.cause();
  }
}
