package io.github.vertxtim.tests.api.sns;

import io.github.vertxtim.api.sns.AddFollowsRequest;
import io.github.vertxtim.api.sns.AddFriendGroupsRequest;
import io.github.vertxtim.api.sns.AddFriendsRequest;
import io.github.vertxtim.api.sns.PeersRequest;
import io.github.vertxtim.emulator.EmulatorLimit;
import io.github.vertxtim.emulator.TimEmulatorOptions;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Per-app limits (EmulatorLimit) answer their codes: friends 30010 / 30014, lists 30011, blocklist 30013. */
class RelationshipLimitsTest extends SnsTestBase {

  @Override
  protected TimEmulatorOptions emulatorOptions() {
    return new TimEmulatorOptions().setLimit(EmulatorLimit.FRIEND_COUNT, 2)
        .setLimit(EmulatorLimit.FRIEND_GROUP_COUNT, 2).setLimit(EmulatorLimit.BLOCKLIST_COUNT, 2)
        .setLimit(EmulatorLimit.FOLLOWING_COUNT, 2);
  }

  @Test
  void limitsAnswerTheirCodes() {
    importUsers("a", "b", "c", "d", "e", "f");
    befriend("a", "b", "c");
    assertThat(add("a", AddFriendsRequest.BOTH, true, "d").code("d")).as("own limit").contains(30010);
    befriend("d", "e", "f");
    assertThat(add("b", AddFriendsRequest.BOTH, true, "d").code("d")).as("peer's limit").contains(30014);
    assertThat(add("b", AddFriendsRequest.SINGLE, true, "d").code("d")).as("one side only").contains(0);

    await(() -> client.friends().addFriendGroups(new AddFriendGroupsRequest("a", List.of("x", "y"), null)));
    awaitFailure(() -> client.friends().addFriendGroups(new AddFriendGroupsRequest("a", List.of("z"), null)),
        30011);

    assertThat(await(() -> client.friends().addBlocklist(new PeersRequest("f", List.of("a", "b", "c"))))
        .code("c")).contains(30013);
    assertThat(state().blocklist("f")).containsExactly("a", "b");

    assertThat(await(() -> client.follows().addFollows(AddFollowsRequest.of("a", List.of("b", "c", "d"))))
        .code("d")).as("following limit").contains(30001);
    assertThat(state().following("a")).containsExactly("b", "c");
  }
}
