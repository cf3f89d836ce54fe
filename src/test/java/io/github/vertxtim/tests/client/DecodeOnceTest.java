package io.github.vertxtim.tests.client;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.TimClient;
import io.github.vertxtim.TimClientOptions;
import io.github.vertxtim.TimErrorCode;
import io.github.vertxtim.TimException;
import io.github.vertxtim.api.EmptyResult;
import io.github.vertxtim.api.JsonRecord;
import io.github.vertxtim.api.MsgRandomRequest;
import io.github.vertxtim.api.TimCall;
import io.github.vertxtim.api.account.CheckAccountsRequest;
import io.github.vertxtim.api.account.CheckAccountsResult;
import io.github.vertxtim.api.account.KickRequest;
import io.github.vertxtim.internal.JsonCodec;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.Timeout;
import io.vertx.junit5.VertxExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Typed answers are decoded once from the response bytes: the envelope where it stands, unknown fields kept and
 * written back, FAIL and unreadable answers told apart; MsgRandom drawn once and kept on every attempt.
 */
@ExtendWith(VertxExtension.class)
@Timeout(value = 30, timeUnit = TimeUnit.SECONDS)
class DecodeOnceTest {

  private static final String KEY = "cafebabecafebabecafebabecafebabecafebabecafebabecafebabecafebabe";
  private static final String ITEMS = "\"ResultItem\":[{\"UserID\":\"a\",\"ResultCode\":0,\"ResultInfo\":\"\","
      + "\"AccountStatus\":\"Imported\",\"Since\":1700000000}]";
  private StubServer stub;
  private TimClient client;
  private volatile String answer;
  private Vertx vertx;

  @BeforeEach
  void start(Vertx vertx) {
    this.vertx = vertx;
    stub = StubServer.start(vertx, (req, body, i) -> StubServer.ok(req, answer)).await();
    client = TimClient.create(vertx, new TimClientOptions().setSdkAppId(1400000002L).setSecretKey(KEY)
        .setEndpoint(stub.baseUrl()).setMaxRetries(1).setRetryInitialBackoffMillis(1).setRetryMaxBackoffMillis(5));
  }

  @AfterEach
  void stop() {
    client.close().await();
    stub.close().await();
  }

  private CheckAccountsResult check() {
    return client.accounts().checkAccounts(CheckAccountsRequest.of(List.of("a"))).await();
  }

  @Test
  void unknownAnswerFieldsAreKeptWithoutTheEnvelope() {
    answer = "{\"ActionStatus\":\"OK\",\"ErrorInfo\":\"\",\"ErrorCode\":0," + ITEMS + ",\"Tomorrow\":{\"x\":[1,2]}}";
    CheckAccountsResult result = check();
    assertThat(result.items()).hasSize(1);
    assertThat(result.items().get(0).imported()).isTrue();
    assertThat(result.items().get(0).unknownFields()).isEqualTo(Map.of("Since", 1700000000));
    assertThat(result.unknownFields()).isEqualTo(Map.of("Tomorrow", Map.of("x", List.of(1, 2))));
    JsonObject again = new JsonObject(JsonCodec.encode(result));
    assertThat(again.getJsonObject("Tomorrow").getJsonArray("x").getList()).containsExactly(1, 2);
    assertThat(again.getJsonArray("ResultItem").getJsonObject(0).getLong("Since")).isEqualTo(1700000000L);
  }

  @Test
  void unknownRequestFieldsAreSent() {
    answer = "{\"ActionStatus\":\"OK\",\"ErrorInfo\":\"\",\"ErrorCode\":0}";
    client.accounts().kick(new KickRequest("a", Map.of("Reason", "tomorrow's field"))).await();
    JsonObject sent = new JsonObject(stub.seen.get(0).body());
    assertThat(sent.getMap()).isEqualTo(Map.of("UserID", "a", "Reason", "tomorrow's field"));
  }

  @Test
  void anEnvelopeAfterTheResultFieldsIsStillRead() {
    answer = "{" + ITEMS + ",\"ActionStatus\":\"OK\",\"ErrorCode\":0}";
    assertThat(check().items()).extracting(CheckAccountsResult.Item::userId).containsExactly("a");

    answer = "{" + ITEMS + ",\"ActionStatus\":\"FAIL\",\"ErrorCode\":70402,\"ErrorInfo\":\"bad\"}";
    assertThatThrownBy(this::check).isInstanceOfSatisfying(TimException.class, e -> {
      assertThat(e.errorCode()).isEqualTo(70402);
      assertThat(e.errorInfo()).isEqualTo("bad");
    });
  }

  @Test
  void aFailWhoseFieldsDoNotFitTheRecordIsTheServicesError() {
    answer = "{\"ActionStatus\":\"FAIL\",\"ErrorCode\":70107,\"ErrorInfo\":\"not imported\",\"ResultItem\":\"?\"}";
    assertThatThrownBy(this::check).isInstanceOfSatisfying(TimException.class,
        e -> assertThat(e.errorCode()).isEqualTo(70107));
  }

