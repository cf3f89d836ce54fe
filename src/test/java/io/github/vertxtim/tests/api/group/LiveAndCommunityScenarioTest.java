package io.github.vertxtim.tests.api.group;

import io.github.vertxtim.api.account.Account;
import io.github.vertxtim.api.account.ImportAccountsRequest;
import io.github.vertxtim.api.group.BanGroupMembersRequest;
import io.github.vertxtim.api.group.CheckMembersRequest;
import io.github.vertxtim.api.group.CreateGroupRequest;
import io.github.vertxtim.api.group.CreatePermissionGroupRequest;
import io.github.vertxtim.api.group.CreateTopicRequest;
import io.github.vertxtim.api.group.DeleteTopicPermissionsRequest;
import io.github.vertxtim.api.group.DestroyPermissionGroupsRequest;
import io.github.vertxtim.api.group.DestroyTopicsRequest;
import io.github.vertxtim.api.group.GetAdminListRequest;
import io.github.vertxtim.api.group.GetGroupBanMembersRequest;
import io.github.vertxtim.api.group.GetMembersRequest;
import io.github.vertxtim.api.group.GetPermissionGroupsRequest;
import io.github.vertxtim.api.group.GetTopicPermissionsRequest;
import io.github.vertxtim.api.group.GetTopicsRequest;
import io.github.vertxtim.api.group.MemberMarks;
import io.github.vertxtim.api.group.ModifyAdminRequest;
import io.github.vertxtim.api.group.ModifyPermissionGroupRequest;
import io.github.vertxtim.api.group.ModifyTopicRequest;
import io.github.vertxtim.api.group.ModifyUserInfoRequest;
import io.github.vertxtim.api.group.PermissionGroupMembersRequest;
import io.github.vertxtim.api.group.TopicPermission;
import io.github.vertxtim.api.group.TopicPermissionsRequest;
import io.github.vertxtim.api.group.TopicPermissionsResult;
import io.github.vertxtim.api.group.UnbanGroupMembersRequest;
import io.github.vertxtim.emulator.impl.shared.EmulatorClock;
import io.github.vertxtim.emulator.impl.shared.ManualClock;
import io.github.vertxtim.tests.api.FamilyTestBase;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two realistic sequences through the typed API, the emulator's state checked at each step: a live stream (an
 * AVChatRoom with viewers, admins, marks and a ban that ends), and a community with topics and permission groups.
 */
class LiveAndCommunityScenarioTest extends FamilyTestBase {

  private final ManualClock clock = new ManualClock(System.currentTimeMillis());

  @Override
  protected EmulatorClock emulatorClock() {
    return clock;
  }

  private void importAccounts(String... users) {
    await(() -> client.accounts().importAccounts(new ImportAccountsRequest(
        Stream.of(users).map(u -> new Account(u, u.toUpperCase(), null)).toList())));
  }

  @Test
  void aLiveStreamWithViewersAdminsMarksAndABan() {
    importAccounts("host", "mod", "vip", "viewer", "troll");
    String room = state().addGroup("AVChatRoom");

    // the stream opens; viewers come in (the client SDK's join)
    Stream.of("host", "vip", "viewer", "troll").forEach(u -> assertThat(state().joinGroup(room, u)).isTrue());
    assertThat(await(() -> client.avChatRooms().getMembers(GetMembersRequest.firstPage(room))).memberAccounts())
        .containsExactly("host", "vip", "viewer", "troll");

    // the host and a moderator who is not watching become room admins
    await(() -> client.avChatRooms().modifyAdmin(new ModifyAdminRequest(room, ModifyAdminRequest.SET_ADMIN,
        List.of("host", "mod"))));
    assertThat(state().avChatRoomAdmins(room)).containsExactly("host", "mod");
    assertThat(await(() -> client.avChatRooms().getAdminList(new GetAdminListRequest(room))).admins())
        .extracting(a -> a.adminAccount() + ":" + a.nickName()).containsExactly("host:HOST", "mod:MOD");

    // the VIP is marked, and the app lists VIPs only
    await(() -> client.avChatRooms().modifyUserInfo(new ModifyUserInfoRequest(room, ModifyUserInfoRequest.SET_MARKS,
        List.of(new MemberMarks("vip", List.of(1001L))))));
    assertThat(state().memberMarks(room, "vip")).containsExactly(1001L);
    assertThat(await(() -> client.avChatRooms().getMembers(new GetMembersRequest(room, 0L, 1001L))).memberAccounts())
        .containsExactly("vip");

    // the troll is banned for five minutes: out of the room, listed, cannot come back
    long banStart = clock.seconds();
    await(() -> client.avChatRooms().banGroupMembers(new BanGroupMembersRequest(room, List.of("troll"), 300)));
    assertThat(state().groupMemberIds(room)).containsExactly("host", "vip", "viewer");
    assertThat(state().isBanned(room, "troll")).isTrue();
    assertThat(await(() -> client.avChatRooms().checkMembers(new CheckMembersRequest(room,
        List.of("troll", "viewer")))).memberAccounts()).containsExactly("viewer");
    assertThat(await(() -> client.avChatRooms().getGroupBanMembers(new GetGroupBanMembersRequest(room, 100, 0L)))
        .bannedAccounts()).extracting(b -> b.memberAccount() + "@" + b.bannedUntil())
        .containsExactly("troll@" + (banStart + 300));
    assertThat(state().joinGroup(room, "troll")).isFalse();

    // the VIP drops out and comes back: the mark is gone, as documented
    state().leaveGroup(room, "vip");
    assertThat(state().memberMarks(room, "vip")).isEmpty();
    assertThat(state().joinGroup(room, "vip")).isTrue();

    // the ban runs out; a second offender is banned and then forgiven
    clock.advance(Duration.ofSeconds(301));
    assertThat(state().isBanned(room, "troll")).isFalse();
    assertThat(state().joinGroup(room, "troll")).isTrue();
    await(() -> client.avChatRooms().banGroupMembers(new BanGroupMembersRequest(room, List.of("viewer"), 3600)));
    assertThat(state().groupMemberIds(room)).doesNotContain("viewer");
    await(() -> client.avChatRooms().unbanGroupMembers(new UnbanGroupMembersRequest(room, List.of("viewer"))));
    assertThat(state().isBanned(room, "viewer")).isFalse();
    assertThat(await(() -> client.avChatRooms().getGroupBanMembers(new GetGroupBanMembersRequest(room, null, null)))
        .bannedAccounts()).isEmpty();

    // the moderator steps down
    await(() -> client.avChatRooms().modifyAdmin(new ModifyAdminRequest(room, ModifyAdminRequest.UNSET_ADMIN,
        List.of("mod"))));
    assertThat(state().avChatRoomAdmins(room)).containsExactly("host");
  }

