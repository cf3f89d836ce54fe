package io.github.vertxtim.tests.eventbus;

import io.github.vertxtim.TimApi;
import io.github.vertxtim.TimClient;
import io.github.vertxtim.TimException;
import io.github.vertxtim.api.account.Account;
import io.github.vertxtim.api.account.CheckAccountsRequest;
import io.github.vertxtim.api.account.KickRequest;
import io.github.vertxtim.api.account.ImportAccountsRequest;
import io.github.vertxtim.bulk.BulkOptions;
import io.github.vertxtim.bulk.BulkSummary;
import io.github.vertxtim.eventbus.TimAdminOptions;
import io.github.vertxtim.eventbus.TimEventBusClient;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.Timeout;
import io.vertx.junit5.VertxExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** One piece of application code, written against TimApi, run with the HTTP client and with the requester. */
@ExtendWith(VertxExtension.class)
@Timeout(value = 60, timeUnit = TimeUnit.SECONDS)
class SwitchCarrierTest {

  private BusFixture fixture;

  @BeforeEach
  void start(Vertx vertx) {
    fixture = BusFixture.start(vertx);
  }

  @AfterEach
  void stop() {
    fixture.close();
  }

  /** What an application verticle would do; it only knows TimApi. */
  static Future<JsonObject> onboard(TimApi tim, String prefix) {
    List<String> ids = new ArrayList<>();
    List<Account> accounts = new ArrayList<>();
    for (int i = 0; i < 250; i++) {
      ids.add(prefix + i);
      accounts.add(Account.of(prefix + i));
    }
    return tim.accounts().importAccounts(new ImportAccountsRequest(accounts.subList(0, 50)))
        .compose(r -> tim.bulk("im_open_login_svc", "multiaccount_import", accounts.subList(50, 250),
            new BulkOptions().setRatePerSecond(1000)).summary())
        .compose((BulkSummary s) -> tim.accounts().checkAccounts(CheckAccountsRequest.of(ids.subList(0, 100)))
            .map(checked -> new JsonObject()
                .put("bulkOk", s.ok())
                .put("imported", checked.items().stream().filter(i -> "Imported".equals(i.accountStatus())).count())))
        .compose(result -> tim.call("im_open_login_svc", "account_check",
                new JsonObject().put("CheckItem", new io.vertx.core.json.JsonArray().add(new JsonObject().put("UserID", prefix + 249))))
            .map(raw -> result.put("last", raw.getJsonArray("ResultItem").getJsonObject(0).getString("AccountStatus"))))
        .compose(result -> tim.accounts().kick(new KickRequest("nobody-" + prefix))
            .map(v -> result.put("kick", "ok"))
            .recover(t -> Future.succeededFuture(result.put("kick", ((TimException) t).errorCode()))));
  }

  private static JsonObject runOnContext(Vertx vertx, TimApi tim, String prefix) {
    Promise<JsonObject> result = Promise.promise();
    vertx.getOrCreateContext().runOnContext(v -> onboard(tim, prefix).onComplete(result));
    return result.future().await();
  }

  @Test
  void theSameCodeGivesTheSameResultsOverHttpAndOverTheBus(Vertx vertx) {
    TimAdminOptions options = fixture.adminOptions();
    fixture.deploy(vertx, options, 1);
    TimClient direct = fixture.client(vertx);
    TimEventBusClient bus = TimEventBusClient.create(vertx, options.getAddress());

    JsonObject overHttp = runOnContext(vertx, direct, "h");
    JsonObject overBus = runOnContext(vertx, bus, "b");

    JsonObject expected = new JsonObject().put("bulkOk", 200L).put("imported", 100L).put("last", "Imported")
        .put("kick", 70107);
    assertThat(overHttp).isEqualTo(expected);
    assertThat(overBus).isEqualTo(expected);
    assertThat(fixture.emulator.state().accountCount()).isEqualTo(500);
  }
}
