package io.github.vertxtim.tests.client;

import io.github.vertxtim.TimClient;
import io.github.vertxtim.TimClientOptions;
import io.github.vertxtim.TimException;
import io.github.vertxtim.emulator.EmulatorFaults;
import io.github.vertxtim.sig.UserSigGenerator;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.Timeout;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The secret key and the usersig never show in exceptions (with their causes and traces), logs or toString. */
@Timeout(value = 60, timeUnit = TimeUnit.SECONDS)
class SecretsTest {

  @Test
  void noFailurePathPrintsTheKeyOrTheUsersig() {
    PrintStream originalErr = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    Vertx vertx = Vertx.vertx();
    List<Throwable> failures = new ArrayList<>();
    String key;
    try {
      EmulatorFixture fixture = EmulatorFixture.start(vertx).await();
      key = fixture.emulator.options().getSecretKey();
      TimClientOptions options = fixture.clientOptions().setTimeoutMillis(3100).setMaxRetries(1)
          .setRetryInitialBackoffMillis(10);
      TimClient client = TimClient.create(vertx, options);
      // wrong key: signature refused (after one renewal)
      TimClient wrongKey = TimClient.create(vertx, new TimClientOptions(options)
          .setSecretKey("0000000000000000000000000000000000000000000000000000000000000000"));
      failures.add(capture(wrongKey.call("im_open_login_svc", "account_check", null)));
      // deadline, reset, 502
      fixture.emulator.setFaults(EmulatorFaults.NONE.withSlowRatio(1).withSlowMillis(6000));
      failures.add(capture(client.call("im_open_login_svc", "account_check", null)));
      fixture.emulator.setFaults(EmulatorFaults.NONE.withResetRatio(1));
      failures.add(capture(client.call("im_open_login_svc", "account_check", null)));
      fixture.emulator.setFaults(EmulatorFaults.NONE.withFail502Ratio(1));
      failures.add(capture(client.call("im_open_login_svc", "account_check", null)));
      // a supplier that fails
      TimClient badSupplier = TimClient.create(vertx, new TimClientOptions(options).setSecretKey(null),
          () -> Future.failedFuture(new IllegalStateException("vault says no to key " + "***")));
      failures.add(capture(badSupplier.call("im_open_login_svc", "account_check", null)));
      String userSig = new UserSigGenerator(EmulatorFixture.SDK_APP_ID, key).generate("administrator", 86400);
      String sigPrefix = userSig.substring(0, 40);

      failures.removeIf(java.util.Objects::isNull);
      assertThat(failures).hasSizeGreaterThanOrEqualTo(5).allMatch(t -> t instanceof TimException);
      StringBuilder everything = new StringBuilder();
      for (Throwable t : failures) {
        StringWriter w = new StringWriter();
        t.printStackTrace(new PrintWriter(w));
        everything.append(w).append(t).append('\n');
      }
      everything.append(options).append(client).append(new JsonObject().put("o", options.toString()));
      System.err.flush();
      everything.append(captured.toString(StandardCharsets.UTF_8));
      assertThat(everything.toString()).doesNotContain(key).doesNotContain(sigPrefix).doesNotContain("usersig=eJ");
    } finally {
      System.setErr(originalErr);
      vertx.close().await();
    }
  }

  private static Throwable capture(Future<?> f) {
    try {
      f.await();
      return null;
    } catch (Throwable t) {
      return t;
    }
  }
}
