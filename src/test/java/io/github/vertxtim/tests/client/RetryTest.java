package io.github.vertxtim.tests.client;

import io.github.vertxtim.TimClient;
import io.github.vertxtim.TimClientOptions;
import io.github.vertxtim.TimErrorCode;
import io.github.vertxtim.TimException;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.Timeout;
import io.vertx.junit5.VertxExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which failures are retried, how often, and what is never repeated. */
@ExtendWith(VertxExtension.class)
@Timeout(value = 30, timeUnit = TimeUnit.SECONDS)
class RetryTest {

  private static final String KEY = "feedfacefeedfacefeedfacefeedfacefeedfacefeedfacefeedfacefeedface";
  private static final String OK = "{\"ActionStatus\":\"OK\",\"ErrorInfo\":\"\",\"ErrorCode\":0}";
  private StubServer stub;
  private TimClient client;

  @BeforeEach
  void start(Vertx vertx) {
    stub = StubServer.start(vertx, (req, body, i) -> StubServer.ok(req, OK)).await();
    client = TimClient.create(vertx, new TimClientOptions().setSdkAppId(1400000003L).setSecretKey(KEY)
        .setEndpoint(stub.baseUrl()).setMaxRetries(3).setRetryInitialBackoffMillis(10).setRetryMaxBackoffMillis(50));
  }

  @AfterEach
  void stop() {
    client.close().await();
    stub.close().await();
  }

  private static String fail(int code) {
    return "{\"ActionStatus\":\"FAIL\",\"ErrorInfo\":\"x\",\"ErrorCode\":" + code + "}";
  }

  @Test
  void rateLimitCodesAreRetriedWithBackoffOnSafeEndpoints() {
    int[] codes = {60007, 60011, 60018, 60019};
    stub.answer((req, b, i) -> StubServer.ok(req, i < codes.length - 1 ? fail(codes[i]) : OK));
    JsonObject answer = client.call("im_open_login_svc", "account_check", null).await();
    assertThat(answer.getString("ActionStatus")).isEqualTo("OK");
    assertThat(stub.seen).hasSize(4);
  }

  @Test
  void retriesStopAtMaxRetriesAndReportTheLastFailure() {
    stub.answer((req, b, i) -> StubServer.ok(req, fail(60007)));
    assertThatThrownBy(() -> client.call("im_open_login_svc", "account_check", null).await())
        .isInstanceOfSatisfying(TimException.class, e -> {
          assertThat(e.errorCode()).isEqualTo(60007);
          assertThat(e.isRetryable()).isTrue();
        });
    assertThat(stub.seen).hasSize(4);
  }

  @Test
  void http502IsRetriedOnSafeEndpointsOnly() {
    stub.answer((req, b, i) -> {
      if (i == 0) {
        req.response().setStatusCode(502).end("bad gateway");
      } else {
        StubServer.ok(req, OK);
      }
    });
    client.call("im_open_login_svc", "account_import", new JsonObject().put("UserID", "a")).await();
    assertThat(stub.seen).hasSize(2);

    stub.seen.clear();
    stub.answer((req, b, i) -> req.response().setStatusCode(502).end("bad gateway"));
    // create_group is not retry-safe: a second attempt could create a second group
    assertThatThrownBy(() -> client.call("group_open_http_svc", "create_group",
        new JsonObject().put("Type", "Public").put("Name", "g")).await())
        .isInstanceOfSatisfying(TimException.class, e -> {
          assertThat(e.code()).contains(TimErrorCode.HTTP_STATUS_ERROR);
          assertThat(e.isRetryable()).isFalse();
        });
    assertThat(stub.seen).hasSize(1);
  }

  @Test
  void unregisteredEndpointsAreNeverRetriedAfterSending() {
    stub.answer((req, b, i) -> StubServer.ok(req, fail(60007)));
    assertThatThrownBy(() -> client.call("future_svc", "new_command", null).await())
        .isInstanceOf(TimException.class);
    assertThat(stub.seen).hasSize(1);
  }

  @Test
  void sendmsgKeepsOneMsgRandomAcrossAttempts() {
    stub.answer((req, b, i) -> StubServer.ok(req, i < 2 ? fail(60007) : OK));
    client.call("openim", "sendmsg", new JsonObject().put("To_Account", "bob")).await();
    assertThat(stub.seen).hasSize(3);
    long first = new JsonObject(stub.seen.get(0).body()).getLong("MsgRandom");
    for (StubServer.Seen s : stub.seen) {
      assertThat(new JsonObject(s.body()).getLong("MsgRandom")).isEqualTo(first);
    }
    assertThat(first).isBetween(0L, 4294967295L);
  }

  @Test
  void businessErrorsAreNotRetried() {
    stub.answer((req, b, i) -> StubServer.ok(req, fail(70107)));
    assertThatThrownBy(() -> client.call("im_open_login_svc", "kick", new JsonObject().put("UserID", "x")).await())
        .isInstanceOfSatisfying(TimException.class, e -> assertThat(e.isRetryable()).isFalse());
    assertThat(stub.seen).hasSize(1);
  }

  @Test
  void aSignatureRefusalRenewsTheUsersigAndRetriesOnce() {
    stub.answer((req, b, i) -> StubServer.ok(req, i == 0 ? fail(70001) : OK));
    client.call("openim", "query_online_status", new JsonObject()).await();
    assertThat(stub.seen).hasSize(2);

    stub.seen.clear();
    stub.answer((req, b, i) -> StubServer.ok(req, fail(70009)));
    assertThatThrownBy(() -> client.call("openim", "query_online_status", new JsonObject()).await())
        .isInstanceOfSatisfying(TimException.class, e -> assertThat(e.code()).contains(TimErrorCode.USERSIG_VERIFICATION_FAILED));
    assertThat(stub.seen).hasSize(2);
  }

  @Test
  void retryBudgetBoundsTheWholeCall(Vertx vertx) {
    TimClient tight = TimClient.create(vertx, new TimClientOptions().setSdkAppId(1400000003L).setSecretKey(KEY)
        .setEndpoint(stub.baseUrl()).setMaxRetries(50).setRetryInitialBackoffMillis(200)
        .setRetryMaxBackoffMillis(200).setTimeoutMillis(3100).setRetryBudgetMillis(4000));
    stub.answer((req, b, i) -> StubServer.ok(req, fail(60007)));
    long start = System.nanoTime();
    assertThatThrownBy(() -> tight.call("im_open_login_svc", "account_check", null).await())
        .isInstanceOf(TimException.class);
    assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(4000);
    assertThat(stub.seen.size()).isBetween(2, 10);
    tight.close().await();
  }
}
