package io.github.vertxtim.tests.client;

import io.github.vertxtim.TimClient;
import io.github.vertxtim.TimClientOptions;
import io.github.vertxtim.TimErrorCode;
import io.github.vertxtim.TimException;
import io.github.vertxtim.sig.UserSigGenerator;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.junit5.Timeout;
import io.vertx.junit5.VertxExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A usersig travels in the request URL's query string, and Vert.x names the URL in its request-timeout message
 * ("The timeout period of 300ms has been exceeded while executing POST /v4/…&usersig=eJ… for server …"). The
 * client's own transport keeps its deadline itself, so that message reaches a call only through a usersig
 * supplier that makes such a request with the sig, here one that checks a fetched sig with a probe call
 * before handing it out. The failure must carry the usersig nowhere: message, causes, toString, stack trace.
 */
@ExtendWith(VertxExtension.class)
@Timeout(value = 30, timeUnit = TimeUnit.SECONDS)
class UserSigInFailuresTest {

  private EmulatorFixture fixture;
  private StubServer silent;
  private HttpClient probe;

  @BeforeEach
  void start(Vertx vertx) {
    fixture = EmulatorFixture.start(vertx).await();
    silent = StubServer.start(vertx, (req, body, i) -> { }).await(); // reads the request, never answers
    probe = vertx.createHttpClient();
  }

  @AfterEach
  void stop() {
    probe.close().await();
    silent.close().await();
    fixture.emulator.close().await();
  }

  @Test
  void aSupplierFailureNamingTheRequestUrlDoesNotCarryTheUsersig(Vertx vertx) {
    String userSig = new UserSigGenerator(EmulatorFixture.SDK_APP_ID, fixture.emulator.options().getSecretKey())
        .generate("administrator", 86_400);
    AtomicReference<Throwable> raw = new AtomicReference<>();
    Supplier<Future<String>> probing = () -> probe.request(new RequestOptions().setMethod(HttpMethod.POST)
            .setHost("127.0.0.1").setPort(silent.port()).setIdleTimeout(300)
            .setURI("/v4/im_open_login_svc/account_check?sdkappid=" + EmulatorFixture.SDK_APP_ID
                + "&identifier=administrator&usersig=" + userSig + "&random=1&contenttype=json"))
        .compose(req -> req.send("{}"))
        .compose(resp -> resp.body())
        .map(body -> userSig)
        .onFailure(raw::set);
    TimClient client = TimClient.create(vertx, new TimClientOptions(fixture.clientOptions()).setSecretKey(null),
        probing);

    TimException e = catchThrowableOfType(TimException.class,
        () -> client.call("im_open_login_svc", "account_check", null).await());

    // the path is real: Vert.x's own message names the URL with the usersig
    assertThat(raw.get()).isNotNull();
    assertThat(raw.get().getMessage()).contains("usersig=" + userSig);
    assertThat(e.code()).contains(TimErrorCode.USERSIG_UNAVAILABLE);
    assertThat(e.getMessage()).contains("no usersig").contains("timeout");
    assertThat(e.getCause()).as("the cause is kept (redacted) for debugging").isNotNull();
    String sigStart = userSig.substring(0, 24);
    StringBuilder everything = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      assertThat(t.getMessage()).doesNotContain(sigStart);
      assertThat(t.toString()).doesNotContain(sigStart);
      everything.append(t).append('\n');
    }
    StringWriter trace = new StringWriter();
    e.printStackTrace(new PrintWriter(trace));
    assertThat(trace.toString()).doesNotContain(sigStart).contains("usersig=***");
    assertThat(everything.toString()).doesNotContain(sigStart);
    client.close().await();
  }
}
