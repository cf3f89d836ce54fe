package io.github.vertxtim.tests.eventbus;

import io.github.vertxtim.api.account.Account;
import io.github.vertxtim.api.account.ImportAccountsRequest;
import io.github.vertxtim.api.message.OfflinePushInfo;
import io.github.vertxtim.api.push.AccountListRequest;
import io.github.vertxtim.api.push.AddTagsRequest;
import io.github.vertxtim.api.push.BatchPushRequest;
import io.github.vertxtim.api.push.BatchPushResult;
import io.github.vertxtim.api.push.UserTags;
import io.github.vertxtim.emulator.EmulatorState;
import io.github.vertxtim.eventbus.TimAdminOptions;
import io.github.vertxtim.eventbus.TimEventBusClient;
import io.vertx.core.Vertx;
import io.vertx.junit5.Timeout;
import io.vertx.junit5.VertxExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Both push families are offered by the event-bus requester, and their answers decode the same as over HTTP. */
@ExtendWith(VertxExtension.class)
@Timeout(value = 60, timeUnit = TimeUnit.SECONDS)
class PushOverBusTest {

  private BusFixture fixture;

  @BeforeEach
  void start(Vertx vertx) {
    fixture = BusFixture.start(vertx);
  }

  @AfterEach
  void stop() {
    fixture.close();
  }

  @Test
  void pushFamiliesOverTheBus(Vertx vertx) {
    TimAdminOptions options = fixture.adminOptions();
    fixture.deploy(vertx, options, 1);
    TimEventBusClient bus = TimEventBusClient.create(vertx, options.getAddress());
    bus.accounts().importAccounts(new ImportAccountsRequest(List.of(Account.of("fan1")))).await();

    bus.allMemberPush().addTags(AddTagsRequest.of(List.of(new UserTags("fan1", List.of("vip"))))).await();
    assertThat(bus.allMemberPush().getTags(AccountListRequest.of("fan1")).await().tagsOf("fan1"))
        .containsExactly("vip");

    BatchPushResult pushed = bus.timPush().batchPush(BatchPushRequest.of("fan1", List.of("fan1", "nobody"),
        OfflinePushInfo.of("Hi", "there"))).await();
    assertThat(pushed.taskId()).startsWith("batch_");
    assertThat(pushed.errors()).singleElement().satisfies(e -> {
      assertThat(e.account()).isEqualTo("nobody");
      assertThat(e.errorCode()).isEqualTo(70107);
    });
    assertThat(fixture.emulator.state().pushRecipients(pushed.taskId())).containsExactly("fan1");
    assertThat(fixture.emulator.state().pushTags(EmulatorState.ALL_MEMBER_PUSH, "fan1")).containsExactly("vip");
  }
}
