package io.github.vertxtim.tests.api.sns;

import io.github.vertxtim.api.profile.ProfileItem;
import io.github.vertxtim.api.profile.SetPortraitRequest;
import io.github.vertxtim.api.sns.AddFriendsRequest;
import io.github.vertxtim.api.sns.CheckFriendsRequest;
import io.github.vertxtim.api.sns.CheckFriendsResult;
import io.github.vertxtim.api.sns.DeleteAllFriendsRequest;
import io.github.vertxtim.api.sns.DeleteFriendsRequest;
import io.github.vertxtim.api.sns.GetFriendListRequest;
import io.github.vertxtim.api.sns.GetFriendListResult;
import io.github.vertxtim.api.sns.ImportFriendsRequest;
import io.github.vertxtim.api.sns.PeersRequest;
import io.github.vertxtim.api.sns.SnsItem;
import io.github.vertxtim.api.sns.SnsResult;
import io.github.vertxtim.api.sns.UpdateFriendsRequest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static io.github.vertxtim.api.profile.ProfileItem.ALLOW_ANY;
import static io.github.vertxtim.api.profile.ProfileItem.DENY_ANY;
import static org.assertj.core.api.Assertions.assertThat;

/** The friend endpoints through the typed API, against the emulator's one graph. */
class FriendApiTest extends SnsTestBase {

  @BeforeEach
  void users() {
    importUsers("alice", "bob", "carol", "dave");
  }

  @Test
  void addBothMakesBothSidesFriendsAndSingleOneSide() {
    allowType("bob", ALLOW_ANY);
    SnsResult both = add("alice", AddFriendsRequest.BOTH, false, "bob");
    assertThat(both.code("bob")).contains(0);
    assertThat(both.failAccounts()).isEmpty();
    assertThat(state().friends("alice")).containsExactly("bob");
    assertThat(state().friends("bob")).containsExactly("alice");

    SnsResult single = add("alice", AddFriendsRequest.SINGLE, true, "carol");
    assertThat(single.code("carol")).contains(0);
    assertThat(state().friends("alice")).containsExactly("bob", "carol");
    assertThat(state().friends("carol")).isEmpty();

    CheckFriendsResult fromAlice = await(() -> client.friends().checkFriends(new CheckFriendsRequest("alice",
        List.of("bob", "carol", "dave"), CheckFriendsRequest.BOTH)));
    assertThat(fromAlice.relation("bob")).contains(CheckFriendsResult.BOTH_WAY);
    assertThat(fromAlice.relation("carol")).contains(CheckFriendsResult.A_WITH_B);
    assertThat(fromAlice.relation("dave")).contains(CheckFriendsResult.NO_RELATION);
    CheckFriendsResult fromCarol = await(() -> client.friends().checkFriends(new CheckFriendsRequest("carol",
        List.of("alice"), CheckFriendsRequest.BOTH)));
    assertThat(fromCarol.relation("alice")).contains(CheckFriendsResult.B_WITH_A);
    CheckFriendsResult singleCheck = await(() -> client.friends().checkFriends(new CheckFriendsRequest("carol",
        List.of("alice"), CheckFriendsRequest.SINGLE)));
    assertThat(singleCheck.relation("alice")).contains(CheckFriendsResult.NO_RELATION);
  }

  @Test
  void addAnswersTheDocumentedPerItemCodes() {
    allowType("bob", ALLOW_ANY);
    allowType("dave", DENY_ANY);
    befriend("alice", "bob");
    SnsResult r = add("alice", AddFriendsRequest.BOTH, false, "bob", "nobody", "alice", "carol", "dave");
    assertThat(r.code("bob")).as("already a friend").contains(30001);
    assertThat(r.code("nobody")).as("not imported").contains(30003);
    assertThat(r.code("alice")).as("oneself").contains(30001);
    assertThat(r.code("carol")).as("NeedConfirm, the default AllowType").contains(30539);
    assertThat(r.code("dave")).as("DenyAny").contains(30516);
    assertThat(r.failAccounts()).containsExactlyInAnyOrder("bob", "nobody", "alice", "carol", "dave");
    assertThat(state().friends("carol")).isEmpty();
    assertThat(state().friends("alice")).containsExactly("bob");
    // ForceAddFlags skips the peer's AllowType
    assertThat(add("alice", AddFriendsRequest.BOTH, true, "dave").code("dave")).contains(0);
    assertThat(state().friends("dave")).containsExactly("alice");
  }

