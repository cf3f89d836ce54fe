package io.github.vertxtim.tests.api.group;

import io.github.vertxtim.api.account.Account;
import io.github.vertxtim.api.account.ImportAccountsRequest;
import io.github.vertxtim.api.group.CreateGroupRequest;
import io.github.vertxtim.api.group.CreatePermissionGroupRequest;
import io.github.vertxtim.api.group.CreateTopicRequest;
import io.github.vertxtim.api.group.DeleteTopicPermissionsRequest;
import io.github.vertxtim.api.group.DestroyGroupRequest;
import io.github.vertxtim.api.group.DestroyPermissionGroupsRequest;
import io.github.vertxtim.api.group.DestroyTopicsRequest;
import io.github.vertxtim.api.group.DestroyTopicsResult;
import io.github.vertxtim.api.group.GetPermissionGroupMemberListRequest;
import io.github.vertxtim.api.group.GetPermissionGroupMemberListResult;
import io.github.vertxtim.api.group.GetPermissionGroupsRequest;
import io.github.vertxtim.api.group.GetPermissionGroupsResult;
import io.github.vertxtim.api.group.GetTopicPermissionsRequest;
import io.github.vertxtim.api.group.GetTopicsRequest;
import io.github.vertxtim.api.group.GetTopicsResult;
import io.github.vertxtim.api.group.ImportTopicRequest;
import io.github.vertxtim.api.group.ModifyPermissionGroupRequest;
import io.github.vertxtim.api.group.ModifyTopicRequest;
import io.github.vertxtim.api.group.PermissionGroupMembersRequest;
import io.github.vertxtim.api.group.PermissionGroupMembersResult;
import io.github.vertxtim.api.group.TopicPermission;
import io.github.vertxtim.api.group.TopicPermissionsRequest;
import io.github.vertxtim.api.group.TopicPermissionsResult;
import io.github.vertxtim.emulator.EmulatorLimit;
import io.github.vertxtim.emulator.TimEmulatorOptions;
import io.github.vertxtim.tests.api.FamilyTestBase;
import io.vertx.core.Promise;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Topics and permission groups round trip against the emulator, with their per-item codes and error paths. */
class CommunityApiTest extends FamilyTestBase {

  private String community;

  @Override
  protected TimEmulatorOptions emulatorOptions() {
    return new TimEmulatorOptions().setLimit(EmulatorLimit.COMMUNITY_TOPICS, 5)
        .setLimit(EmulatorLimit.PERMISSION_GROUP_MEMBERS, 3);
  }

  @BeforeEach
  void seedCommunity() {
    await(() -> client.accounts().importAccounts(new ImportAccountsRequest(
        IntStream.range(0, 6).mapToObj(i -> Account.of("m" + i)).toList())));
    community = await(() -> client.groups().createGroup(new CreateGroupRequest("m0", "Community", null, "club", null,
        null, null, null, null, null, null, IntStream.range(1, 5).mapToObj(i -> CreateGroupRequest.Member.of("m" + i))
        .toList(), 1))).groupId();
    assertThat(state().groupMemberIds(community)).containsExactly("m0", "m1", "m2", "m3", "m4");
  }

  private String topic(String name) {
    return await(() -> client.communities().createTopic(new CreateTopicRequest(community, null, name))).topicId();
  }

  private String permissionGroup(String name) {
    return await(() -> client.communities().createPermissionGroup(
        new CreatePermissionGroupRequest(community, null, name, 1L))).permissionGroupId();
  }

  @Test
  void topicsAreCreatedWithAssignedOrCustomIdsAndRead() {
    String auto = topic("general");
    assertThat(auto).startsWith(community + "@TOPIC#_");
    String custom = community + "@TOPIC#_news";
    assertThat(await(() -> client.communities().createTopic(new CreateTopicRequest(community, custom, "News",
        "m0", "{\"k\":1}", "https://example.com/n.png", "read me", "all the news", null))).topicId())
        .isEqualTo(custom);
    assertThat(state().topicIds(community)).containsExactly(auto, custom);

    GetTopicsResult all = await(() -> client.communities().getTopics(new GetTopicsRequest(community, null)));
    assertThat(all.topics()).extracting(i -> i.topicInfo().topicId()).containsExactly(auto, custom);
    GetTopicsResult.TopicInfo news = all.topics().get(1).topicInfo();
    assertThat(news.topicName()).isEqualTo("News");
    assertThat(news.groupId()).isEqualTo(community);
    assertThat(news.customString()).isEqualTo("{\"k\":1}");
    assertThat(news.notification()).isEqualTo("read me");
    assertThat(news.introduction()).isEqualTo("all the news");
    assertThat(news.faceUrl()).isEqualTo("https://example.com/n.png");
    assertThat(news.shutUpAllFlag()).isZero();
    assertThat(news.createTime()).isPositive();

    GetTopicsResult some = await(() -> client.communities().getTopics(new GetTopicsRequest(community, "m1",
        List.of(custom, community + "@TOPIC#_gone"), List.of("TopicName"), null)));
    assertThat(some.topics().get(0).ok()).isTrue();
    assertThat(some.topics().get(0).topicInfo().topicName()).isEqualTo("News");
    assertThat(some.topics().get(0).topicInfo().introduction()).as("filtered out").isNull();
    assertThat(some.topics().get(0).selfInfo().msgFlag()).isEqualTo("AcceptAndNotify");
    assertThat(some.topics().get(1).errorCode()).isEqualTo(10010);
  }

