package io.github.vertxtim.tests.api.sns;

import io.github.vertxtim.api.sns.AddFriendGroupsRequest;
import io.github.vertxtim.api.sns.AddFriendGroupsResult;
import io.github.vertxtim.api.sns.DeleteFriendGroupsRequest;
import io.github.vertxtim.api.sns.DeleteFriendGroupsResult;
import io.github.vertxtim.api.sns.GetFriendGroupsRequest;
import io.github.vertxtim.api.sns.GetFriendGroupsResult;
import io.github.vertxtim.api.sns.GetFriendListRequest;
import io.github.vertxtim.api.sns.SnsItem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Friend lists (sns/group_*): created with members that must be friends, listed, deleted. */
class FriendGroupApiTest extends SnsTestBase {

  @BeforeEach
  void users() {
    importUsers("alice", "bob", "carol", "dave");
    befriend("alice", "bob", "carol");
  }

  @Test
  void createWithMembersGetAndDelete() {
    AddFriendGroupsResult added = await(() -> client.friends().addFriendGroups(new AddFriendGroupsRequest("alice",
        List.of("family", "work"), List.of("bob", "dave", "nobody"))));
    assertThat(added.items()).extracting(i -> i.toAccount() + "=" + i.resultCode())
        .containsExactly("bob=0", "dave=30001", "nobody=30003");
    assertThat(added.failAccounts()).containsExactly("dave", "nobody");
    assertThat(added.currentSequence()).isPositive();
    assertThat(state().friendGroups("alice")).containsExactly("family", "work");

    GetFriendGroupsResult all = await(() -> client.friends().getFriendGroups(new GetFriendGroupsRequest("alice",
        GetFriendGroupsRequest.NEED_FRIEND, null)));
    assertThat(all.groups()).extracting(GetFriendGroupsResult.Group::groupName).containsExactly("family", "work");
    assertThat(all.group("family").orElseThrow().toAccounts()).containsExactly("bob");
    assertThat(all.group("family").orElseThrow().friendNumber()).isEqualTo(1);
    assertThat(all.currentSequence()).isEqualTo(added.currentSequence());
    GetFriendGroupsResult named = await(() -> client.friends().getFriendGroups(new GetFriendGroupsRequest("alice",
        null, List.of("work"))));
    assertThat(named.groups()).singleElement().satisfies(g -> {
      assertThat(g.groupName()).isEqualTo("work");
      assertThat(g.toAccounts()).as("no NeedFriend, no members").isEmpty();
    });
    // the list is bob's friend field too
    assertThat(await(() -> client.friends().getFriendList(new GetFriendListRequest("alice", List.of("bob"),
        List.of(SnsItem.GROUP)))).item("bob").orElseThrow().value(SnsItem.GROUP)).contains(List.of("family", "work"));

    awaitFailure(() -> client.friends().addFriendGroups(new AddFriendGroupsRequest("alice", List.of("work"),
        null)), 30001);
    awaitFailure(() -> client.friends().addFriendGroups(new AddFriendGroupsRequest("alice", List.of("x".repeat(31)),
        null)), 30001);
    DeleteFriendGroupsResult deleted = await(() -> client.friends().deleteFriendGroups(
        new DeleteFriendGroupsRequest("alice", List.of("family"))));
    assertThat(deleted.currentSequence()).isGreaterThan(added.currentSequence());
    assertThat(state().friendGroups("alice")).containsExactly("work");
    assertThat(state().friends("alice")).as("friends stay friends").containsExactly("bob", "carol");
    awaitFailure(() -> client.friends().deleteFriendGroups(new DeleteFriendGroupsRequest("alice",
        List.of("family"))), 30001);
    awaitFailure(() -> client.friends().getFriendGroups(new GetFriendGroupsRequest("nobody", null, null)), 30003);
  }
}