  @Test
  void aSenderForbiddenByTheAdminCannotAdd() {
    await(() -> client.profiles().setPortrait(new SetPortraitRequest("carol", List.of(
        new ProfileItem(ProfileItem.ADMIN_FORBID_TYPE, ProfileItem.ADMIN_FORBID_SEND_OUT)))));
    assertThat(add("carol", AddFriendsRequest.BOTH, true, "bob").code("bob")).contains(30009);
  }

  @Test
  void importKeepsRemarksListsAndCustomFieldsOnOneSide() {
    await(() -> client.profiles().setPortrait(new SetPortraitRequest("bob",
        List.of(new ProfileItem(ProfileItem.NICK, "Bobby")))));
    ImportFriendsRequest.Item bob = new ImportFriendsRequest.Item("bob", "Bob from work", 1_700_000_000L,
        List.of("work", "chess"), "AddSource_Type_Import", "hello", 1_600_000_000L,
        List.of(new SnsItem("Tag_SNS_Custom_Since", "2020")), null);
    SnsResult r = await(() -> client.friends().importFriends(new ImportFriendsRequest("alice",
        List.of(bob, new ImportFriendsRequest.Item("nobody", "AddSource_Type_Import"),
            new ImportFriendsRequest.Item("carol", "BadSource")))));
    assertThat(r.code("bob")).contains(0);
    assertThat(r.code("nobody")).contains(30003);
    assertThat(r.code("carol")).contains(30001);
    assertThat(state().friends("alice")).containsExactly("bob");
    assertThat(state().friends("bob")).isEmpty();
    assertThat(state().friendGroups("alice")).containsExactly("work", "chess");

    GetFriendListResult list = await(() -> client.friends().getFriendList(new GetFriendListRequest("alice",
        List.of("bob", "carol"), List.of(SnsItem.REMARK, SnsItem.GROUP, SnsItem.ADD_SOURCE, SnsItem.ADD_TIME,
        "Tag_SNS_Custom_Since", ProfileItem.NICK))));
    GetFriendListResult.Item b = list.item("bob").orElseThrow();
    assertThat(b.value(SnsItem.REMARK)).contains("Bob from work");
    assertThat(b.value(SnsItem.GROUP)).contains(List.of("work", "chess"));
    assertThat(b.value(SnsItem.ADD_SOURCE)).contains("AddSource_Type_Import");
    assertThat(((Number) b.value(SnsItem.ADD_TIME).orElseThrow()).longValue()).isEqualTo(1_600_000_000L);
    assertThat(b.value("Tag_SNS_Custom_Since")).contains("2020");
    assertThat(b.value(ProfileItem.NICK)).contains("Bobby");
    assertThat(list.item("carol").orElseThrow().resultCode()).as("not a friend").isEqualTo(30001);
    assertThat(list.failAccounts()).containsExactly("carol");
    awaitFailure(() -> client.friends().getFriendList(new GetFriendListRequest("alice", List.of("bob"),
        List.of("Tag_SNS_IM_Shoe"))), 30001);
  }

  @Test
  void updateChangesRemarkListsAndCustomFieldsOfFriendsOnly() {
    befriend("alice", "bob");
    SnsResult r = await(() -> client.friends().updateFriends(new UpdateFriendsRequest("alice", List.of(
        new UpdateFriendsRequest.Item("bob", List.of(new SnsItem(SnsItem.REMARK, "B"),
            new SnsItem(SnsItem.GROUP, List.of("family")), new SnsItem("Tag_SNS_Custom_Level", "3"))),
        new UpdateFriendsRequest.Item("carol", List.of(new SnsItem(SnsItem.REMARK, "C"))),
        new UpdateFriendsRequest.Item("nobody", List.of(new SnsItem(SnsItem.REMARK, "N")))))));
    assertThat(r.code("bob")).contains(0);
    assertThat(r.code("carol")).as("not a friend").contains(30001);
    assertThat(r.code("nobody")).contains(30003);
    assertThat(r.failAccounts()).containsExactlyInAnyOrder("carol", "nobody");
    GetFriendListResult.Item b = await(() -> client.friends().getFriendList(new GetFriendListRequest("alice",
        List.of("bob"), List.of(SnsItem.REMARK, SnsItem.GROUP, "Tag_SNS_Custom_Level")))).item("bob").orElseThrow();
    assertThat(b.value(SnsItem.REMARK)).contains("B");
    assertThat(b.value(SnsItem.GROUP)).contains(List.of("family"));
    assertThat(b.value("Tag_SNS_Custom_Level")).contains("3");
    assertThat(state().friendGroups("alice")).containsExactly("family");
    assertThat(await(() -> client.friends().updateFriends(new UpdateFriendsRequest("alice", List.of(
        new UpdateFriendsRequest.Item("bob", List.of(new SnsItem(SnsItem.ADD_TIME, 1))))))).code("bob"))
        .as("AddTime cannot be updated").contains(30001);
  }

