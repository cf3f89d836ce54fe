package io.github.vertxtim.tests.api.push;

import io.github.vertxtim.TimClient;
import io.github.vertxtim.TimClientOptions;
import io.github.vertxtim.api.account.Account;
import io.github.vertxtim.api.account.ImportAccountsRequest;
import io.github.vertxtim.tests.api.FamilyTestBase;

import java.util.Arrays;
import java.util.function.Consumer;

/** What the push tests share: accounts imported through the account family, a client for clock jumps. */
abstract class PushTestSupport extends FamilyTestBase {

  void importAccounts(String... ids) {
    await(() -> client.accounts().importAccounts(new ImportAccountsRequest(
        Arrays.stream(ids).map(Account::of).toList())));
  }

  /**
   * Runs {@code use} with a client whose usersig lives a week: the test's usersig (one day, made from the machine's
   * clock) would have expired once the emulator's clock jumps a day ahead.
   */
  void withWeekLongUserSig(Consumer<TimClient> use) {
    TimClient longLived = TimClient.create(vertx, new TimClientOptions().setSdkAppId(SDK_APP_ID)
        .setAdminIdentifier(ADMIN).setSecretKey(emulator.options().getSecretKey()).setEndpoint(emulator.baseUrl())
        .setUserSigExpireSeconds(7 * 86_400));
    try {
      use.accept(longLived);
    } finally {
      await(longLived::close);
    }
  }
}