  @Test
  void topicsAreModifiedImportedAndDestroyed() {
    String t = topic("general");
    await(() -> client.communities().modifyTopic(new ModifyTopicRequest(community, t, "General", null, "c", null,
        "be nice", null, ModifyTopicRequest.MUTE_ON, null)));
    GetTopicsResult.TopicInfo info = await(() -> client.communities().getTopics(new GetTopicsRequest(community,
        List.of(t)))).topics().get(0).topicInfo();
    assertThat(info.topicName()).isEqualTo("General");
    assertThat(info.notification()).isEqualTo("be nice");
    assertThat(info.customString()).isEqualTo("c");
    assertThat(info.shutUpAllFlag()).isEqualTo(1);

    String imported = await(() -> client.communities().importTopic(new ImportTopicRequest(community,
        community + "@TOPIC#_old", "Old", 1_600_000_000L))).topicId();
    assertThat(await(() -> client.communities().getTopics(new GetTopicsRequest(community, List.of(imported))))
        .topics().get(0).topicInfo().createTime()).isEqualTo(1_600_000_000L);

    DestroyTopicsResult destroyed = await(() -> client.communities().destroyTopics(new DestroyTopicsRequest(community,
        List.of(t, community + "@TOPIC#_nope"))));
    assertThat(destroyed.items()).extracting(DestroyTopicsResult.Item::errorCode).containsExactly(0, 10010);
    assertThat(state().topicIds(community)).containsExactly(imported);
  }

  @Test
  void topicErrors() {
    String t = topic("general");
    awaitFailure(() -> client.communities().createTopic(new CreateTopicRequest(community, t, "again")), 10021);
    awaitFailure(() -> client.communities().createTopic(new CreateTopicRequest(community, "@TGS#_other@TOPIC#_x",
        "wrong")), 10004);
    awaitFailure(() -> client.communities().createTopic(new CreateTopicRequest(community, null,
        "a name far longer than thirty bytes")), 10004);
    awaitFailure(() -> client.call("million_group_open_http_svc", "create_topic",
        new JsonObject().put("GroupId", community)), 10004);
    awaitFailure(() -> client.communities().createTopic(new CreateTopicRequest(community, null, "x", "nobody", null,
        null, null, null, null)), 10019);
    awaitFailure(() -> client.communities().modifyTopic(new ModifyTopicRequest(community, community + "@TOPIC#_no",
        "x", null, null, null, null, null, null, null)), 10010);
    awaitFailure(() -> client.communities().importTopic(new ImportTopicRequest("Public", community, null, "x", null,
        null, null, null, null, null, null)), 10004);
    String publicGroup = state().addGroup("Public");
    awaitFailure(() -> client.communities().createTopic(new CreateTopicRequest(publicGroup, null, "x")), 10007);
    String noTopics = state().addGroup("Community");
    awaitFailure(() -> client.communities().createTopic(new CreateTopicRequest(noTopics, null, "x")), 10007);
    assertThat(await(() -> client.communities().createPermissionGroup(new CreatePermissionGroupRequest(noTopics, null,
        "pg", 0L))).permissionGroupId()).as("permission groups need no topics").startsWith("@PMG#_");
    awaitFailure(() -> client.communities().getTopics(new GetTopicsRequest("@TGS#_NOSUCH", null)), 10010);
    IntStream.range(0, 4).forEach(i -> topic("t" + i));
    awaitFailure(() -> client.communities().createTopic(new CreateTopicRequest(community, null, "sixth")), 10004);
    assertThat(state().topicIds(community)).hasSize(5);
  }

