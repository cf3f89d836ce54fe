package io.github.vertxtim.tests.client;

import io.github.vertxtim.api.account.ImportAccountRequest;
import io.github.vertxtim.TimClient;
import io.github.vertxtim.TimClientOptions;
import io.github.vertxtim.TimErrorCategory;
import io.github.vertxtim.TimErrorCode;
import io.github.vertxtim.TimException;
import io.github.vertxtim.api.account.Account;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.Timeout;
import io.vertx.junit5.VertxExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The wire format of a request and every way an answer can be unusable, against a stub server. */
@ExtendWith(VertxExtension.class)
@Timeout(value = 30, timeUnit = TimeUnit.SECONDS)
class EnvelopeAndUrlTest {

  private static final String KEY = "cafebabecafebabecafebabecafebabecafebabecafebabecafebabecafebabe";
  private StubServer stub;
  private TimClient client;

  @BeforeEach
  void start(Vertx vertx) {
    stub = StubServer.start(vertx, (req, body, i) -> StubServer.ok(req,
        "{\"ActionStatus\":\"OK\",\"ErrorInfo\":\"\",\"ErrorCode\":0}")).await();
    client = TimClient.create(vertx, new TimClientOptions().setSdkAppId(1400000002L).setSecretKey(KEY)
        .setAdminIdentifier("admin one").setEndpoint(stub.baseUrl()).setMaxRetries(0));
  }

  @AfterEach
  void stop() {
    client.close().await();
    stub.close().await();
  }

  private static Map<String, String> query(String uri) {
    Map<String, String> q = new HashMap<>();
    for (String kv : URI.create(uri).getRawQuery().split("&")) {
      String[] p = kv.split("=", 2);
      q.put(p[0], URLDecoder.decode(p[1], StandardCharsets.UTF_8));
    }
    return q;
  }

  @Test
  void requestIsAPostToTheSeedsUrlWithAFreshRandomEachTime() {
    for (int i = 0; i < 20; i++) {
      client.call("im_open_login_svc", "account_check", null).await();
    }
    client.accounts().importAccount(ImportAccountRequest.of("u1")).await();
    Set<String> randoms = new HashSet<>();
    for (StubServer.Seen s : stub.seen) {
      assertThat(s.method()).isEqualTo("POST");
      assertThat(s.contentType()).startsWith("application/json");
      Map<String, String> q = query(s.uri());
      assertThat(q.keySet()).containsExactlyInAnyOrder("sdkappid", "identifier", "usersig", "random", "contenttype");
      assertThat(q.get("sdkappid")).isEqualTo("1400000002");
      assertThat(q.get("identifier")).isEqualTo("admin one");
      assertThat(q.get("contenttype")).isEqualTo("json");
      assertThat(q.get("usersig")).matches("[A-Za-z0-9*_-]+");
      long random = Long.parseLong(q.get("random"));
      assertThat(random).isBetween(0L, 4294967295L);
      randoms.add(q.get("random"));
    }
    assertThat(stub.seen.get(0).uri()).startsWith("/v4/im_open_login_svc/account_check?");
    assertThat(stub.seen.get(0).body().toString()).isEqualTo("{}");
    assertThat(new JsonObject(stub.seen.get(20).body())).isEqualTo(new JsonObject().put("UserID", "u1"));
    assertThat(randoms).hasSizeGreaterThan(18);
    // one usersig reused across calls, not one per call
    assertThat(stub.seen.stream().map(s -> query(s.uri()).get("usersig")).distinct()).hasSize(1);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "502 gateway page|502|<html><body>502 Bad Gateway</body></html>|HTTP_STATUS_ERROR",
      "not json|200|hello|INVALID_RESPONSE",
      "json array|200|[1,2]|INVALID_RESPONSE",
      "no ActionStatus|200|{\"ErrorCode\":0}|INVALID_RESPONSE",
      "FAIL without code|200|{\"ActionStatus\":\"FAIL\"}|INVALID_RESPONSE",
      "empty body|200||INVALID_RESPONSE",
  })
  void unusableAnswersFailWithAClearCode(String name, int status, String body, TimErrorCode expected) {
    stub.answer((req, b, i) -> req.response().setStatusCode(status).end(body == null ? "" : body));
    assertThatThrownBy(() -> client.call("im_open_login_svc", "account_check", null).await())
        .isInstanceOfSatisfying(TimException.class, e -> {
          assertThat(e.code()).contains(expected);
          assertThat(e.category()).isEqualTo(TimErrorCategory.SERVER);
          assertThat(e.getMessage()).isNotBlank();
        });
  }

  @Test
  void truncatedBodyFailsAsANetworkErrorInsteadOfHanging() {
    stub.answer((req, b, i) -> {
      req.response().putHeader("Content-Length", "100").write("{\"ActionStatus\":\"OK\"");
      req.connection().close();
    });
    assertThatThrownBy(() -> client.call("im_open_login_svc", "account_check", null).await())
        .isInstanceOfSatisfying(TimException.class, e -> {
          assertThat(e.code()).contains(TimErrorCode.NETWORK_ERROR);
          assertThat(e.category()).isEqualTo(TimErrorCategory.NETWORK);
        });
  }

  @Test
  void okWithPerItemFailuresIsASuccessCarryingThem() {
    stub.answer((req, b, i) -> StubServer.ok(req, "{\"ActionStatus\":\"OK\",\"ErrorCode\":0,\"ErrorInfo\":\"\","
        + "\"FailAccounts\":[\"bad1\",\"bad2\"],\"SomethingNew\":{\"x\":1}}"));
    var result = client.accounts().importAccounts(new io.github.vertxtim.api.account.ImportAccountsRequest(
        java.util.List.of(Account.of("bad1"), Account.of("bad2"), Account.of("good")))).await();
    assertThat(result.failAccounts()).containsExactly("bad1", "bad2");
  }

  @Test
  void serviceErrorCodesKeepTheirInfoAndCategory() {
    stub.answer((req, b, i) -> StubServer.ok(req,
        "{\"ActionStatus\":\"FAIL\",\"ErrorCode\":60010,\"ErrorInfo\":\"need admin\"}"));
    assertThatThrownBy(() -> client.call("im_open_login_svc", "account_check", null).await())
        .isInstanceOfSatisfying(TimException.class, e -> {
          assertThat(e.errorCode()).isEqualTo(60010);
          assertThat(e.errorInfo()).isEqualTo("need admin");
          assertThat(e.category()).isEqualTo(TimErrorCategory.PERMISSION);
        });
  }
}
