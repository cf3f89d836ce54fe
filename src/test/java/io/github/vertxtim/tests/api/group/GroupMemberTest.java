package io.github.vertxtim.tests.api.group;

import io.github.vertxtim.api.group.AddGroupMemberRequest;
import io.github.vertxtim.api.group.AppDefinedDataItem;
import io.github.vertxtim.api.group.CreateGroupRequest;
import io.github.vertxtim.api.group.DeleteGroupMemberRequest;
import io.github.vertxtim.api.group.ForbidSendMsgRequest;
import io.github.vertxtim.api.group.GetGroupMemberInfoRequest;
import io.github.vertxtim.api.group.GetGroupMemberInfoResult;
import io.github.vertxtim.api.group.GetGroupMutedAccountRequest;
import io.github.vertxtim.api.group.GetJoinedGroupListRequest;
import io.github.vertxtim.api.group.GetJoinedGroupListResult;
import io.github.vertxtim.api.group.GetRoleInGroupRequest;
import io.github.vertxtim.api.group.GetSpecifiedGroupMemberInfoRequest;
import io.github.vertxtim.api.group.GroupMemberInfo;
import io.github.vertxtim.api.group.ImportGroupMemberRequest;
import io.github.vertxtim.api.group.MemberResultItem;
import io.github.vertxtim.api.group.ModifyGroupBaseInfoRequest;
import io.github.vertxtim.api.group.ModifyGroupMemberInfoRequest;
import io.github.vertxtim.api.group.SetUnreadMsgNumRequest;
import io.github.vertxtim.emulator.EmulatorLimit;
import io.github.vertxtim.emulator.TimEmulatorOptions;
import io.github.vertxtim.emulator.impl.shared.EmulatorClock;
import io.github.vertxtim.emulator.impl.shared.ManualClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Members: add/delete with per-member results, member profiles (paged and specified), member modification, roles,
 * mutes and their expiry, imports, unread counts and a user's joined groups.
 */
class GroupMemberTest extends GroupTestBase {

  private final ManualClock clock = new ManualClock(System.currentTimeMillis());

  @Override
  protected EmulatorClock emulatorClock() {
    return clock;
  }

  @Override
  protected TimEmulatorOptions emulatorOptions() {
    return new TimEmulatorOptions().setLimit(EmulatorLimit.GROUP_MEMBER_LIMIT, 5);
  }

