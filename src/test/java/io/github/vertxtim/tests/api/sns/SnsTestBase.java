package io.github.vertxtim.tests.api.sns;

import io.github.vertxtim.api.account.Account;
import io.github.vertxtim.api.account.ImportAccountsRequest;
import io.github.vertxtim.api.profile.ProfileItem;
import io.github.vertxtim.api.profile.SetPortraitRequest;
import io.github.vertxtim.api.sns.AddFriendsRequest;
import io.github.vertxtim.api.sns.SnsResult;
import io.github.vertxtim.tests.api.FamilyTestBase;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Helpers of the relationship tests: importing users, setting their AllowType, adding friends. */
abstract class SnsTestBase extends FamilyTestBase {

  static final String SOURCE = "AddSource_Type_Test";

  void importUsers(String... ids) {
    importUsers(Arrays.asList(ids));
  }

  void importUsers(List<String> ids) {
    for (int i = 0; i < ids.size(); i += 100) {
      List<Account> chunk = new ArrayList<>();
      ids.subList(i, Math.min(ids.size(), i + 100)).forEach(id -> chunk.add(Account.of(id)));
      await(() -> client.accounts().importAccounts(new ImportAccountsRequest(chunk)));
    }
  }

  void allowType(String user, String allowType) {
    await(() -> client.profiles().setPortrait(new SetPortraitRequest(user,
        List.of(new ProfileItem(ProfileItem.ALLOW_TYPE, allowType)))));
  }

  SnsResult add(String from, String addType, boolean force, String... to) {
    List<AddFriendsRequest.Item> items = Arrays.stream(to).map(t -> new AddFriendsRequest.Item(t, SOURCE)).toList();
    return await(() -> client.friends().addFriends(new AddFriendsRequest(from, items, addType, force ? 1 : 0)));
  }

  /** Makes {@code a} and {@code b} friends on both sides. */
  void befriend(String a, String... b) {
    SnsResult r = add(a, AddFriendsRequest.BOTH, true, b);
    assertThat(r.failAccounts()).isEmpty();
  }
}
