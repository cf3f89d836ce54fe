package io.github.vertxtim.tests.emulator;

import io.github.vertxtim.emulator.TimEmulator;
import io.github.vertxtim.emulator.TimEmulatorOptions;
import io.github.vertxtim.sig.UserSigGenerator;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.RunTestOnContext;
import io.vertx.junit5.Timeout;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedding example of docs/emulator.md, kept here so it compiles and runs. */
@ExtendWith(VertxExtension.class)
@Timeout(value = 10, timeUnit = TimeUnit.SECONDS)
class EmbeddingExampleTest {

  /** Runs each test on a Vert.x event loop, so client callbacks never run on the JUnit thread. */
  @RegisterExtension
  RunTestOnContext rtoc = new RunTestOnContext();

  private TimEmulator emulator;

  @BeforeEach
  void start(Vertx vertx, VertxTestContext ctx) {
    emulator = TimEmulator.create(vertx, new TimEmulatorOptions()
        .setSdkAppId(1400000000L)
        .setSecretKey("my-test-key")
        .setAdminIdentifier("administrator"));
    emulator.start().onComplete(ctx.succeedingThenComplete());
  }

  @AfterEach
  void stop(VertxTestContext ctx) {
    emulator.close().onComplete(ctx.succeedingThenComplete());
  }

  @Test
  void importsAnAccount(Vertx vertx, VertxTestContext ctx) {
    String userSig = new UserSigGenerator(1400000000L, "my-test-key").generate("administrator", 3600);
    String uri = "/v4/im_open_login_svc/account_import?sdkappid=1400000000&identifier=administrator"
        + "&usersig=" + userSig + "&random=12345&contenttype=json";
    HttpClient http = vertx.createHttpClient();
    http.request(HttpMethod.POST, emulator.port(), "127.0.0.1", uri)
        .compose(req -> req.send(new JsonObject().put("UserID", "alice").encode()))
        .compose(resp -> resp.body())
        .onComplete(ctx.succeeding(body -> ctx.verify(() -> {
          assertThat(new JsonObject(body).getInteger("ErrorCode")).isZero();
          assertThat(emulator.state().hasAccount("alice")).isTrue();
          assertThat(emulator.stats().requests("im_open_login_svc/account_import")).isEqualTo(1);
          ctx.completeNow();
        })));
  }
}
