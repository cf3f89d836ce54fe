package io.github.vertxtim.tests.api.push;

import io.github.vertxtim.api.account.Account;
import io.github.vertxtim.api.account.ImportAccountsRequest;
import io.github.vertxtim.tests.api.FamilyTestBase;

import java.util.Arrays;

/** What the push tests share: accounts imported through the account family before a test pushes to them. */
abstract class PushTestSupport extends FamilyTestBase {

  void importAccounts(String... ids) {
    await(() -> client.accounts().importAccounts(new ImportAccountsRequest(
        Arrays.stream(ids).map(Account::of).toList())));
  }
}
