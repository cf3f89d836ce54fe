package io.github.vertxtim.tests.client;

import io.github.vertxtim.api.account.ImportAccountRequest;
import io.github.vertxtim.TimClient;
import io.github.vertxtim.TimErrorCategory;
import io.github.vertxtim.TimErrorCode;
import io.github.vertxtim.TimException;
import io.github.vertxtim.api.account.Account;
import io.github.vertxtim.api.account.CheckAccountsRequest;
import io.github.vertxtim.api.account.DeleteAccountsRequest;
import io.github.vertxtim.api.account.KickRequest;
import io.github.vertxtim.api.account.ImportAccountsRequest;
import io.github.vertxtim.api.account.QueryOnlineStatusRequest;
import io.github.vertxtim.api.group.GetAppIdGroupListResult;
import io.github.vertxtim.api.group.GetAppIdGroupListRequest;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.internal.ContextInternal;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.Timeout;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ExtendWith(VertxExtension.class)
@Timeout(value = 20, timeUnit = TimeUnit.SECONDS)
class TimClientTest {

  private EmulatorFixture fixture;
  private TimClient client;

  @BeforeEach
  void start(Vertx vertx) {
    fixture = EmulatorFixture.start(vertx).await();
    client = fixture.client(vertx);
  }

  @AfterEach
  void stop() {
    client.close().await();
    fixture.emulator.close().await();
  }

  @Test
  void accountFamilyRoundTripsThroughTypedRecords() {
    var imported = client.accounts().importAccounts(new ImportAccountsRequest(List.of(
        new Account("alice", "Alice", null), Account.of("bob"), Account.of("x".repeat(33))))).await();
    assertThat(imported.failAccounts()).containsExactly("x".repeat(33));
    client.accounts().importAccount(new ImportAccountRequest("carol", "Carol", "https://example.com/c.png")).await();
    assertThat(fixture.emulator.state().accountIds()).containsExactlyInAnyOrder("alice", "bob", "carol");

    var checked = client.accounts().checkAccounts(CheckAccountsRequest.of(List.of("alice", "nobody"))).await();
    assertThat(checked.items()).hasSize(2);
    assertThat(checked.items().get(0).imported()).isTrue();
    assertThat(checked.items().get(1).imported()).isFalse();

    fixture.emulator.state().setOnlineStatus("bob", "Online");
    var online = client.accounts().queryOnlineStatus(QueryOnlineStatusRequest.of(List.of("alice", "bob", "ghost"))).await();
    assertThat(online.statuses()).extracting(s -> s.account() + "=" + s.status())
        .containsExactlyInAnyOrder("alice=Offline", "bob=Online");
    assertThat(online.errors()).singleElement().satisfies(e -> {
      assertThat(e.account()).isEqualTo("ghost");
      assertThat(e.errorCode()).isEqualTo(TimErrorCode.ACCOUNT_NOT_IMPORTED.code());
    });

    var deleted = client.accounts().deleteAccounts(DeleteAccountsRequest.of(List.of("carol", "nobody"))).await();
    assertThat(deleted.failures()).singleElement().satisfies(f -> {
      assertThat(f.userId()).isEqualTo("nobody");
      assertThat(f.resultCode()).isEqualTo(70107);
    });
    assertThat(fixture.emulator.state().hasAccount("carol")).isFalse();
  }

  @Test
  void failAnswerBecomesATypedTimException() {
    assertThatThrownBy(() -> client.accounts().kick(new KickRequest("nobody")).await())
        .isInstanceOfSatisfying(TimException.class, e -> {
          assertThat(e.errorCode()).isEqualTo(70107);
          assertThat(e.code()).contains(TimErrorCode.ACCOUNT_NOT_IMPORTED);
          assertThat(e.category()).isEqualTo(TimErrorCategory.NOT_FOUND);
          assertThat(e.service()).isEqualTo("im_open_login_svc");
          assertThat(e.command()).isEqualTo("kick");
          assertThat(e.isRetryable()).isFalse();
          assertThat(e.getMessage()).contains("70107", "im_open_login_svc/kick");
        });
  }

  @Test
  void callReachesAnyEndpointAndSendsNullAsEmptyObject() {
    fixture.emulator.state().addGroups(3, "Public");
    JsonObject answer = client.call("group_open_http_svc", "get_appid_group_list", null).await();
    assertThat(answer.getString("ActionStatus")).isEqualTo("OK");
    assertThat(answer.getInteger("TotalCount")).isEqualTo(3);
    assertThat(answer.getJsonArray("GroupIdList")).hasSize(3);
  }

  @Test
  void groupListPagesUntilNextIsZero() {
    List<String> seeded = fixture.emulator.state().addGroups(25, "Public");
    Set<String> seen = new HashSet<>();
    List<Integer> pageSizes = new ArrayList<>();
    long next = 0;
    do {
      GetAppIdGroupListResult page = client.groups().getAppIdGroupList(new GetAppIdGroupListRequest(10, next, null)).await();
      assertThat(page.totalCount()).isEqualTo(25);
      pageSizes.add(page.groups().size());
      for (String id : page.groupIds()) {
        assertThat(seen.add(id)).as("group %s seen once", id).isTrue();
      }
      next = page.next();
    } while (next != 0);
    assertThat(pageSizes).containsExactly(10, 10, 5);
    assertThat(seen).containsExactlyInAnyOrderElementsOf(seeded);
  }

  @Test
  void unknownCommandAndBadArgumentsFailClearly() {
    assertThatThrownBy(() -> client.call("im_open_login_svc", "no_such_command", new JsonObject()).await())
        .isInstanceOfSatisfying(TimException.class, e -> {
          assertThat(e.errorCode()).isEqualTo(60009);
          assertThat(e.category()).isEqualTo(TimErrorCategory.INVALID_REQUEST);
        });
    assertThatThrownBy(() -> client.call("a/b", "c", null).await())
        .isInstanceOfSatisfying(TimException.class,
            e -> assertThat(e.code()).contains(TimErrorCode.INVALID_ARGUMENT));
    assertThatThrownBy(() -> client.accounts().kick(null).await())
        .isInstanceOfSatisfying(TimException.class,
            e -> assertThat(e.code()).contains(TimErrorCode.INVALID_ARGUMENT));
  }

  @Test
  void resultsCompleteOnTheCallersDuplicatedContext(Vertx vertx, VertxTestContext test) {
    Context duplicate = ((ContextInternal) vertx.getOrCreateContext()).duplicate();
    duplicate.runOnContext(v -> client.accounts().importAccount(ImportAccountRequest.of("ctx")).onComplete(ar -> test.verify(() -> {
      assertThat(ar.succeeded()).isTrue();
      assertThat(Vertx.currentContext()).isSameAs(duplicate);
      client.call("im_open_login_svc", "no_such_command", null).onComplete(failed -> test.verify(() -> {
        assertThat(failed.failed()).isTrue();
        assertThat(Vertx.currentContext()).isSameAs(duplicate);
        test.completeNow();
      }));
    })));
  }

  @Test
  void closedClientFailsCallsWithClientClosed() {
    client.close().await();
    assertThatThrownBy(() -> client.accounts().importAccount(ImportAccountRequest.of("late")).await())
        .isInstanceOfSatisfying(TimException.class,
            e -> assertThat(e.code()).contains(TimErrorCode.CLIENT_CLOSED));
  }
}