  @Test
  void anOkThatDoesNotFitTheRecordIsAnInvalidResponse() {
    answer = "{\"ActionStatus\":\"OK\",\"ErrorCode\":0,\"ResultItem\":\"not a list\"}";
    assertThatThrownBy(this::check).isInstanceOfSatisfying(TimException.class, e -> {
      assertThat(e.code()).contains(TimErrorCode.INVALID_RESPONSE);
      assertThat(e.errorInfo()).contains("CheckAccountsResult");
    });
    answer = "{\"ErrorCode\":0,\"ResultItem\":[]}";
    assertThatThrownBy(this::check).isInstanceOfSatisfying(TimException.class, e -> {
      assertThat(e.code()).contains(TimErrorCode.INVALID_RESPONSE);
      assertThat(e.errorInfo()).contains("no ActionStatus");
    });
  }

  @Test
  void anEnvelopeOnlyAnswerIsAnEmptyResult() {
    answer = "{\"ActionStatus\":\"OK\",\"ErrorInfo\":\"\",\"ErrorCode\":0,\"ErrorDisplay\":\"\"}";
    EmptyResult empty = client.accounts().kick(new KickRequest("a")).await();
    assertThat(empty.unknownFields()).isEmpty();
    answer = "{\"ActionStatus\":\"OK\",\"ErrorInfo\":\"\",\"ErrorCode\":0,\"Added\":true}";
    assertThat(client.accounts().kick(new KickRequest("a")).await().unknownFields()).isEqualTo(Map.of("Added", true));
  }

  @Test
  void anAnswerThatEchoesTheRequestDoesNotCarryTheUsersigIntoTheException() {
    stub.answer((req, body, i) -> {
      String sig = req.getParam("usersig");
      if (i == 0) {
        StubServer.ok(req, new JsonObject().put("ActionStatus", "FAIL").put("ErrorCode", 70402)
            .put("ErrorInfo", "bad request " + req.uri() + " (sig " + sig + ")").encode());
      } else {
        req.response().setStatusCode(502).setStatusMessage("Bad Gateway for " + req.uri()).end();
      }
    });
    client.close().await();
    client = TimClient.create(vertx, new TimClientOptions().setSdkAppId(1400000002L).setSecretKey(KEY).setEndpoint(stub.baseUrl())
            .setMaxRetries(0));
    for (int attempt = 0; attempt < 2; attempt++) {
      TimException e = catchTim(this::check);
      String sig = URI.create(stub.seen.get(attempt).uri()).getQuery().replaceAll(".*usersig=([^&]*).*", "$1");
      assertThat(sig).hasSizeGreaterThan(20);
      assertThat(e.getMessage()).doesNotContain(sig).contains("usersig=***");
      assertThat(e.errorInfo()).doesNotContain(sig);
    }
  }

  private static TimException catchTim(Runnable call) {
    try {
      call.run();
    } catch (TimException e) {
      return e;
    }
    throw new AssertionError("the call did not fail");
  }

  /** A family the test makes over a MsgRandom endpoint. */
  public interface SendApi {
    @TimCall("openim/sendmsg")
    Future<EmptyResult> send(SendRequest request);
  }

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record SendRequest(@JsonProperty("To_Account") String toAccount,
                            @JsonProperty("MsgRandom") Long msgRandom,
                            @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
      implements MsgRandomRequest, JsonRecord {

    public SendRequest {
      unknownFields = JsonRecord.copyOf(unknownFields);
    }

    @Override
    public SendRequest withMsgRandom(long msgRandom) {
      return new SendRequest(toAccount, msgRandom, unknownFields);
    }
  }

  /** A family whose MsgRandom endpoint takes a request without a MsgRandom. */
  public interface UnsafeSendApi {
    @TimCall("openim/sendmsg")
    Future<EmptyResult> send(KickRequest request);
  }

  @Test
  void msgRandomIsDrawnOnceAndKeptOnEveryAttempt() {
    stub.answer((req, body, i) -> {
      if (i == 0) {
        req.response().setStatusCode(502).end();
      } else {
        StubServer.ok(req, "{\"ActionStatus\":\"OK\",\"ErrorInfo\":\"\",\"ErrorCode\":0}");
      }
    });
    client.family(SendApi.class).send(new SendRequest("bob", null, null)).await();
    assertThat(stub.seen).hasSize(2);
    long first = new JsonObject(stub.seen.get(0).body()).getLong("MsgRandom");
    long second = new JsonObject(stub.seen.get(1).body()).getLong("MsgRandom");
    assertThat(first).isBetween(0L, 4_294_967_295L).isEqualTo(second);
    assertThat(stub.seen.get(0).body()).isEqualTo(stub.seen.get(1).body());

    stub.seen.clear();
    client.family(SendApi.class).send(new SendRequest("bob", 42L, null)).await();
    assertThat(new JsonObject(stub.seen.get(0).body()).getLong("MsgRandom")).isEqualTo(42L);
  }

  @Test
  void aMsgRandomEndpointWhoseRequestCannotCarryOneIsRefusedWhenTheFamilyIsMade() {
    assertThatThrownBy(() -> client.family(UnsafeSendApi.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("MsgRandomRequest");
  }
}
