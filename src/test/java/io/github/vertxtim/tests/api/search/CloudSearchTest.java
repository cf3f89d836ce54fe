package io.github.vertxtim.tests.api.search;

import io.github.vertxtim.api.account.Account;
import io.github.vertxtim.api.account.ImportAccountsRequest;
import io.github.vertxtim.api.group.CreateGroupRequest;
import io.github.vertxtim.api.group.ModifyGroupMemberInfoRequest;
import io.github.vertxtim.api.search.SearchGroupMembersRequest;
import io.github.vertxtim.api.search.SearchGroupMembersResult;
import io.github.vertxtim.api.search.SearchGroupsRequest;
import io.github.vertxtim.api.search.SearchGroupsResult;
import io.github.vertxtim.emulator.TimEmulatorOptions;
import io.github.vertxtim.tests.api.FamilyTestBase;
import io.vertx.core.Promise;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** group_search and group_member_search over the emulator's real groups and members (rate raised for paging). */
class CloudSearchTest extends FamilyTestBase {

  @Override
  protected TimEmulatorOptions emulatorOptions() {
    return new TimEmulatorOptions().setRate("group_search/search", 1000).setRate("group_member_search/search", 1000);
  }

  private String group(String type, String name, String owner, String... members) {
    List<CreateGroupRequest.Member> list = java.util.Arrays.stream(members).map(CreateGroupRequest.Member::of).toList();
    return await(() -> client.groups().createGroup(CreateGroupRequest.of(type, name, owner)
        .withMembers(list.isEmpty() ? null : list))).groupId();
  }

  private void accounts(String... ids) {
    List<Account> list = java.util.Arrays.stream(ids).map(id -> new Account(id, "Nick " + id, null)).toList();
    await(() -> client.accounts().importAccounts(new ImportAccountsRequest(list)));
  }

  @Test
  void groupsMatchByNameFuzzilyAndByIdExactly() {
    accounts("owner");
    String hiking = group("Public", "Weekend Hiking", "owner");
    String cooking = group("Community", "Cooking club", "owner");
    String live = group("AVChatRoom", "Hiking live", "owner");
    SearchGroupsResult byName = await(() -> client.cloudSearch().searchGroups(SearchGroupsRequest.of(List.of("hik"), 10)));
    assertThat(byName.groups()).extracting(SearchGroupsResult.Group::groupId).containsExactly(hiking);
    SearchGroupsResult.Group g = byName.groups().get(0);
    assertThat(g.groupName()).isEqualTo("Weekend Hiking");
    assertThat(g.groupType()).isEqualTo("Public");
    assertThat(g.groupMemberNum()).isEqualTo(1);
    assertThat(g.groupOwnerUserId()).isEqualTo("owner");
    assertThat(g.groupOwnerUserName()).isEqualTo("Nick owner");
    assertThat(byName.isFinish()).isTrue();
    assertThat(byName.totalCount()).isEqualTo(1);

    assertThat(await(() -> client.cloudSearch().searchGroups(SearchGroupsRequest.of(List.of(cooking), 10))).groups())
        .extracting(SearchGroupsResult.Group::groupId).containsExactly(cooking);
    assertThat(await(() -> client.cloudSearch().searchGroups(SearchGroupsRequest.of(List.of(cooking.substring(0, 6)),
        10))).groups()).isEmpty(); // IDs match exactly only
    SearchGroupsResult both = await(() -> client.cloudSearch().searchGroups(new SearchGroupsRequest(
        List.of("club", "cooking"), SearchGroupsRequest.MATCH_ALL, List.of("Community"), 10, null)));
    assertThat(both.groups()).extracting(SearchGroupsResult.Group::groupId).containsExactly(cooking);
    SearchGroupsResult either = await(() -> client.cloudSearch().searchGroups(new SearchGroupsRequest(
        List.of("club", "weekend"), SearchGroupsRequest.MATCH_ANY, null, 10, null)));
    assertThat(either.groups()).extracting(SearchGroupsResult.Group::groupId).containsExactly(hiking, cooking)
        .doesNotContain(live);
  }

