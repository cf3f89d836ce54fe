package io.github.vertxtim.tests.eventbus;

import io.github.vertxtim.TimClient;
import io.github.vertxtim.TimErrorCategory;
import io.github.vertxtim.TimErrorCode;
import io.github.vertxtim.TimException;
import io.github.vertxtim.api.account.Account;
import io.github.vertxtim.api.account.CheckAccountsRequest;
import io.github.vertxtim.api.account.CheckAccountsResult;
import io.github.vertxtim.api.account.KickRequest;
import io.github.vertxtim.api.account.ImportAccountsRequest;
import io.github.vertxtim.emulator.EmulatorFaults;
import io.github.vertxtim.eventbus.TimAddresses;
import io.github.vertxtim.eventbus.TimAdminOptions;
import io.github.vertxtim.eventbus.TimEventBusClient;
import io.github.vertxtim.eventbus.TimEventBusOptions;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.Message;
import io.vertx.core.eventbus.ReplyException;
import io.vertx.core.eventbus.ReplyFailure;
import io.vertx.core.internal.ContextInternal;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.Timeout;
import io.vertx.junit5.VertxExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Single calls over the bus, on one Vert.x instance: answers, typed families, failures and their codes, overload. */
@ExtendWith(VertxExtension.class)
@Timeout(value = 60, timeUnit = TimeUnit.SECONDS)
class CallOverBusTest {

  private BusFixture fixture;

  @BeforeEach
  void start(Vertx vertx) {
    fixture = BusFixture.start(vertx);
  }

  @AfterEach
  void stop() {
    fixture.close();
  }

  private TimEventBusClient requester(Vertx vertx, TimAdminOptions options) {
    return TimEventBusClient.create(vertx, options.getAddress());
  }

  @Test
  void aCallGoesThroughTheVerticleAndComesBackWithTheAnswer(Vertx vertx) {
    TimAdminOptions options = fixture.adminOptions();
    String deployment = fixture.deploy(vertx, options, 1);
    TimEventBusClient bus = requester(vertx, options);

    JsonObject answer = bus.call("im_open_login_svc", "account_import", new JsonObject().put("UserID", "alice"))
        .await();

    assertThat(answer.getString("ActionStatus")).isEqualTo("OK");
    assertThat(answer.getInteger("ErrorCode")).isZero();
    assertThat(fixture.emulator.state().hasAccount("alice")).isTrue();
    // The wire format is plain JSON, and every answer says which instance served it.
    Message<JsonObject> raw = vertx.eventBus().<JsonObject>request(TimAddresses.call(options.getAddress()),
        new JsonObject().put("service", "im_open_login_svc").put("command", "account_check")
            .put("body", new JsonObject().put("CheckItem", new JsonArray().add(new JsonObject().put("UserID", "alice")))))
        .await();
    assertThat(raw.body().getJsonArray("ResultItem").getJsonObject(0).getString("AccountStatus")).isEqualTo("Imported");
    assertThat(raw.headers().get(TimAddresses.HEADER_INSTANCE)).contains("/" + deployment + "#");
  }

  @Test
  void typedFamiliesWorkOverTheBus(Vertx vertx) {
    TimAdminOptions options = fixture.adminOptions();
    fixture.deploy(vertx, options, 2);
    TimEventBusClient bus = requester(vertx, options);

    bus.accounts().importAccounts(new ImportAccountsRequest(List.of(new Account("bob", "Bob", null),
        Account.of("carol")))).await();
    CheckAccountsResult checked = bus.accounts().checkAccounts(CheckAccountsRequest.of(List.of("bob", "carol", "dave")))
        .await();

    assertThat(checked.items()).extracting(i -> i.userId() + "=" + i.accountStatus())
        .containsExactly("bob=Imported", "carol=Imported", "dave=NotImported");
    // decoded from the answer the verticle sent back: the envelope is not among the record's unknown fields
    assertThat(checked.unknownFields()).isEmpty();
    assertThat(fixture.emulator.state().accountIds()).contains("bob", "carol");
  }

  @Test
  void aFailAnswerBecomesTheSameTimExceptionAsADirectCall(Vertx vertx) {
    TimAdminOptions options = fixture.adminOptions();
    fixture.deploy(vertx, options, 1);
    TimEventBusClient bus = requester(vertx, options);
    TimClient direct = fixture.client(vertx);

    TimException overBus = failure(bus.accounts().kick(new KickRequest("nobody")));
    TimException directly = failure(direct.accounts().kick(new KickRequest("nobody")));

    assertThat(overBus.errorCode()).isEqualTo(TimErrorCode.ACCOUNT_NOT_IMPORTED.code()).isEqualTo(directly.errorCode());
    assertThat(overBus.code()).contains(TimErrorCode.ACCOUNT_NOT_IMPORTED);
    assertThat(overBus.category()).isEqualTo(TimErrorCategory.NOT_FOUND).isEqualTo(directly.category());
    assertThat(overBus.service()).isEqualTo("im_open_login_svc");
    assertThat(overBus.command()).isEqualTo("kick");
    assertThat(overBus.errorInfo()).isEqualTo(directly.errorInfo()).contains("nobody");
    assertThat(overBus.isRetryable()).isFalse();
    // On the wire: a ReplyException whose failure code is the ErrorCode and whose message is the ErrorInfo.
    ReplyException raw = failureOf(vertx.eventBus().request(TimAddresses.call(options.getAddress()),
        new JsonObject().put("service", "im_open_login_svc").put("command", "kick")
            .put("body", new JsonObject().put("UserID", "nobody"))), ReplyException.class);
    assertThat(raw.failureType()).isEqualTo(ReplyFailure.RECIPIENT_FAILURE);
    assertThat(raw.failureCode()).isEqualTo(70107);
    assertThat(raw.getMessage()).isEqualTo(directly.errorInfo());
  }

