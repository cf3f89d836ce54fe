package io.github.vertxtim.tests.eventbus;

import io.github.vertxtim.eventbus.TimAdminOptions;
import io.github.vertxtim.eventbus.TimEventBusClient;
import io.github.vertxtim.api.account.Account;
import io.github.vertxtim.api.account.ImportAccountsRequest;
import io.github.vertxtim.api.profile.GetPortraitRequest;
import io.github.vertxtim.api.profile.ProfileItem;
import io.github.vertxtim.api.profile.SetPortraitRequest;
import io.github.vertxtim.api.sns.AddFollowsRequest;
import io.github.vertxtim.api.sns.AddFriendsRequest;
import io.github.vertxtim.api.sns.CheckFollowsResult;
import io.github.vertxtim.api.sns.PeersRequest;
import io.github.vertxtim.api.sns.SnsResult;
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

/** The profile, friend and follow families over the event-bus requester (the carrier base serves every family). */
@ExtendWith(VertxExtension.class)
@Timeout(value = 60, timeUnit = TimeUnit.SECONDS)
class RelationshipsOverBusTest {

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
  void profilesFriendsAndFollowsOverTheBus(Vertx vertx) {
    TimAdminOptions options = fixture.adminOptions();
    fixture.deploy(vertx, options, 1);
    TimEventBusClient bus = TimEventBusClient.create(vertx, options.getAddress());
    bus.accounts().importAccounts(new ImportAccountsRequest(List.of(new Account("ann", "Ann", null),
        Account.of("ben")))).await();

    bus.profiles().setPortrait(new SetPortraitRequest("ben", List.of(new ProfileItem(ProfileItem.LEVEL, 3))))
        .await();
    assertThat(bus.profiles().getPortrait(new GetPortraitRequest(List.of("ann", "ben"),
        List.of(ProfileItem.NICK, ProfileItem.LEVEL))).await().item("ann").orElseThrow().value(ProfileItem.NICK))
        .contains("Ann");
    SnsResult added = bus.friends().addFriends(new AddFriendsRequest("ann",
        List.of(new AddFriendsRequest.Item("ben", "AddSource_Type_Bus")), AddFriendsRequest.BOTH, 1)).await();
    assertThat(added.code("ben")).contains(0);
    assertThat(fixture.emulator.state().friends("ben")).containsExactly("ann");
    bus.follows().addFollows(AddFollowsRequest.of("ben", List.of("ann"))).await();
    assertThat(bus.follows().checkFollows(new PeersRequest("ann", List.of("ben"))).await().followType("ben"))
        .contains(CheckFollowsResult.FOLLOWED_BY);
  }
}
