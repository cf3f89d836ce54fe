package io.github.vertxtim.tests.eventbus;

import io.github.vertxtim.TimClientOptions;
import io.github.vertxtim.eventbus.TimAdminOptions;
import io.github.vertxtim.eventbus.TimAdminVerticle;
import io.github.vertxtim.eventbus.TimEventBusClient;
import io.github.vertxtim.eventbus.TimEventBusOptions;
import io.github.vertxtim.tests.client.ChangedOptions;
import io.github.vertxtim.tests.client.OptionsGetters;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.core.net.PemTrustOptions;
import io.vertx.core.net.SelfSignedCertificate;
import io.vertx.core.net.TrustOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/** Copies and JSON of the verticle's options, and that the verticle's client keeps a programmatic trust store. */
class TimAdminOptionsTest {

  private final Vertx vertx = Vertx.vertx();

  @AfterEach
  void close() {
    vertx.close().await();
  }

  /** Trusts what its PEM options trust and counts how often Vert.x asked for its trust managers. */
  record CountingTrust(PemTrustOptions pem, AtomicInteger uses) implements TrustOptions {

    @Override
    public TrustOptions copy() {
      return new CountingTrust(pem.copy(), uses);
    }

    @Override
    public TrustManagerFactory getTrustManagerFactory(Vertx vertx) throws Exception {
      uses.incrementAndGet();
      return pem.getTrustManagerFactory(vertx);
    }

    @Override
    public Function<String, TrustManager[]> trustManagerMapper(Vertx vertx) throws Exception {
      return pem.trustManagerMapper(vertx);
    }
  }

  private static TimAdminOptions everySetterChanged() {
    return new TimAdminOptions()
        .setAddress("test.changed.tim.admin.v1")
        .setMaxInFlight(7)
        .setMaxBufferedMessages(9)
        .setMaxBulkJobs(2)
        .setBulkWindow(100)
        .setPaceCalls(false)
        .setRateHeadroom(0.5)
        .setQuota("v4/openim/sendmsg", 42)
        .setSharedPool(true)
        .setDrainTimeoutMillis(1500)
        .setRequesterTimeoutMillis(2500)
        .setLingerMillis(3500)
        .setLocalOnly(true)
        .setClientOptions(ChangedOptions.client());
  }

  @Test
  void everySetterSurvivesTheJsonRoundTripAndTheCopy() {
    TimAdminOptions changed = everySetterChanged();
    Map<String, Object> defaults = OptionsGetters.read(new TimAdminOptions());
    Map<String, Object> values = OptionsGetters.read(changed);
    values.forEach((getter, value) -> assertThat(value).as(getter).isNotEqualTo(defaults.get(getter)));

    assertThat(OptionsGetters.read(new TimAdminOptions(changed.toJson()))).isEqualTo(values);
    assertThat(OptionsGetters.read(new TimAdminOptions(changed))).isEqualTo(values);
  }

  @Test
  void aCopyOwnsItsQuotasAndClientOptions() {
    TimAdminOptions options = everySetterChanged();
    TimAdminOptions copy = new TimAdminOptions(options);
    options.setQuota("v4/openim/sendmsg", 1).getClientOptions().setPoolSize(1);
    assertThat(copy.getQuotas()).containsEntry("v4/openim/sendmsg", 42d);
    assertThat(copy.getClientOptions().getPoolSize()).isEqualTo(3);
  }

  @Test
  void defaultOptionsCanBeCopiedAndGivenToAVerticle() {
    TimAdminOptions unfinished = new TimAdminOptions();
    assertThat(OptionsGetters.read(new TimAdminOptions(unfinished))).isEqualTo(OptionsGetters.read(unfinished));
    assertThat(OptionsGetters.read(new TimAdminOptions(unfinished.toJson())))
        .isEqualTo(OptionsGetters.read(unfinished));
    assertThatCode(() -> new TimAdminVerticle(unfinished)).doesNotThrowAnyException();
    TimEventBusOptions bus = new TimEventBusOptions().setTimeoutMillis(1234);
    assertThat(new TimEventBusOptions(bus)).isEqualTo(bus);
  }

  @Test
  void aCopyKeepsAProgrammaticTrustStore() {
    SelfSignedCertificate cert = SelfSignedCertificate.create("localhost");
    CountingTrust trust = new CountingTrust(cert.trustOptions(), new AtomicInteger());
    TimAdminOptions options = new TimAdminOptions().setClientOptions(new TimClientOptions().setSdkAppId(1)
        .setHttpClientOptions(new HttpClientOptions().setTrustOptions(trust)));

    TrustOptions copied = new TimAdminOptions(options).getClientOptions().getHttpClientOptions().getTrustOptions();

    assertThat(copied).isInstanceOf(CountingTrust.class).isEqualTo(trust);
    cert.delete();
  }

  /**
   * The verticle reaches an HTTPS server whose self-signed certificate only the programmatic trust store trusts:
   * the call succeeds only if the verticle's client got that store.
   */
  @Test
  void theVerticlesClientUsesTheProgrammaticTrustStore() {
    SelfSignedCertificate cert = SelfSignedCertificate.create("localhost");
    AtomicInteger requests = new AtomicInteger();
    HttpServer server = vertx.createHttpServer(new HttpServerOptions().setSsl(true)
            .setKeyCertOptions(cert.keyCertOptions()))
        .requestHandler(req -> req.body().onSuccess(body -> {
          requests.incrementAndGet();
          req.response().putHeader("Content-Type", "application/json").end(new JsonObject()
              .put("ActionStatus", "OK").put("ErrorCode", 0).put("ErrorInfo", "")
              .put("ResultItem", new JsonArray()).encode());
        }))
        .listen(0, "127.0.0.1").await();
    CountingTrust trust = new CountingTrust(cert.trustOptions(), new AtomicInteger());
    TimAdminOptions options = new TimAdminOptions()
        .setAddress("test." + UUID.randomUUID() + ".tim.admin.v1")
        .setClientOptions(new TimClientOptions().setSdkAppId(1_400_000_000L).setSecretKey(ChangedOptions.KEY)
            .setEndpoint("https://localhost:" + server.actualPort()).setMaxRetries(0)
            .setHttpClientOptions(new HttpClientOptions().setTrustOptions(trust)));
    vertx.deployVerticle(new TimAdminVerticle(options)).await();

    JsonObject answer = TimEventBusClient.create(vertx, options.getAddress())
        .call("im_open_login_svc", "account_check", new JsonObject()
            .put("CheckItem", new JsonArray().add(new JsonObject().put("UserID", "alice"))))
        .await();

    assertThat(answer.getString("ActionStatus")).isEqualTo("OK");
    assertThat(requests.get()).isEqualTo(1);
    assertThat(trust.uses().get()).isPositive();
    cert.delete();
  }
}
