package io.github.vertxtim.tests.emulator.callback;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Relationship callbacks: the per-target ResultItem of Sns.CallbackPrevFriendAdd, and the pairs told after. */
class SnsCallbackTest extends CallbackTestBase {

  @BeforeEach
  void people() {
    importAccounts("alice", "bob", "carol");
  }

  @Test
  void aRefusedTargetGetsItsResultCodeTheOthersBecomeFriends() {
    answers.put("Sns.CallbackPrevFriendAdd", b -> new JsonObject().put("ActionStatus", "OK").put("ErrorCode", 0)
        .put("ResultItem", new JsonArray()
            .add(new JsonObject().put("To_Account", "bob").put("ResultCode", 0).put("ResultInfo", ""))
            .add(new JsonObject().put("To_Account", "carol").put("ResultCode", 38001).put("ResultInfo", "busy")))
        .encode());
    JsonObject answer = call("sns/friend_add", new JsonObject().put("From_Account", "alice")
        .put("ForceAddFlags", 1).put("AddFriendItem", new JsonArray()
            .add(new JsonObject().put("To_Account", "bob").put("AddSource", "AddSource_Type_Web"))
            .add(new JsonObject().put("To_Account", "carol").put("AddSource", "AddSource_Type_Web"))));
    assertThat(answer.getJsonArray("ResultItem")).containsExactly(
        new JsonObject().put("To_Account", "bob").put("ResultCode", 0).put("ResultInfo", ""),
        new JsonObject().put("To_Account", "carol").put("ResultCode", 38001).put("ResultInfo", "busy"));
    assertThat(answer.getJsonArray("Fail_Account")).containsExactly("carol");
    assertThat(state().friends("alice")).containsExactly("bob");

    JsonObject prev = await("Sns.CallbackPrevFriendAdd", 1).get(0).body();
    assertThat(prev.getString("Requester_Account")).isEqualTo("alice");
    assertThat(prev.getJsonArray("FriendItem")).hasSize(2);
    assertThat(prev.getString("AddType")).isEqualTo("Add_Type_Both");
    JsonObject added = await("Sns.CallbackFriendAdd", 1).get(0).body();
    assertThat(added.getJsonArray("PairList")).containsExactly(
        new JsonObject().put("From_Account", "alice").put("To_Account", "bob").put("Initiator_Account", "alice"),
        new JsonObject().put("From_Account", "bob").put("To_Account", "alice").put("Initiator_Account", "alice"));
  }

  @Test
  void deletesBlocklistsFollowsAndProfilesAreTold() {
    call("sns/friend_add", new JsonObject().put("From_Account", "alice").put("ForceAddFlags", 1)
        .put("AddFriendItem", new JsonArray().add(new JsonObject().put("To_Account", "bob")
            .put("AddSource", "AddSource_Type_Web"))));
    call("sns/friend_delete", new JsonObject().put("From_Account", "alice").put("To_Account", new JsonArray()
        .add("bob")));
    assertThat(await("Sns.CallbackFriendDelete", 1).get(0).body().getJsonArray("PairList"))
        .containsExactly(new JsonObject().put("From_Account", "alice").put("To_Account", "bob"));
    call("sns/black_list_add", new JsonObject().put("From_Account", "alice").put("To_Account", new JsonArray()
        .add("carol")));
    assertThat(await("Sns.CallbackBlackListAdd", 1).get(0).body().getJsonArray("PairList"))
        .containsExactly(new JsonObject().put("From_Account", "alice").put("To_Account", "carol"));
    call("follow/follow_add", new JsonObject().put("From_Account", "bob").put("FollowItem", new JsonArray()
        .add(new JsonObject().put("To_Account", "carol"))));
    JsonObject follow = await("Follow.CallbackAfterFollowAdd", 1).get(0).body();
    assertThat(follow.getString("From_Account")).isEqualTo("bob");
    assertThat(follow.getJsonArray("FollowList")).containsExactly(new JsonObject().put("To_Account", "carol"));
    call("profile/portrait_set", new JsonObject().put("From_Account", "bob").put("ProfileItem", new JsonArray()
        .add(new JsonObject().put("Tag", "Tag_Profile_IM_Nick").put("Value", "Bobby"))));
    JsonObject portrait = await("Profile.CallbackPortraitSet", 1).get(0).body();
    assertThat(portrait.getString("From_Account")).isEqualTo("bob");
    assertThat(portrait.getJsonArray("ProfileItem")).hasSize(1);
    call("im_open_login_svc/kick", new JsonObject().put("UserID", "bob"));
    JsonObject kick = await("State.StateChange", 1).get(0).body();
    assertThat(kick.getJsonObject("Info").getString("To_Account")).isEqualTo("bob");
    assertThat(kick.getJsonObject("Info").getString("Action")).isEqualTo("Logout");
  }
}
