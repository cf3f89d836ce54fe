package io.github.vertxtim.tests.bulk;

import io.github.vertxtim.TimClient;
import io.github.vertxtim.TimClientOptions;
import io.github.vertxtim.api.account.Account;
import io.github.vertxtim.bulk.BulkJob;
import io.github.vertxtim.bulk.BulkOptions;
import io.github.vertxtim.bulk.BulkOutcome;
import io.github.vertxtim.bulk.BulkSummary;
import io.github.vertxtim.emulator.EmulatorFaults;
import io.github.vertxtim.emulator.TimEmulator;
import io.github.vertxtim.emulator.TimEmulatorOptions;
import io.vertx.core.Vertx;
import io.vertx.junit5.Timeout;
import io.vertx.junit5.VertxExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** 100,000 accounts through a faulty emulator: every account imported once, every item one outcome, no stuck pool. */
@ExtendWith(VertxExtension.class)
@Timeout(value = 180, timeUnit = TimeUnit.SECONDS)
class BulkFaultsTest {

  private static final int ACCOUNTS = 100_000;

  @Test
  void hundredThousandAccountsUnderFaults(Vertx vertx) {
    TimEmulator emulator = TimEmulator.create(vertx, new TimEmulatorOptions()
        .setRate("im_open_login_svc/multiaccount_import", 5000)
        .setRandomSeed(42)
        .setFaults(new EmulatorFaults(0, 0.02, 0.05, 0.05, 0.02, 10_000)));
    emulator.start().await();
    TimClient client = TimClient.create(vertx, new TimClientOptions()
        .setSdkAppId(emulator.options().getSdkAppId())
        .setSecretKey(emulator.options().getSecretKey())
        .setEndpoint(emulator.baseUrl())
        .setPoolSize(16)
        .setTimeoutMillis(3100)
        .setMaxRetries(0));
    List<Account> accounts = new ArrayList<>(ACCOUNTS);
    for (int i = 0; i < ACCOUNTS; i++) {
      accounts.add(new Account("user-" + i, "Nick " + i, null));
    }
    BulkJob<Account> job = client.bulk("im_open_login_svc", "multiaccount_import", accounts, new BulkOptions()
        .setRatePerSecond(5000).setMaxInFlight(16).setMaxAttempts(20)
        .setRetryInitialBackoffMillis(20).setRetryMaxBackoffMillis(500));
    Map<String, Integer> outcomesPerItem = new HashMap<>(ACCOUNTS * 2);
    List<BulkOutcome<Account>> failures = new ArrayList<>();
    job.outcomes().handler(o -> {
      outcomesPerItem.merge(o.item().userId(), 1, Integer::sum);
      if (!o.ok()) {
        failures.add(o);
      }
    });
    BulkSummary summary = job.summary().await();

    assertThat(failures).isEmpty();
    assertThat(summary.items()).isEqualTo(ACCOUNTS);
    assertThat(summary.ok()).isEqualTo(ACCOUNTS);
    assertThat(summary.ok() + summary.failed() + summary.cancelled()).isEqualTo(summary.items());
    assertThat(outcomesPerItem).hasSize(ACCOUNTS);
    assertThat(outcomesPerItem.values()).allMatch(n -> n == 1);
    assertThat(emulator.state().accountCount()).isEqualTo(ACCOUNTS);
    assertThat(emulator.state().accountIds()).allMatch(id -> id.startsWith("user-"));
    // the faults really happened and were retried
    assertThat(emulator.stats().faults("502")).isPositive();
    assertThat(emulator.stats().faults("reset")).isPositive();
    assertThat(emulator.stats().faults("slow")).isPositive();
    assertThat(emulator.stats().faults("throttle")).isPositive();
    assertThat(summary.calls()).isGreaterThan(ACCOUNTS / 100);
    assertThat(summary.retriedItems()).isPositive();

    // no connection is stuck: with faults off, the next call goes through (a stuck pool would time it out)
    emulator.setFaults(EmulatorFaults.NONE);
    client.call("im_open_login_svc", "account_check",
        new io.vertx.core.json.JsonObject().put("CheckItem", new io.vertx.core.json.JsonArray()
            .add(new io.vertx.core.json.JsonObject().put("UserID", "user-1")))).await();
    client.close().await();
    emulator.close().await();
  }
}
