package io.github.vertxtim.tests.api.group;

import io.github.vertxtim.api.account.Account;
import io.github.vertxtim.api.account.CheckAccountsRequest;
import io.github.vertxtim.api.account.ImportAccountsRequest;
import io.github.vertxtim.api.group.CreateGroupRequest;
import io.github.vertxtim.tests.api.FamilyTestBase;
import org.junit.jupiter.api.BeforeEach;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** The group family's tests: accounts imported and groups created through the typed API. */
abstract class GroupTestBase extends FamilyTestBase {

  /**
   * The first request of a fresh JVM sets up the client's connection machinery, which on a loaded machine can take
   * longer than one call's wait: make it here, with a wait of its own.
   */
  @BeforeEach
  void firstRequest() throws Exception {
    CompletableFuture<Object> done = new CompletableFuture<>();
    vertx.runOnContext(v -> client.accounts().checkAccounts(CheckAccountsRequest.of(List.of("warm-up")))
        .onComplete(ar -> done.complete(null)));
    done.get(60, TimeUnit.SECONDS);
  }

  /** Imports accounts whose nickname is the UserID in upper case. */
  protected void importAccounts(String... userIds) {
    List<Account> accounts = Arrays.stream(userIds).map(id -> new Account(id, id.toUpperCase(), null)).toList();
    await(() -> client.accounts().importAccounts(new ImportAccountsRequest(accounts)));
  }

  /** Creates a group of {@code type} owned by {@code owner} (imported here) with plain members (imported too). */
  protected String createGroup(String type, String name, String owner, String... members) {
    importAccounts(owner);
    if (members.length > 0) {
      importAccounts(members);
    }
    List<CreateGroupRequest.Member> list = Arrays.stream(members).map(CreateGroupRequest.Member::of).toList();
    CreateGroupRequest request = CreateGroupRequest.of(type, name, owner).withMembers(list.isEmpty() ? null : list);
    return await(() -> client.groups().createGroup(request)).groupId();
  }
}