  @Test
  void addAnswersAResultPerMemberAndRefusesToOverfillTheGroup() {
    String id = createGroup("Public", "g", "owner", "ann");
    importAccounts("bob", "cid", "dan", "eve");
    List<MemberResultItem> results = await(() -> client.groups().addGroupMember(
        AddGroupMemberRequest.of(id, List.of("bob", "ann", "ghost")))).memberList();
    assertThat(results).extracting(r -> r.memberAccount() + "=" + r.result())
        .containsExactly("bob=1", "ann=2", "ghost=0");
    assertThat(state().groupMemberCount(id)).isEqualTo(3);
    // the edition limit is 5 here: three more do not fit, and none is added
    awaitFailure(() -> client.groups().addGroupMember(AddGroupMemberRequest.of(id, List.of("cid", "dan", "eve"))),
        10014);
    assertThat(state().groupMemberCount(id)).isEqualTo(3);
    assertThat(awaitThrown(() -> client.groups().addGroupMember(
        AddGroupMemberRequest.of(id, IntStream.range(0, 301).mapToObj(i -> "u" + i).toList()))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 300");
  }

  @Test
  void invitationsThatNeedApprovalWaitAndLiveRoomsTakeNoAdds() {
    String id = createGroup("Public", "g", "owner");
    importAccounts("bob");
    await(() -> client.groups().modifyGroupBaseInfo(new ModifyGroupBaseInfoRequest(id, null, null, null, null, null,
        null, "NeedPermission", null, null)));
    assertThat(await(() -> client.groups().addGroupMember(AddGroupMemberRequest.of(id, List.of("bob")))).memberList())
        .extracting(MemberResultItem::result).containsExactly(MemberResultItem.WAITING);
    assertThat(state().groupRole(id, "bob")).isNull();
    String live = createGroup("AVChatRoom", "live", "host");
    awaitFailure(() -> client.groups().addGroupMember(AddGroupMemberRequest.of(live, List.of("bob"))), 10007);
    awaitFailure(() -> client.groups().getSpecifiedGroupMemberInfo(
        GetSpecifiedGroupMemberInfoRequest.of(live, List.of("host"))), 10007);
    awaitFailure(() -> client.groups().addGroupMember(AddGroupMemberRequest.of("@TGS#1NOSUCHGRP", List.of("bob"))),
        10010);
  }

  @Test
  void deleteRemovesMembersButNeverTheOwner() {
    String id = createGroup("Public", "g", "owner", "ann", "bob");
    await(() -> client.groups().deleteGroupMember(DeleteGroupMemberRequest.of(id, List.of("ann", "nobody"))));
    assertThat(state().groupRole(id, "ann")).isNull();
    assertThat(state().groupMemberCount(id)).isEqualTo(2);
    awaitFailure(() -> client.groups().deleteGroupMember(DeleteGroupMemberRequest.of(id, List.of("bob", "owner"))),
        10009);
    assertThat(state().groupRole(id, "bob")).isEqualTo("Member");
  }

  @Test
  void memberInfoPagesByOffsetAndFiltersRolesAndFields() {
    String id = createGroup("Public", "g", "owner", "ann", "bob", "cid");
    GetGroupMemberInfoResult page = await(() -> client.groups().getGroupMemberInfo(
        GetGroupMemberInfoRequest.page(id, 2, 1)));
    assertThat(page.memberNum()).isEqualTo(4);
    assertThat(page.memberList()).extracting(GroupMemberInfo::memberAccount).containsExactly("ann", "bob");
    assertThat(page.memberList().get(0).role()).isEqualTo("Member");
    assertThat(page.memberList().get(0).joinTime()).isEqualTo(clock.seconds());

    GetGroupMemberInfoResult owners = await(() -> client.groups().getGroupMemberInfo(new GetGroupMemberInfoRequest(id,
        null, null, null, List.of("Role"), List.of("Owner"), null)));
    assertThat(owners.memberList()).extracting(m -> m.memberAccount() + "=" + m.role() + "/" + m.nameCard())
        .containsExactly("owner=Owner/null");

    List<String> all = new java.util.concurrent.CopyOnWriteArrayList<>();
    io.vertx.core.Promise<Void> end = io.vertx.core.Promise.promise();
    vertx.runOnContext(v -> {
      var stream = client.pages("group_open_http_svc", "get_group_member_info",
          new io.vertx.core.json.JsonObject().put("GroupId", id).put("Limit", 3));
      stream.endHandler(x -> end.complete());
      stream.exceptionHandler(end::fail);
      stream.handler(m -> all.add(m.getString("Member_Account")));
    });
    await(end::future);
    assertThat(all).containsExactly("owner", "ann", "bob", "cid");
    awaitFailure(() -> client.groups().getGroupMemberInfo(GetGroupMemberInfoRequest.page("bad\u0001", 1, 0)), 10015);
  }

  @Test
  void modifyMemberInfoChangesRoleCardCustomFieldsAndMute() {
    String id = createGroup("Public", "g", "owner", "ann");
    await(() -> client.groups().modifyGroupMemberInfo(new ModifyGroupMemberInfoRequest(id, "ann", "Admin",
        "Discard", "Annie", List.of(new AppDefinedDataItem("Level", "3")), 60L)));
    GroupMemberInfo ann = await(() -> client.groups().getSpecifiedGroupMemberInfo(
        GetSpecifiedGroupMemberInfoRequest.of(id, List.of("ann", "nobody")))).memberList().get(0);
    assertThat(ann.role()).isEqualTo("Admin");
    assertThat(ann.msgFlag()).isEqualTo("Discard");
    assertThat(ann.nameCard()).isEqualTo("Annie");
    assertThat(ann.customFields()).containsEntry("Level", "3");
    assertThat(ann.shutUpUntil()).isEqualTo(clock.seconds() + 60);
    assertThat(state().isGroupMemberMuted(id, "ann")).isTrue();

    awaitFailure(() -> client.groups().modifyGroupMemberInfo(ModifyGroupMemberInfoRequest.role(id, "owner", "Member")),
        10004);
    awaitFailure(() -> client.groups().modifyGroupMemberInfo(ModifyGroupMemberInfoRequest.role(id, "ann", "Owner")),
        10004);
    awaitFailure(() -> client.groups().modifyGroupMemberInfo(
        ModifyGroupMemberInfoRequest.nameCard(id, "ann", "x".repeat(51))), 10004);
    importAccounts("stranger");
    awaitFailure(() -> client.groups().modifyGroupMemberInfo(ModifyGroupMemberInfoRequest.nameCard(id, "stranger", "s")),
        10004);
    awaitFailure(() -> client.groups().modifyGroupMemberInfo(ModifyGroupMemberInfoRequest.nameCard(id, "ghost", "g")),
        10019);
  }

  @Test
  void rolesAreAnsweredForMembersAndNonMembers() {
    String id = createGroup("Public", "g", "owner", "ann");
    await(() -> client.groups().modifyGroupMemberInfo(ModifyGroupMemberInfoRequest.role(id, "ann", "Admin")));
    assertThat(await(() -> client.groups().getRoleInGroup(new GetRoleInGroupRequest(id, List.of("owner", "ann",
        "zed")))).roles()).containsExactly(java.util.Map.entry("owner", "Owner"), java.util.Map.entry("ann", "Admin"),
        java.util.Map.entry("zed", "NotMember"));
  }

  @Test
  void mutesRunForTheirDurationAndZeroUnmutes() {
    String id = createGroup("Public", "g", "owner", "ann", "bob");
    long now = clock.seconds();
    await(() -> client.groups().forbidSendMsg(ForbidSendMsgRequest.of(id, List.of("ann", "bob"), 100)));
    assertThat(await(() -> client.groups().getGroupMutedAccount(GetGroupMutedAccountRequest.of(id))).shuttedUinList())
        .extracting(m -> m.memberAccount() + "@" + (m.shuttedUntil() - now)).containsExactly("ann@100", "bob@100");
    await(() -> client.groups().forbidSendMsg(ForbidSendMsgRequest.of(id, List.of("bob"), 0)));
    assertThat(state().isGroupMemberMuted(id, "bob")).isFalse();
    clock.advance(Duration.ofSeconds(101));
    assertThat(state().isGroupMemberMuted(id, "ann")).isFalse();
    assertThat(await(() -> client.groups().getGroupMutedAccount(GetGroupMutedAccountRequest.of(id))).shuttedUinList())
        .isEmpty();
    awaitFailure(() -> client.groups().forbidSendMsg(ForbidSendMsgRequest.of(id, List.of("ann"), -1)), 10004);
  }

  @Test
  void importedMembersKeepJoinTimeRoleAndUnreadCount() {
    String id = createGroup("Public", "g", "owner");
    importAccounts("ann", "bob");
    List<MemberResultItem> results = await(() -> client.groups().importGroupMember(new ImportGroupMemberRequest(id,
        List.of(new ImportGroupMemberRequest.Member("ann", "Admin", 1_600_000_000L, 7L),
            ImportGroupMemberRequest.Member.of("owner"), ImportGroupMemberRequest.Member.of("ghost"))))).memberList();
    assertThat(results).extracting(MemberResultItem::result).containsExactly(1, 2, 0);
    GetJoinedGroupListResult joined = await(() -> client.groups().getJoinedGroupList(new GetJoinedGroupListRequest(
        "ann", null, null, null, null, null, new GetJoinedGroupListRequest.ResponseFilter(List.of("Name"),
        List.of("Role", "JoinTime", "UnreadMsgNum")))));
    GetJoinedGroupListResult.JoinedGroup g = joined.groupIdList().get(0);
    assertThat(g.name()).isEqualTo("g");
    assertThat(g.selfInfo().role()).isEqualTo("Admin");
    assertThat(g.selfInfo().joinTime()).isEqualTo(1_600_000_000L);
    assertThat(g.selfInfo().unreadMsgNum()).isEqualTo(7L);

    await(() -> client.groups().setUnreadMsgNum(new SetUnreadMsgNumRequest(id, "ann", 2L)));
    assertThat(await(() -> client.groups().getJoinedGroupList(new GetJoinedGroupListRequest("ann", null, null, null,
        null, null, new GetJoinedGroupListRequest.ResponseFilter(null, List.of("UnreadMsgNum"))))).groupIdList().get(0)
        .selfInfo().unreadMsgNum()).isEqualTo(2L);
    awaitFailure(() -> client.groups().setUnreadMsgNum(new SetUnreadMsgNumRequest(id, "bob", 1L)), 10004);
    String live = createGroup("AVChatRoom", "live", "host");
    awaitFailure(() -> client.groups().importGroupMember(new ImportGroupMemberRequest(live,
        List.of(ImportGroupMemberRequest.Member.of("ann")))), 10007);
  }

  @Test
  void joinedGroupsPageByOffsetAndLeaveOutLiveRoomsAndInactiveWorkGroups() {
    importAccounts("ann");
    for (int i = 0; i < 3; i++) {
      String name = "g" + i;
      await(() -> client.groups().createGroup(CreateGroupRequest.of("Public", name, "ann")));
    }
    String live = await(() -> client.groups().createGroup(CreateGroupRequest.of("AVChatRoom", "live", "ann"))).groupId();
    String work = await(() -> client.groups().createGroup(CreateGroupRequest.of("Private", "work", "ann"))).groupId();

    GetJoinedGroupListResult page = await(() -> client.groups().getJoinedGroupList(
        GetJoinedGroupListRequest.page("ann", 2, 1)));
    assertThat(page.totalCount()).isEqualTo(3);
    assertThat(page.groupIdList()).hasSize(2);
    GetJoinedGroupListResult all = await(() -> client.groups().getJoinedGroupList(new GetJoinedGroupListRequest("ann",
        null, null, null, 1, 1, null)));
    assertThat(all.totalCount()).isEqualTo(5);
    assertThat(all.groupIds()).contains(live, work);

    List<String> paged = new java.util.concurrent.CopyOnWriteArrayList<>();
    io.vertx.core.Promise<Void> end = io.vertx.core.Promise.promise();
    vertx.runOnContext(v -> {
      var stream = client.pages("group_open_http_svc", "get_joined_group_list",
          new io.vertx.core.json.JsonObject().put("Member_Account", "ann").put("Limit", 2).put("WithHugeGroups", 1)
              .put("WithNoActiveGroups", 1));
      stream.endHandler(x -> end.complete());
      stream.exceptionHandler(end::fail);
      stream.handler(g -> paged.add(g.getString("GroupId")));
    });
    await(end::future);
    assertThat(paged).containsExactlyElementsOf(all.groupIds());
    awaitFailure(() -> client.groups().getJoinedGroupList(GetJoinedGroupListRequest.of("ghost")), 10019);
  }
}