  @Test
  void permissionGroupsAreCreatedModifiedListedAndDestroyed() {
    String auto = permissionGroup("readers");
    assertThat(auto).startsWith("@PMG#_");
    String custom = await(() -> client.communities().createPermissionGroup(new CreatePermissionGroupRequest(
        community, "@PMG#_mods", "moderators", 7L, "c", null))).permissionGroupId();
    assertThat(custom).isEqualTo("@PMG#_mods");
    assertThat(state().permissionGroupIds(community)).containsExactly(auto, custom);

    await(() -> client.communities().modifyPermissionGroup(new ModifyPermissionGroupRequest(community, custom,
        "mods", 15L, null)));
    GetPermissionGroupsResult listed = await(() -> client.communities().getPermissionGroups(
        GetPermissionGroupsRequest.of(community, List.of(custom, "@PMG#_none"))));
    assertThat(listed.permissionGroups().get(0).permissionGroupName()).isEqualTo("mods");
    assertThat(listed.permissionGroups().get(0).permission()).isEqualTo(15L);
    assertThat(listed.permissionGroups().get(0).customString()).isEqualTo("c");
    assertThat(listed.permissionGroups().get(1).errorCode()).isEqualTo(110006);

    var destroyed = await(() -> client.communities().destroyPermissionGroups(new DestroyPermissionGroupsRequest(
        community, List.of(auto, "@PMG#_none"))));
    assertThat(destroyed.items()).extracting(i -> i.errorCode()).containsExactly(0, 110006);
    assertThat(state().permissionGroupIds(community)).containsExactly(custom);

    awaitFailure(() -> client.communities().createPermissionGroup(new CreatePermissionGroupRequest(community,
        "@PMG#_mods", "dup", 0L)), 10021);
    awaitFailure(() -> client.communities().createPermissionGroup(new CreatePermissionGroupRequest(community,
        "mods", "no prefix", 0L)), 10004);
    awaitFailure(() -> client.communities().modifyPermissionGroup(new ModifyPermissionGroupRequest(community,
        "@PMG#_none", "x", null, null)), 110006);
    List<String> tooMany = IntStream.range(0, 21).mapToObj(i -> "@PMG#_" + i).toList();
    assertThat(awaitThrown(() -> client.communities().destroyPermissionGroups(
        new DestroyPermissionGroupsRequest(community, tooMany)))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("PermissionGroupIdList");
  }

  @Test
  void getPermissionGroupPagesByNextThroughThePagesStream() throws Exception {
    List<String> ids = IntStream.range(0, 45).mapToObj(i -> permissionGroup("g" + i)).toList();
    GetPermissionGroupsResult first = await(() -> client.communities()
        .getPermissionGroups(GetPermissionGroupsRequest.firstPage(community, 20)));
    assertThat(first.permissionGroups()).hasSize(20);
    assertThat(first.last()).isFalse();

    List<String> streamed = new CopyOnWriteArrayList<>();
    Promise<Void> end = Promise.promise();
    vertx.getOrCreateContext().runOnContext(v -> client.pages("group_open_http_svc", "get_permission_group",
            new JsonObject().put("GroupId", community).put("Limit", 20).put("Next", ""))
        .exceptionHandler(end::tryFail).endHandler(x -> end.tryComplete())
        .handler(pg -> streamed.add(pg.getString("PermissionGroupId"))));
    end.future().toCompletionStage().toCompletableFuture().get();
    assertThat(streamed).containsExactlyElementsOf(ids);
    assertThat(awaitThrown(() -> client.communities().getPermissionGroups(
        GetPermissionGroupsRequest.firstPage(community, 21)))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void topicPermissionsAreAddedSetReadAndDeletedWithTheirCodes() {
    String t1 = topic("one");
    String t2 = topic("two");
    String pg = permissionGroup("writers");
    TopicPermissionsResult added = await(() -> client.communities().addTopicPermissions(new TopicPermissionsRequest(
        community, pg, List.of(new TopicPermission(t1, 3L), new TopicPermission(community + "@TOPIC#_x", 1L)))));
    assertThat(added.items()).extracting(TopicPermissionsResult.Item::errorCode).containsExactly(0, 110013);
    TopicPermissionsResult again = await(() -> client.communities().addTopicPermissions(new TopicPermissionsRequest(
        community, pg, List.of(new TopicPermission(t1, 3L)))));
    assertThat(again.items().get(0).errorCode()).isEqualTo(110010);

    TopicPermissionsResult set = await(() -> client.communities().setTopicPermissions(new TopicPermissionsRequest(
        community, pg, List.of(new TopicPermission(t1, 5L), new TopicPermission(t2, 1L)))));
    assertThat(set.items()).extracting(TopicPermissionsResult.Item::errorCode).containsExactly(0, 110011);

    TopicPermissionsResult read = await(() -> client.communities().getTopicPermissions(
        new GetTopicPermissionsRequest(community, pg, null)));
    assertThat(read.items()).hasSize(1);
    assertThat(read.items().get(0).topicId()).isEqualTo(t1);
    assertThat(read.items().get(0).permission()).isEqualTo(5L);

    await(() -> client.communities().destroyTopics(new DestroyTopicsRequest(community, List.of(t1))));
    TopicPermissionsResult afterDestroy = await(() -> client.communities().getTopicPermissions(
        new GetTopicPermissionsRequest(community, pg, List.of(t1, t2))));
    assertThat(afterDestroy.items()).extracting(TopicPermissionsResult.Item::errorCode)
        .containsExactly(110014, 110011);

    await(() -> client.communities().addTopicPermissions(new TopicPermissionsRequest(community, pg,
        List.of(new TopicPermission(t2, 2L)))));
    TopicPermissionsResult deleted = await(() -> client.communities().deleteTopicPermissions(
        new DeleteTopicPermissionsRequest(community, pg, List.of(t2, t2 + "x"))));
    assertThat(deleted.items()).extracting(TopicPermissionsResult.Item::errorCode).containsExactly(0, 110013);
    awaitFailure(() -> client.communities().getTopicPermissions(new GetTopicPermissionsRequest(community,
        "@PMG#_none", null)), 110006);
  }

  @Test
  void permissionGroupMembersAreCommunityMembersWithinTheLimit() {
    String pg = permissionGroup("crew");
    PermissionGroupMembersResult added = await(() -> client.communities().addPermissionGroupMembers(
        PermissionGroupMembersRequest.of(community, pg, List.of("m0", "m1", "m5", "ghost"))));
    assertThat(added.items()).extracting(PermissionGroupMembersResult.Item::errorCode)
        .containsExactly(0, 0, 10007, 10019);
    assertThat(state().permissionGroupMembers(community, pg)).containsExactly("m0", "m1");

    PermissionGroupMembersResult full = await(() -> client.communities().addPermissionGroupMembers(
        PermissionGroupMembersRequest.of(community, pg, List.of("m2", "m3"))));
    assertThat(full.items()).extracting(PermissionGroupMembersResult.Item::errorCode).containsExactly(0, 110012);

    GetPermissionGroupMemberListResult page = await(() -> client.communities().getPermissionGroupMemberList(
        new GetPermissionGroupMemberListRequest(community, pg, 2, "")));
    assertThat(page.memberAccounts()).containsExactly("m0", "m1");
    assertThat(page.last()).isFalse();
    GetPermissionGroupMemberListResult rest = await(() -> client.communities().getPermissionGroupMemberList(
        new GetPermissionGroupMemberListRequest(community, pg, 2, page.next())));
    assertThat(rest.memberAccounts()).containsExactly("m2");
    assertThat(rest.last()).isTrue();

    PermissionGroupMembersResult removed = await(() -> client.communities().deletePermissionGroupMembers(
        PermissionGroupMembersRequest.of(community, pg, List.of("m0", "m4"))));
    assertThat(removed.items()).extracting(PermissionGroupMembersResult.Item::errorCode).containsExactly(0, 110008);

    assertThat(state().leaveGroup(community, "m1")).isTrue();
    assertThat(state().permissionGroupMembers(community, pg)).as("leaving the Community leaves its permission groups")
        .containsExactly("m2");
    assertThat(awaitThrown(() -> client.communities().addPermissionGroupMembers(PermissionGroupMembersRequest.of(
        community, pg, IntStream.range(0, 101).mapToObj(i -> "u" + i).toList()))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("MemberList");
    JsonObject plain = await(() -> client.call("group_open_http_svc", "add_permission_group_member",
        new JsonObject().put("GroupId", community).put("PermissionGroupId", pg)
            .put("MemberList", new JsonArray().add("m3"))));
    assertThat(plain.getJsonArray("MemberResultList").getJsonObject(0).getInteger("ErrorCode"))
        .as("plain UserID strings are taken too").isZero();
    assertThat(state().permissionGroupMembers(community, pg)).containsExactly("m2", "m3");
  }

  @Test
  void destroyingTheCommunityDropsItsTopicsAndPermissionGroups() {
    String t = topic("one");
    String pg = permissionGroup("pg");
    await(() -> client.communities().addPermissionGroupMembers(PermissionGroupMembersRequest.of(community, pg,
        List.of("m1"))));
    await(() -> client.groups().destroyGroup(new DestroyGroupRequest(community)));
    assertThat(state().topicIds(community)).isEmpty();
    assertThat(state().permissionGroupIds(community)).isEmpty();
    awaitFailure(() -> client.communities().getTopics(new GetTopicsRequest(community, List.of(t))), 10010);
  }
}
