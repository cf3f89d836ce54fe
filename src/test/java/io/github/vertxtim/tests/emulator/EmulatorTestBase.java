package io.github.vertxtim.tests.emulator;

import io.github.vertxtim.emulator.TimEmulator;
import io.github.vertxtim.emulator.TimEmulatorOptions;
import io.github.vertxtim.sig.UserSigGenerator;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientAgent;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.Timeout;
import io.vertx.junit5.VertxExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Starts a {@link TimEmulator} on 127.0.0.1 and talks to it with a raw Vert.x HttpClient, building URLs and
 * usersigs by hand (the TimClient is not used: the emulator is checked against the documents, not the client).
 * Tests block on futures from the JUnit thread (never an event loop), each wait bounded.
 */
@ExtendWith(VertxExtension.class)
@Timeout(value = 10, timeUnit = TimeUnit.SECONDS)
abstract class EmulatorTestBase {

  static final long APP_ID = 1_400_000_123L;
  static final String KEY = "5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e";
  static final String ADMIN = "administrator";

  static final String ACCOUNT_IMPORT = "im_open_login_svc/account_import";
  static final String MULTIACCOUNT_IMPORT = "im_open_login_svc/multiaccount_import";
  static final String ACCOUNT_DELETE = "im_open_login_svc/account_delete";
  static final String ACCOUNT_CHECK = "im_open_login_svc/account_check";
  static final String KICK = "im_open_login_svc/kick";
  static final String QUERY_ONLINE_STATUS = "openim/query_online_status";
  static final String GROUP_LIST = "group_open_http_svc/get_appid_group_list";

  protected Vertx vertx;
  protected TimEmulator emulator;
  protected HttpClientAgent client;
  /** The event-loop context every client call of the test runs on. */
  protected Context context;
  protected final UserSigGenerator sigs = new UserSigGenerator(APP_ID, KEY);

  /** A raw HTTP answer. */
  record Answer(int status, MultiMap headers, Buffer body) {
    JsonObject json() {
      return new JsonObject(body);
    }

    int code() {
      return json().getInteger("ErrorCode");
    }
  }

  /** The options of the emulator under test; subclasses override to change them. */
  protected TimEmulatorOptions options() {
    return new TimEmulatorOptions().setSdkAppId(APP_ID).setSecretKey(KEY).setAdminIdentifier(ADMIN)
        .setRandomSeed(42);
  }

  @BeforeEach
  void startEmulator(Vertx vertx) {
    this.vertx = vertx;
    this.context = vertx.getOrCreateContext();
    emulator = TimEmulator.create(vertx, options());
    int port = await(emulator.start());
    assertThat(port).isPositive();
    client = vertx.createHttpClient(new HttpClientOptions().setDefaultHost("127.0.0.1").setDefaultPort(port),
        new PoolOptions().setHttp1MaxSize(8));
  }

  @AfterEach
  void stopEmulator() {
    if (client != null) {
      await(client.close());
    }
    if (emulator != null) {
      await(emulator.close());
    }
  }

  static <T> T await(Future<T> future) {
    try {
      return future.await(5, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      throw new AssertionError("no result within 5 s", e);
    }
  }

  /** Waits (polling, at most 3 s) until the condition holds. */
  static void eventually(String what, java.util.function.BooleanSupplier condition) {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > end) {
        throw new AssertionError("not within 3 s: " + what);
      }
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }

  /** A valid query string for the admin. */
  String query() {
    return query(APP_ID, ADMIN, sigs.generate(ADMIN, 86_400));
  }

  static String query(long appId, String identifier, String userSig) {
    return "sdkappid=" + appId + "&identifier=" + identifier + "&usersig=" + userSig + "&random="
        + ThreadLocalRandom.current().nextLong(0, 4_294_967_296L) + "&contenttype=json";
  }

  /** {@code /v4/{path}?{valid query}}. */
  String uri(String path) {
    return "/v4/" + path + "?" + query();
  }

  Future<Answer> send(HttpMethod method, String uri, String body) {
    return send(new RequestOptions().setMethod(method).setURI(uri), body);
  }

  /**
   * Sends on the test's event-loop context. Driving this raw client from the JUnit thread gives empty bodies now
   * and then: the "body()/end() race" of Vert.x 5.0.10, still seen here on 5.0.12 (7 emulator test classes
   * failed with empty answers when this ran off-context). The TimClient starts every exchange on a context.
   */
  Future<Answer> send(RequestOptions options, String body) {
    Promise<Answer> promise = Promise.promise();
    context.runOnContext(v -> client.request(options)
        .compose(req -> body == null ? req.send() : req.send(body))
        .compose(resp -> resp.body().map(b -> new Answer(resp.statusCode(), resp.headers(), b)))
        .onComplete(promise));
    return promise.future();
  }

  Answer post(String uri, String body) {
    return await(send(HttpMethod.POST, uri, body));
  }

  /** A well-formed, signed POST; checks the transport part of the answer and returns the envelope. */
  JsonObject call(String path, JsonObject body) {
    Answer a = post(uri(path), body.encode());
    assertThat(a.status()).isEqualTo(200);
    assertThat(a.headers().get("Content-Type")).isEqualTo("application/json");
    JsonObject json = a.json();
    assertThat(json.getString("ActionStatus")).isIn("OK", "FAIL");
    assertThat(json.getValue("ErrorInfo")).isInstanceOf(String.class);
    assertThat(json.getString("ActionStatus")).isEqualTo(json.getInteger("ErrorCode") == 0 ? "OK" : "FAIL");
    return json;
  }

  static void assertOk(JsonObject answer) {
    assertThat(answer.getInteger("ErrorCode")).as(answer.encode()).isZero();
    assertThat(answer.getString("ActionStatus")).isEqualTo("OK");
    assertThat(answer.getString("ErrorInfo")).isEmpty();
  }

  static void assertFail(JsonObject answer, int code) {
    assertThat(answer.getInteger("ErrorCode")).as(answer.encode()).isEqualTo(code);
    assertThat(answer.getString("ActionStatus")).isEqualTo("FAIL");
    assertThat(answer.getString("ErrorInfo")).isNotEmpty();
  }
}