  @Test
  void clientSideFailuresOfTheVerticleKeepTheirCodes(Vertx vertx) {
    // A verticle whose client cannot connect: the client's NETWORK_ERROR (-2) travels as is.
    TimAdminOptions unreachable = fixture.adminOptions();
    unreachable.getClientOptions().setEndpoint("http://127.0.0.1:9").setMaxRetries(0);
    fixture.deploy(vertx, unreachable, 1);
    TimException network = failure(requester(vertx, unreachable)
        .call("im_open_login_svc", "account_check", new JsonObject().put("CheckItem", new JsonArray())));
    assertThat(network.code()).contains(TimErrorCode.NETWORK_ERROR);
    assertThat(network.category()).isEqualTo(TimErrorCategory.NETWORK);
    assertThat(network.isRetryable()).isTrue(); // account_check is retry-safe and the failure transient
    assertThat(network.command()).isEqualTo("account_check");

    // A malformed request is refused by the verticle with INVALID_ARGUMENT (-6).
    TimAdminOptions options = fixture.adminOptions();
    fixture.deploy(vertx, options, 1);
    ReplyException malformed = failureOf(vertx.eventBus().request(TimAddresses.call(options.getAddress()),
        new JsonObject().put("service", "im open").put("command", "x")), ReplyException.class);
    assertThat(malformed.failureCode()).isEqualTo(TimErrorCode.INVALID_ARGUMENT.code());
    // ... and by the requester before anything is sent.
    assertThat(failure(requester(vertx, options).call("bad/name", "x", null)).code())
        .contains(TimErrorCode.INVALID_ARGUMENT);
  }

  @Test
  void noVerticleMeansNoHandlersAfterTheResendWindow(Vertx vertx) {
    TimEventBusClient bus = TimEventBusClient.create(vertx, new TimEventBusOptions()
        .setAddress("test.nobody.tim.admin.v1").setNoHandlersRetryMillis(300));
    long start = System.nanoTime();
    TimException e = failure(bus.call("im_open_login_svc", "account_check", new JsonObject()));
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

    assertThat(e.code()).contains(TimErrorCode.NO_HANDLERS);
    assertThat(e.category()).isEqualTo(TimErrorCategory.NETWORK);
    assertThat(e.isRetryable()).isTrue(); // never executed
    assertThat(millis).isGreaterThanOrEqualTo(300);
  }

  @Test
  void aSlowVerticleAnswerIsABusTimeout(Vertx vertx) {
    fixture.emulator.setFaults(EmulatorFaults.NONE.withLatencyMillis(1500));
    TimAdminOptions options = fixture.adminOptions();
    fixture.deploy(vertx, options, 1);
    TimEventBusClient bus = TimEventBusClient.create(vertx, new TimEventBusOptions()
        .setAddress(options.getAddress()).setTimeoutMillis(300));

    TimException safe = failure(bus.call("im_open_login_svc", "kick", new JsonObject().put("UserID", "x")));
    TimException unsafe = failure(bus.call("group_open_http_svc", "create_group", new JsonObject()));

    assertThat(safe.code()).contains(TimErrorCode.TIMEOUT);
    assertThat(safe.errorInfo()).contains("event bus");
    // The outcome is unknown: a retry is safe only where the registry says so.
    assertThat(safe.isRetryable()).isTrue();
    assertThat(unsafe.code()).contains(TimErrorCode.TIMEOUT);
    assertThat(unsafe.isRetryable()).isFalse();
  }

  @Test
  void overloadIsAnsweredAtOnce(Vertx vertx) {
    fixture.emulator.setFaults(EmulatorFaults.NONE.withLatencyMillis(800));
    TimAdminOptions options = fixture.adminOptions().setMaxInFlight(1).setPaceCalls(false);
    fixture.deploy(vertx, options, 1);
    TimEventBusClient bus = requester(vertx, options);
    JsonObject body = new JsonObject().put("CheckItem", new JsonArray().add(new JsonObject().put("UserID", "a")));

    Future<JsonObject> first = bus.call("im_open_login_svc", "account_check", body);
    sleep(200); // the first is now in flight at the verticle, waiting for the emulator
    long start = System.nanoTime();
    TimException second = failure(bus.call("im_open_login_svc", "account_check", body));
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

    assertThat(second.code()).contains(TimErrorCode.OVERLOADED);
    assertThat(second.errorInfo()).contains("overloaded");
    assertThat(millis).isLessThan(400); // not queued behind the 800 ms call
    assertThat(first.await().getString("ActionStatus")).isEqualTo("OK");
    // Room again once the first answered.
    assertThat(bus.call("im_open_login_svc", "account_check", body).await().getString("ActionStatus")).isEqualTo("OK");
  }

  @Test
  void answersCompleteOnTheCallersContext(Vertx vertx) {
    TimAdminOptions options = fixture.adminOptions();
    fixture.deploy(vertx, options, 1);
    TimEventBusClient bus = requester(vertx, options);
    ContextInternal ctx = ((ContextInternal) vertx.getOrCreateContext()).duplicate();
    Promise<Boolean> same = Promise.promise();

    ctx.runOnContext(v -> bus.call("im_open_login_svc", "account_import", new JsonObject().put("UserID", "ctx"))
        .onComplete(ar -> same.complete(ar.succeeded() && Vertx.currentContext() == ctx)));

    assertThat(same.future().await()).isTrue();
  }

  static TimException failure(Future<?> future) {
    return failureOf(future, TimException.class);
  }

  static <T extends Throwable> T failureOf(Future<?> future, Class<T> type) {
    return catchThrowableOfType(type, future::await);
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

}