  @Test
  void deleteSingleBothAndAll() {
    befriend("alice", "bob", "carol", "dave");
    SnsResult single = await(() -> client.friends().deleteFriends(new DeleteFriendsRequest("alice",
        List.of("bob", "nobody"), DeleteFriendsRequest.SINGLE)));
    assertThat(single.code("bob")).contains(0);
    assertThat(single.code("nobody")).contains(30003);
    assertThat(state().friends("alice")).containsExactly("carol", "dave");
    assertThat(state().friends("bob")).containsExactly("alice");
    assertThat(await(() -> client.friends().deleteFriends(new DeleteFriendsRequest("alice", List.of("bob"),
        null))).code("bob")).as("no longer a friend").contains(31704);

    await(() -> client.friends().deleteFriends(new DeleteFriendsRequest("alice", List.of("carol"),
        DeleteFriendsRequest.BOTH)));
    assertThat(state().friends("carol")).isEmpty();
    assertThat(state().friends("alice")).containsExactly("dave");

    await(() -> client.friends().deleteAllFriends(new DeleteAllFriendsRequest("alice", DeleteFriendsRequest.BOTH)));
    assertThat(state().friends("alice")).isEmpty();
    assertThat(state().friends("dave")).isEmpty();
    assertThat(state().friends("bob")).as("bob's one-sided entry was not alice's").containsExactly("alice");
    await(() -> client.friends().deleteAllFriends(new DeleteAllFriendsRequest("bob", null)));
    assertThat(state().friends("bob")).isEmpty();
  }

  @Test
  void theLegacyFriendGetAllNameServesFriendGet() {
    befriend("alice", "bob");
    JsonObject page = await(() -> client.call("sns", "friend_get_all", new JsonObject().put("From_Account", "alice")
        .put("StartIndex", 0)));
    assertThat(page.getJsonArray("UserDataItem").getJsonObject(0).getString("To_Account")).isEqualTo("bob");
    assertThat(page.getInteger("CompleteFlag")).isEqualTo(1);
  }

  @Test
  void wholeRequestErrors() {
    awaitFailure(() -> client.friends().addFriends(new AddFriendsRequest("nobody",
        List.of(new AddFriendsRequest.Item("bob", SOURCE)), null, null)), 30003);
    awaitFailure(() -> client.friends().addFriends(new AddFriendsRequest("alice",
        List.of(new AddFriendsRequest.Item("bob", SOURCE)), "Add_Type_Sideways", null)), 30001);
    awaitFailure(() -> client.friends().deleteFriends(new DeleteFriendsRequest("alice", List.of("bob"),
        "Delete_Type_Some")), 30001);
    awaitFailure(() -> client.friends().checkFriends(new CheckFriendsRequest("alice", List.of("bob"),
        "CheckResult_Type_Maybe")), 30001);
    awaitFailure(() -> client.call("sns", "friend_add", new JsonObject().put("From_Account", "alice")), 30001);
    awaitFailure(() -> client.call("sns", "friend_check", new JsonObject().put("From_Account", "alice")
        .put("To_Account", new JsonArray().add("bob"))), 30001);
    awaitFailure(() -> client.call("sns", "friend_delete_all", new JsonObject()), 30001);
  }

  @Test
  void verifiedCapsFailBeforeAnyRequest() {
    List<String> ids = IntStream.range(0, 1001).mapToObj(i -> "u" + i).toList();
    Throwable t = awaitThrown(() -> client.friends().checkFriends(new CheckFriendsRequest("alice", ids,
        CheckFriendsRequest.BOTH)));
    assertThat(t).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 1000");
    Throwable list = awaitThrown(() -> client.friends().getFriendList(new GetFriendListRequest("alice",
        ids.subList(0, 101), List.of(SnsItem.REMARK))));
    assertThat(list).hasMessageContaining("at most 100");
    Throwable block = awaitThrown(() -> client.friends().addBlocklist(new PeersRequest("alice", ids)));
    assertThat(block).hasMessageContaining("To_Account holds 1001 items");
    assertThat(emulator.stats().requests("sns/friend_check") + emulator.stats().requests("sns/friend_get_list")
        + emulator.stats().requests("sns/black_list_add")).isZero();
  }
}
