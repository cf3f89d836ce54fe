package io.github.vertxtim.tests.emulator;

import io.github.vertxtim.emulator.TimEmulator;
import io.github.vertxtim.emulator.impl.TimEmulatorImpl;
import io.github.vertxtim.emulator.impl.shared.ManualClock;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

/** One injected clock drives usersig expiry and the rate-limit windows. */
class EmulatorClockTest extends EmulatorTestBase {

  /** A time far from now, so a check that read the machine's clock instead would answer otherwise. */
  private final ManualClock clock = new ManualClock(1_500_000_000_000L);
  private TimEmulator clocked;

  @BeforeEach
  void startClockedEmulator() {
    clocked = new TimEmulatorImpl(vertx, options().setRate(ACCOUNT_CHECK, 2), clock);
    await(clocked.start());
  }

  @AfterEach
  void stopClockedEmulator() {
    await(clocked.close());
  }

  private JsonObject callClocked(String path, String userSig, String body) {
    String uri = "/v4/" + path + "?" + query(APP_ID, ADMIN, userSig);
    return await(send(new RequestOptions().setMethod(HttpMethod.POST).setHost("127.0.0.1")
        .setPort(clocked.port()).setURI(uri), body)).json();
  }

  private String sigValidFor(long seconds) {
    return sigs.generate(ADMIN, seconds, clock.seconds());
  }

  @Test
  void usersigExpiryFollowsTheInjectedClock() {
    // made at the clock's time (2017) and valid for 60 s: long expired by the machine's clock, valid by this one
    String sig = sigValidFor(60);
    String body = "{\"CheckItem\":[{\"UserID\":\"alice\"}]}";
    assertOk(callClocked(ACCOUNT_CHECK, sig, body));
    clock.advance(Duration.ofSeconds(60));
    assertOk(callClocked(ACCOUNT_CHECK, sig, body));
    clock.advance(Duration.ofSeconds(1));
    assertFail(callClocked(ACCOUNT_CHECK, sig, body), 70001);
  }

  @Test
  void rateWindowsFollowTheInjectedClock() {
    String sig = sigValidFor(86_400);
    String body = "{\"CheckItem\":[{\"UserID\":\"alice\"}]}";
    assertOk(callClocked(ACCOUNT_CHECK, sig, body));
    assertOk(callClocked(ACCOUNT_CHECK, sig, body));
    // the clock stands still: however long the calls take, the window is the same one
    assertFail(callClocked(ACCOUNT_CHECK, sig, body), 60007);
    clock.advance(Duration.ofSeconds(1));
    assertOk(callClocked(ACCOUNT_CHECK, sig, body));
  }
}
