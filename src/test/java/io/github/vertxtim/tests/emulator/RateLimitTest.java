package io.github.vertxtim.tests.emulator;

import io.github.vertxtim.emulator.TimEmulator;
import io.github.vertxtim.emulator.TimEmulatorOptions;
import io.vertx.core.Future;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Per-endpoint call-frequency limits (60007): fixed windows at the registry's rate or an override. */
class RateLimitTest extends EmulatorTestBase {

  private static final int RATE = 5;
  private static final long SECOND = TimeUnit.SECONDS.toNanos(1);
  private static final String BODY = "{\"CheckItem\":[{\"UserID\":\"alice\"}]}";

  @Override
  protected TimEmulatorOptions options() {
    return super.options().setRate(ACCOUNT_CHECK, RATE).setRate("openim/batchsendmsg", 1);
  }

  /** Sleeps until just after the start of the next window of {@code windowNanos} (the limiter's clock). */
  private static void alignToWindowStart(long windowNanos, long unlessMoreThanLeft) throws InterruptedException {
    long into = Math.floorMod(System.nanoTime(), windowNanos);
    if (windowNanos - into < unlessMoreThanLeft) {
      TimeUnit.NANOSECONDS.sleep(windowNanos - into + TimeUnit.MILLISECONDS.toNanos(5));
    }
  }

  private List<Integer> burst(int port, int n) {
    String uri = uri(ACCOUNT_CHECK);
    List<Future<Answer>> all = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      all.add(send(new RequestOptions().setMethod(HttpMethod.POST).setURI(uri).setHost("127.0.0.1").setPort(port),
          BODY));
    }
    await(Future.all(all));
    List<Integer> codes = new ArrayList<>();
    all.forEach(f -> codes.add(f.result().code()));
    return codes;
  }

  @Test
  void burstGetsTheQuotaAndThen60007() throws InterruptedException {
    alignToWindowStart(SECOND, SECOND); // always start right after a window boundary
    long start = System.nanoTime();
    List<Integer> codes = burst(emulator.port(), 20);
    long end = System.nanoTime();
    long ok = codes.stream().filter(c -> c == 0).count();
    long limited = codes.stream().filter(c -> c == 60007).count();
    assertThat(ok + limited).as(codes.toString()).isEqualTo(20);
    if (Math.floorDiv(start, SECOND) == Math.floorDiv(end, SECOND)) {
      assertThat(ok).as("all 20 inside one window: " + codes).isEqualTo(RATE);
    } else {
      assertThat(ok).as("the burst crossed a window boundary: " + codes).isBetween((long) RATE, 2L * RATE);
    }
    assertThat(emulator.stats().rateLimited()).isEqualTo(limited).isPositive();
    assertThat(emulator.stats().answers(ACCOUNT_CHECK, 60007)).isEqualTo(limited);
    assertThat(emulator.stats().faults("throttle")).isZero();

    // the next window has a fresh quota
    alignToWindowStart(SECOND, SECOND);
    assertOk(call(ACCOUNT_CHECK, new JsonObject(BODY)));
  }

  @Test
  void limitsArePerEndpoint() throws InterruptedException {
    alignToWindowStart(SECOND, SECOND);
    burst(emulator.port(), 10);
    assertThat(emulator.stats().rateLimited()).isPositive();
    assertOk(call(ACCOUNT_IMPORT, new JsonObject().put("UserID", "other-endpoint")));
  }

  @Test
  void errorMessageNamesTheQuota() throws InterruptedException {
    alignToWindowStart(SECOND, SECOND);
    String uri = uri(ACCOUNT_CHECK);
    List<Future<Answer>> all = new ArrayList<>();
    for (int i = 0; i < 4 * RATE; i++) {
      all.add(send(HttpMethod.POST, uri, BODY));
    }
    await(Future.all(all));
    JsonObject limited = all.stream().map(f -> f.result().json()).filter(j -> j.getInteger("ErrorCode") == 60007)
        .findFirst().orElseThrow(() -> new AssertionError("no 60007 in a burst of " + 4 * RATE));
    assertFail(limited, 60007);
    assertThat(limited.getString("ErrorInfo")).contains(ACCOUNT_CHECK).contains("5 calls per second");
  }

  @Test
  void itemCountedEndpointsCountItemsPerMinute() throws InterruptedException {
    // openim/batchsendmsg counts messages (12000/min by default); overridden here to 1/s = 60 per minute window
    alignToWindowStart(TimeUnit.MINUTES.toNanos(1), TimeUnit.SECONDS.toNanos(3));
    JsonObject fifty = new JsonObject().put("To_Account", recipients(50));
    JsonObject twenty = new JsonObject().put("To_Account", recipients(20));
    JsonObject ten = new JsonObject().put("To_Account", recipients(10));
    assertFail(call("openim/batchsendmsg", fifty), 90005); // admitted (50 of 60), then the handler: no MsgRandom
    assertFail(call("openim/batchsendmsg", twenty), 90057); // 70 > 60: batchsendmsg's own rate code
    assertFail(call("openim/batchsendmsg", ten), 90005);    // 60 of 60
    assertThat(emulator.stats().rateLimited()).isEqualTo(1);
  }

  private static JsonArray recipients(int n) {
    JsonArray a = new JsonArray();
    IntStream.range(0, n).forEach(i -> a.add("r" + i));
    return a;
  }

  @Test
  void rateLimitCanBeDisabled() {
    TimEmulator unlimited = TimEmulator.create(vertx, options().setRateLimitEnabled(false));
    int port = await(unlimited.start());
    try {
      List<Integer> codes = burst(port, 20);
      assertThat(codes).containsOnly(0).hasSize(20);
      assertThat(unlimited.stats().rateLimited()).isZero();
      assertThat(unlimited.stats().answers(0)).isEqualTo(20);
    } finally {
      await(unlimited.close());
    }
  }
}
