package io.github.vertxtim.tests.api.sns;

import io.github.vertxtim.api.profile.ProfileItem;
import io.github.vertxtim.api.sns.AddFollowsRequest;
import io.github.vertxtim.api.sns.CheckFollowsResult;
import io.github.vertxtim.api.sns.GetFollowInfoResult;
import io.github.vertxtim.api.sns.GetFollowsRequest;
import io.github.vertxtim.api.sns.GetFollowsResult;
import io.github.vertxtim.api.sns.PeersRequest;
import io.github.vertxtim.api.sns.SnsResult;
import io.vertx.core.json.JsonObject;
import io.vertx.core.streams.ReadStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Follows: follow, unfollow, check, the three lists with their cursor, and the counts. */
class FollowApiTest extends SnsTestBase {

  @BeforeEach
  void users() {
    importUsers("alice", "bob", "carol");
  }

  @Test
  void followCheckListsAndCounts() {
    SnsResult r = await(() -> client.follows().addFollows(AddFollowsRequest.of("alice",
        List.of("bob", "carol", "nobody", "alice"))));
    assertThat(r.code("bob")).contains(0);
    assertThat(r.code("nobody")).contains(30003);
    assertThat(r.code("alice")).as("oneself").contains(30001);
    assertThat(r.failAccounts()).containsExactlyInAnyOrder("nobody", "alice");
    await(() -> client.follows().addFollows(AddFollowsRequest.of("bob", List.of("alice"))));
    assertThat(state().following("alice")).containsExactly("bob", "carol");

    CheckFollowsResult check = await(() -> client.follows().checkFollows(new PeersRequest("alice",
        List.of("bob", "carol", "nobody"))));
    assertThat(check.followType("bob")).contains(CheckFollowsResult.MUTUAL);
    assertThat(check.followType("carol")).contains(CheckFollowsResult.FOLLOWING);
    assertThat(check.items()).filteredOn(i -> i.toAccount().equals("nobody")).singleElement()
        .extracting(CheckFollowsResult.Item::resultCode).isEqualTo(30003);
    assertThat(await(() -> client.follows().checkFollows(new PeersRequest("carol", List.of("alice"))))
        .followType("alice")).contains(CheckFollowsResult.FOLLOWED_BY);

    await(() -> client.profiles().setPortrait(new io.github.vertxtim.api.profile.SetPortraitRequest("bob",
        List.of(new ProfileItem(ProfileItem.NICK, "Bob")))));
    GetFollowsResult following = await(() -> client.follows().getFollows(new GetFollowsRequest("alice",
        GetFollowsRequest.FOLLOWING, "", 100)));
    assertThat(following.items()).extracting(GetFollowsResult.Item::toAccount).containsExactly("bob", "carol");
    assertThat(following.items().get(0).profile()).extracting(ProfileItem::value).contains("Bob");
    assertThat(following.complete()).isTrue();
    assertThat(await(() -> client.follows().getFollows(new GetFollowsRequest("alice", GetFollowsRequest.FOLLOWERS,
        "", 100))).items()).extracting(GetFollowsResult.Item::toAccount).containsExactly("bob");
    assertThat(await(() -> client.follows().getFollows(new GetFollowsRequest("alice", GetFollowsRequest.MUTUAL,
        "", 100))).items()).extracting(GetFollowsResult.Item::toAccount).containsExactly("bob");

    GetFollowInfoResult info = await(() -> client.follows().getFollowInfo(new PeersRequest("alice",
        List.of("alice", "carol", "nobody"))));
    GetFollowInfoResult.Item a = info.item("alice").orElseThrow();
    assertThat(List.of(a.followingCount(), a.followerCount(), a.mutualFollowingCount())).containsExactly(2L, 1L, 1L);
    assertThat(info.item("carol").orElseThrow().followerCount()).isEqualTo(1);
    assertThat(info.item("nobody").orElseThrow().resultCode()).isEqualTo(30003);

    SnsResult unfollowed = await(() -> client.follows().deleteFollows(new PeersRequest("alice", List.of("bob"))));
    assertThat(unfollowed.code("bob")).contains(0);
    assertThat(state().following("alice")).containsExactly("carol");
    assertThat(await(() -> client.follows().checkFollows(new PeersRequest("alice", List.of("bob"))))
        .followType("bob")).contains(CheckFollowsResult.FOLLOWED_BY);
  }

  @Test
  void followGetWalksItsCursorWithClientPages() throws Exception {
    List<String> fans = IntStream.range(0, 45).mapToObj(i -> "fan" + i).toList();
    importUsers(fans);
    for (String fan : fans) {
      await(() -> client.follows().addFollows(AddFollowsRequest.of(fan, List.of("carol"))));
    }
    GetFollowsResult first = await(() -> client.follows().getFollows(new GetFollowsRequest("carol",
        GetFollowsRequest.FOLLOWERS, "", 20)));
    assertThat(first.items()).hasSize(20);
    assertThat(first.nextCursor()).isNotEmpty();
    GetFollowsResult second = await(() -> client.follows().getFollows(new GetFollowsRequest("carol",
        GetFollowsRequest.FOLLOWERS, first.nextCursor(), 20)));
    assertThat(second.items().get(0).toAccount()).isEqualTo("fan20");

    List<String> walked = new CopyOnWriteArrayList<>();
    CompletableFuture<Void> end = new CompletableFuture<>();
    vertx.runOnContext(v -> {
      ReadStream<JsonObject> pages = client.pages("follow", "follow_get", new JsonObject()
          .put("From_Account", "carol").put("FollowType", 1).put("StartCursor", "").put("WantNum", 10));
      pages.endHandler(x -> end.complete(null));
      pages.exceptionHandler(end::completeExceptionally);
      pages.handler(item -> walked.add(item.getString("To_Account")));
    });
    end.get(10, TimeUnit.SECONDS);
    assertThat(walked).isEqualTo(fans);
  }

  @Test
  void errorsAndLimits() {
    List<String> many = IntStream.range(0, 21).mapToObj(i -> "u" + i).toList();
    assertThat(awaitThrown(() -> client.follows().addFollows(AddFollowsRequest.of("alice", many))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 20");
    assertThat(awaitThrown(() -> client.follows().getFollowInfo(new PeersRequest("alice", many))))
        .hasMessageContaining("at most 20");
    assertThat(emulator.stats().requests("follow/follow_add")).isZero();
    assertThatThrownBy(() -> new GetFollowsRequest("alice", 2, "", 1001)).hasMessageContaining("WantNum");
    assertThatThrownBy(() -> new GetFollowsRequest("alice", 4, "", 10)).hasMessageContaining("FollowType");
    awaitFailure(() -> client.follows().addFollows(AddFollowsRequest.of("nobody", List.of("bob"))), 30003);
    awaitFailure(() -> client.call("follow", "follow_get", new JsonObject().put("From_Account", "alice")
        .put("FollowType", 2).put("StartCursor", "").put("WantNum", 1001)), 30001);
    awaitFailure(() -> client.call("follow", "follow_get", new JsonObject().put("From_Account", "alice")
        .put("StartCursor", "")), 30001);
    awaitFailure(() -> client.call("follow", "follow_add", new JsonObject().put("From_Account", "alice")
        .put("FollowItem", new io.vertx.core.json.JsonArray(many.stream().map(u -> new JsonObject()
            .put("To_Account", u)).toList()))), 30001);
  }
}