  @Test
  void aCommunityWithTopicsAndPermissionGroups() {
    importAccounts("founder", "ann", "ben", "cat");
    String community = await(() -> client.groups().createGroup(new CreateGroupRequest("founder", "Community", null,
        "makers", null, null, null, null, null, null, null, List.of(CreateGroupRequest.Member.of("ann")), 1)))
        .groupId();
    // two more join from their apps
    Stream.of("ben", "cat").forEach(u -> assertThat(state().joinGroup(community, u)).isTrue());
    assertThat(state().groupMemberIds(community)).containsExactly("founder", "ann", "ben", "cat");

    // two topics, one with a custom ID
    String lobby = await(() -> client.communities().createTopic(new CreateTopicRequest(community, null, "lobby")))
        .topicId();
    String dev = community + "@TOPIC#_dev";
    await(() -> client.communities().createTopic(new CreateTopicRequest(community, dev, "dev", "founder", null, null,
        "welcome", null, null)));
    assertThat(state().topicIds(community)).containsExactly(lobby, dev);

    // a moderators' permission group with topic permissions and two members
    String mods = await(() -> client.communities().createPermissionGroup(new CreatePermissionGroupRequest(community,
        "@PMG#_mods", "moderators", 1L))).permissionGroupId();
    assertThat(state().permissionGroupIds(community)).containsExactly(mods);
    TopicPermissionsResult granted = await(() -> client.communities().addTopicPermissions(new TopicPermissionsRequest(
        community, mods, List.of(new TopicPermission(lobby, 3L), new TopicPermission(dev, 7L)))));
    assertThat(granted.failures()).isEmpty();
    assertThat(await(() -> client.communities().addPermissionGroupMembers(PermissionGroupMembersRequest.of(
        community, mods, List.of("ann", "ben")))).failures()).isEmpty();
    assertThat(state().permissionGroupMembers(community, mods)).containsExactly("ann", "ben");
    assertThat(await(() -> client.communities().getPermissionGroups(GetPermissionGroupsRequest.of(community,
        List.of(mods)))).permissionGroups().get(0).memberNum()).isEqualTo(2);

    // the group's rights widen; the dev topic is muted
    await(() -> client.communities().modifyPermissionGroup(new ModifyPermissionGroupRequest(community, mods, null, 3L,
        null)));
    assertThat(await(() -> client.communities().getPermissionGroups(GetPermissionGroupsRequest.of(community,
        List.of(mods)))).permissionGroups().get(0).permission()).isEqualTo(3L);
    await(() -> client.communities().modifyTopic(new ModifyTopicRequest(community, dev, null, null, null, null, null,
        null, ModifyTopicRequest.MUTE_ON, null)));
    assertThat(await(() -> client.communities().getTopics(new GetTopicsRequest(community, List.of(dev))))
        .topics().get(0).topicInfo().shutUpAllFlag()).isEqualTo(1);

    // ben leaves the community, so he leaves the permission group
    assertThat(state().leaveGroup(community, "ben")).isTrue();
    assertThat(state().permissionGroupMembers(community, mods)).containsExactly("ann");

    // the lobby topic is deleted: its permission goes with it (110014), dev's stays
    await(() -> client.communities().destroyTopics(new DestroyTopicsRequest(community, List.of(lobby))));
    assertThat(state().topicIds(community)).containsExactly(dev);
    TopicPermissionsResult left = await(() -> client.communities().getTopicPermissions(
        new GetTopicPermissionsRequest(community, mods, List.of(lobby, dev))));
    assertThat(left.items()).extracting(i -> i.errorCode() + ":" + i.permission())
        .containsExactly("110014:null", "0:7");

    // dev's permission is withdrawn, then the permission group is dissolved
    await(() -> client.communities().deleteTopicPermissions(new DeleteTopicPermissionsRequest(community, mods,
        List.of(dev))));
    assertThat(await(() -> client.communities().getTopicPermissions(new GetTopicPermissionsRequest(community, mods,
        null))).items()).isEmpty();
    await(() -> client.communities().destroyPermissionGroups(new DestroyPermissionGroupsRequest(community,
        List.of(mods))));
    assertThat(state().permissionGroupIds(community)).isEmpty();
    assertThat(state().permissionGroupMembers(community, mods)).isEmpty();
  }
}
