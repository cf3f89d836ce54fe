package io.github.vertxtim.tests.api.sns;

import io.github.vertxtim.api.account.Account;
import io.github.vertxtim.api.account.ImportAccountsRequest;
import io.github.vertxtim.api.profile.GetPortraitRequest;
import io.github.vertxtim.api.profile.ProfileItem;
import io.github.vertxtim.api.profile.SetPortraitRequest;
import io.github.vertxtim.api.sns.AddFollowsRequest;
import io.github.vertxtim.api.sns.AddFriendGroupsRequest;
import io.github.vertxtim.api.sns.AddFriendsRequest;
import io.github.vertxtim.api.sns.CheckFollowsResult;
import io.github.vertxtim.api.sns.CheckFriendsRequest;
import io.github.vertxtim.api.sns.CheckFriendsResult;
import io.github.vertxtim.api.sns.DeleteFriendsRequest;
import io.github.vertxtim.api.sns.GetFollowInfoResult;
import io.github.vertxtim.api.sns.GetFriendsRequest;
import io.github.vertxtim.api.sns.GetFriendsResult;
import io.github.vertxtim.api.sns.PeersRequest;
import io.github.vertxtim.api.sns.SnsItem;
import io.github.vertxtim.api.sns.UpdateFriendsRequest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A social app's backend at work: accounts onboarded with profiles, friend requests under each user's AllowType,
 * friend lists, follows, a blocklist that ends a friendship, a one-sided delete; the emulator's state checked at
 * every step.
 */
class RelationshipScenarioTest extends SnsTestBase {

  @Test
  void aSocialGraphGrowsAndShrinks() {
    // 1. onboarding: account_import's Nick is the profile's Nick; each user picks how friends may add them
    await(() -> client.accounts().importAccounts(new ImportAccountsRequest(List.of(new Account("alice", "Alice", null),
        new Account("bob", "Bob", null), new Account("carol", "Carol", null)))));
    await(() -> client.profiles().setPortrait(new SetPortraitRequest("bob", List.of(
        new ProfileItem(ProfileItem.ALLOW_TYPE, ProfileItem.ALLOW_ANY),
        new ProfileItem(ProfileItem.SELF_SIGNATURE, "hiking")))));
    assertThat(state().profile("bob")).containsEntry(ProfileItem.NICK, "Bob")
        .containsEntry(ProfileItem.ALLOW_TYPE, ProfileItem.ALLOW_ANY);
    assertThat(await(() -> client.profiles().getPortrait(new GetPortraitRequest(List.of("alice", "bob"),
        List.of(ProfileItem.NICK)))).item("alice").orElseThrow().value(ProfileItem.NICK)).contains("Alice");

    // 2. alice adds bob (who allows anyone) and carol (who must confirm: pending, no friendship)
    assertThat(add("alice", AddFriendsRequest.BOTH, false, "bob").code("bob")).contains(0);
    assertThat(add("alice", AddFriendsRequest.BOTH, false, "carol").code("carol")).contains(30539);
    assertThat(state().friends("alice")).containsExactly("bob");
    assertThat(state().friends("bob")).containsExactly("alice");
    assertThat(state().friends("carol")).isEmpty();

    // 3. the admin adds carol anyway, and alice files her friends in a list and gives bob a remark
    assertThat(add("alice", AddFriendsRequest.BOTH, true, "carol").code("carol")).contains(0);
    await(() -> client.friends().addFriendGroups(new AddFriendGroupsRequest("alice", List.of("hiking"),
        List.of("bob", "carol"))));
    await(() -> client.friends().updateFriends(new UpdateFriendsRequest("alice", List.of(
        new UpdateFriendsRequest.Item("bob", List.of(new SnsItem(SnsItem.REMARK, "trail buddy")))))));
    assertThat(state().friends("alice")).containsExactly("bob", "carol");
    assertThat(state().friendGroups("alice")).containsExactly("hiking");
    GetFriendsResult friends = await(() -> client.friends().getFriends(new GetFriendsRequest("alice", 0)));
    assertThat(friends.complete()).isTrue();
    assertThat(friends.friends().get(0).value(SnsItem.REMARK)).contains("trail buddy");
    assertThat(friends.friends().get(1).value(SnsItem.GROUP)).contains(List.of("hiking"));

    // 4. follows: alice and bob follow each other, carol follows bob
    await(() -> client.follows().addFollows(AddFollowsRequest.of("alice", List.of("bob"))));
    await(() -> client.follows().addFollows(AddFollowsRequest.of("bob", List.of("alice"))));
    await(() -> client.follows().addFollows(AddFollowsRequest.of("carol", List.of("bob"))));
    assertThat(state().following("bob")).containsExactly("alice");
    GetFollowInfoResult.Item bob = await(() -> client.follows().getFollowInfo(new PeersRequest("alice",
        List.of("bob")))).item("bob").orElseThrow();
    assertThat(List.of(bob.followerCount(), bob.followingCount(), bob.mutualFollowingCount()))
        .containsExactly(2L, 1L, 1L);

    // 5. carol falls out with alice: the blocklist ends the friendship on both sides and stops a new request
    await(() -> client.friends().addBlocklist(new PeersRequest("carol", List.of("alice"))));
    assertThat(state().blocklist("carol")).containsExactly("alice");
    assertThat(state().friends("alice")).containsExactly("bob");
    assertThat(state().friends("carol")).isEmpty();
    assertThat(add("alice", AddFriendsRequest.BOTH, true, "carol").code("carol")).contains(30525);
    assertThat(await(() -> client.friends().checkFriends(new CheckFriendsRequest("alice", List.of("carol"),
        CheckFriendsRequest.BOTH))).relation("carol")).contains(CheckFriendsResult.NO_RELATION);

    // 6. alice removes bob from her side only: bob still lists alice, and the follows are untouched
    await(() -> client.friends().deleteFriends(new DeleteFriendsRequest("alice", List.of("bob"),
        DeleteFriendsRequest.SINGLE)));
    assertThat(state().friends("alice")).isEmpty();
    assertThat(state().friends("bob")).containsExactly("alice");
    assertThat(await(() -> client.friends().checkFriends(new CheckFriendsRequest("alice", List.of("bob"),
        CheckFriendsRequest.BOTH))).relation("bob")).contains(CheckFriendsResult.B_WITH_A);
    assertThat(await(() -> client.follows().checkFollows(new PeersRequest("alice", List.of("bob"))))
        .followType("bob")).contains(CheckFollowsResult.MUTUAL);
  }
}