  @Test
  void membersMatchByNameCardNickAndUserId() {
    accounts("owner", "ann", "bob");
    String a = group("Public", "A", "owner", "ann", "bob");
    String b = group("Private", "B", "owner", "ann");
    await(() -> client.groups().modifyGroupMemberInfo(ModifyGroupMemberInfoRequest.nameCard(a, "bob", "Bobby Tables")));
    SearchGroupMembersResult byCard = await(() -> client.cloudSearch().searchGroupMembers(
        SearchGroupMembersRequest.of(List.of("tables"), 10)));
    assertThat(byCard.groupMembers()).extracting(m -> m.groupId() + "/" + m.groupMemberUserId() + "/"
        + m.groupMemberNameCard()).containsExactly(a + "/bob/Bobby Tables");
    assertThat(byCard.groupMembers().get(0).groupMemberUserName()).isEqualTo("Nick bob");

    SearchGroupMembersResult byNick = await(() -> client.cloudSearch().searchGroupMembers(
        SearchGroupMembersRequest.of(List.of("nick ann"), 10)));
    assertThat(byNick.groupMembers()).extracting(m -> m.groupId()).containsExactly(a, b);
    SearchGroupMembersResult inB = await(() -> client.cloudSearch().searchGroupMembers(new SearchGroupMembersRequest(
        List.of("ann"), null, null, List.of(b), 10, null)));
    assertThat(inB.groupMembers()).extracting(m -> m.groupId() + "/" + m.groupMemberUserId())
        .containsExactly(b + "/ann");
    assertThat(await(() -> client.cloudSearch().searchGroupMembers(SearchGroupMembersRequest.of(List.of("an"), 10)))
        .groupMembers()).extracting(m -> m.groupMemberUserId()).containsOnly("ann"); // via the nick, not the ID
  }

  @Test
  void resultsPageByCursorThroughTheRegistryPaging() {
    accounts("owner");
    List<String> ids = new java.util.ArrayList<>();
    for (int i = 0; i < 7; i++) {
      ids.add(group("Public", "team " + i, "owner"));
    }
    SearchGroupsResult first = await(() -> client.cloudSearch().searchGroups(SearchGroupsRequest.of(List.of("team"), 3)));
    assertThat(first.isFinish()).isFalse();
    assertThat(first.totalCount()).isEqualTo(7);
    SearchGroupsResult second = await(() -> client.cloudSearch().searchGroups(
        SearchGroupsRequest.of(List.of("team"), 3).withCursor(first.cursor())));
    assertThat(second.groups()).extracting(SearchGroupsResult.Group::groupId).containsExactlyElementsOf(ids.subList(3, 6));

    List<String> all = new CopyOnWriteArrayList<>();
    Promise<Void> end = Promise.promise();
    vertx.runOnContext(v -> {
      var stream = client.pages("group_search", "search",
          new JsonObject().put("Keywords", new io.vertx.core.json.JsonArray().add("team")).put("Count", 2));
      stream.endHandler(x -> end.complete());
      stream.exceptionHandler(end::fail);
      stream.handler(g -> all.add(g.getString("GroupID")));
    });
    await(end::future);
    assertThat(all).containsExactlyElementsOf(ids);
    assertThat(emulator.stats().requests("group_search/search")).isEqualTo(2 + 4);
  }

  @Test
  void countAbove100FailsBeforeAnyRequestAndBadBodiesAnswer10004() {
    assertThatThrownBy(() -> SearchGroupsRequest.of(List.of("x"), 101))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Count");
    assertThatThrownBy(() -> SearchGroupMembersRequest.of(List.of("x"), 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Count");
    awaitFailure(() -> client.cloudSearch().searchGroups(SearchGroupsRequest.of(List.of(), 10)), 10004);
    awaitFailure(() -> client.cloudSearch().searchGroups(SearchGroupsRequest.of(List.of("x"), 10)
        .withCursor("not-a-cursor")), 10004);
  }
}
