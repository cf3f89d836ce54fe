package io.github.vertxtim.tests.api.group;

import io.github.vertxtim.api.group.AppDefinedDataItem;
import io.github.vertxtim.api.group.ChangeGroupOwnerRequest;
import io.github.vertxtim.api.group.CreateGroupRequest;
import io.github.vertxtim.api.group.DestroyGroupRequest;
import io.github.vertxtim.api.group.GetGroupInfoRequest;
import io.github.vertxtim.api.group.GetGroupInfoResult;
import io.github.vertxtim.api.group.GetOnlineMemberNumRequest;
import io.github.vertxtim.api.group.ImportGroupRequest;
import io.github.vertxtim.api.group.ModifyGroupBaseInfoRequest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** create_group, import_group, get_group_info, modify_group_base_info, destroy_group, change_group_owner, get_online_member_num. */
class GroupLifecycleTest extends GroupTestBase {

  @Test
  void createAssignsAnIdAndGetGroupInfoAnswersTheProfileAndMembers() {
    importAccounts("owner", "ann", "bob");
    CreateGroupRequest request = new CreateGroupRequest("owner", "Public", null, "Readers", "about books", "be kind",
        "https://x/face.png", 50, "FreeAccess", null, List.of(new AppDefinedDataItem("Topic", "novels")),
        List.of(CreateGroupRequest.Member.admin("ann"), CreateGroupRequest.Member.of("bob")), null);
    String id = await(() -> client.groups().createGroup(request)).groupId();
    assertThat(id).startsWith("@TGS#");

    GetGroupInfoResult.GroupInfo info = await(() -> client.groups().getGroupInfo(GetGroupInfoRequest.of(List.of(id))))
        .groupInfo().get(0);
    assertThat(info.ok()).isTrue();
    assertThat(info.type()).isEqualTo("Public");
    assertThat(info.name()).isEqualTo("Readers");
    assertThat(info.introduction()).isEqualTo("about books");
    assertThat(info.notification()).isEqualTo("be kind");
    assertThat(info.ownerAccount()).isEqualTo("owner");
    assertThat(info.memberNum()).isEqualTo(3);
    assertThat(info.maxMemberNum()).isEqualTo(50);
    assertThat(info.applyJoinOption()).isEqualTo("FreeAccess");
    assertThat(info.appid()).isEqualTo(SDK_APP_ID);
    assertThat(info.muteAllMember()).isEqualTo("Off");
    assertThat(info.appDefinedData()).extracting(AppDefinedDataItem::key, AppDefinedDataItem::value)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Topic", "novels"));
    assertThat(info.memberList()).extracting(m -> m.memberAccount() + "=" + m.role())
        .containsExactly("owner=Owner", "ann=Admin", "bob=Member");
    assertThat(state().groupRole(id, "ann")).isEqualTo("Admin");
  }

  @Test
  void getGroupInfoAnswersPerGroupCodesAndHonoursTheFilter() {
    String id = createGroup("Public", "g", "owner", "ann");
    GetGroupInfoRequest request = new GetGroupInfoRequest(List.of(id, "@TGS#1NOSUCHGRP", "bad id\u0001"),
        new GetGroupInfoRequest.ResponseFilter(List.of("Name"), List.of("Role"), null, null));
    List<GetGroupInfoResult.GroupInfo> infos = await(() -> client.groups().getGroupInfo(request)).groupInfo();
    assertThat(infos).extracting(GetGroupInfoResult.GroupInfo::errorCode).containsExactly(0, 10010, 10015);
    GetGroupInfoResult.GroupInfo first = infos.get(0);
    assertThat(first.name()).isEqualTo("g");
    assertThat(first.type()).isNull();
    assertThat(first.memberList()).extracting(m -> m.memberAccount() + "=" + m.role() + "/" + m.joinTime())
        .containsExactly("owner=Owner/null", "ann=Member/null");
  }

  @Test
  void customIdsFollowThePrefixRulesAndDuplicatesAreRefused() {
    importAccounts("owner", "other");
    String id = await(() -> client.groups().createGroup(CreateGroupRequest.of("Public", "g", "owner")
        .withGroupId("my-group-1"))).groupId();
    assertThat(id).isEqualTo("my-group-1");
    awaitFailure(() -> client.groups().createGroup(CreateGroupRequest.of("Public", "g", "owner")
        .withGroupId("my-group-1")), 10025);
    awaitFailure(() -> client.groups().createGroup(CreateGroupRequest.of("Public", "g", "other")
        .withGroupId("my-group-1")), 10021);
    awaitFailure(() -> client.groups().createGroup(CreateGroupRequest.of("Public", "g", "owner")
        .withGroupId("@TGS#mine")), 10015);
    awaitFailure(() -> client.groups().createGroup(CreateGroupRequest.of("Public", "g", "owner")
        .withGroupId("x".repeat(49))), 10015);
    awaitFailure(() -> client.groups().createGroup(CreateGroupRequest.of("Community", "c", "owner")
        .withGroupId("community-1")), 10015);
    String community = await(() -> client.groups().createGroup(CreateGroupRequest.of("Community", "c", "owner")
        .withGroupId("@TGS#_community-1"))).groupId();
    assertThat(community).isEqualTo("@TGS#_community-1");
    String assigned = await(() -> client.groups().createGroup(CreateGroupRequest.of("Community", "c", "owner")))
        .groupId();
    assertThat(assigned).startsWith("@TGS#_");
  }

  @Test
  void createChecksRequiredFieldsAccountsAndTypes() {
    importAccounts("owner");
    awaitFailure(() -> client.groups().createGroup(CreateGroupRequest.of("Secret", "g", "owner")), 10004);
    awaitFailure(() -> client.groups().createGroup(CreateGroupRequest.of("Public", "", "owner")), 10004);
    awaitFailure(() -> client.groups().createGroup(CreateGroupRequest.of("Public", "n".repeat(31), "owner")), 10004);
    awaitFailure(() -> client.groups().createGroup(CreateGroupRequest.of("Public", "g", "ghost")), 10019);
    awaitFailure(() -> client.groups().createGroup(CreateGroupRequest.of("Public", "g", "owner")
        .withMembers(List.of(CreateGroupRequest.Member.of("ghost")))), 10019);
    importAccounts("viewer");
    awaitFailure(() -> client.groups().createGroup(CreateGroupRequest.of("AVChatRoom", "live", "owner")
        .withMembers(List.of(CreateGroupRequest.Member.of("viewer")))), 10007);
    assertThat(state().groupCount()).isZero();
  }

  @Test
  void confirmedLimitsFailBeforeAnyRequest() {
    List<CreateGroupRequest.Member> members = IntStream.range(0, 101).mapToObj(i -> CreateGroupRequest.Member.of("u" + i))
        .toList();
    assertThatThrownBy(() -> CreateGroupRequest.of("Public", "g", "o").withMembers(members))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 100");
    List<String> ids = IntStream.range(0, 51).mapToObj(i -> "g" + i).toList();
    assertThat(awaitThrown(() -> client.groups().getGroupInfo(GetGroupInfoRequest.of(ids))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("GroupIdList").hasMessageContaining("50");
    assertThat(emulator.stats().requests("group_open_http_svc/get_group_info")).isZero();
  }

  @Test
  void modifyChangesTheProfileAndCustomFields() {
    String id = createGroup("Public", "old", "owner");
    await(() -> client.groups().modifyGroupBaseInfo(new ModifyGroupBaseInfoRequest(id, "new", "intro", null, null,
        20, "NeedPermission", null, "On", List.of(new AppDefinedDataItem("k1", "v1"), new AppDefinedDataItem("k2", "v2")))));
    await(() -> client.groups().modifyGroupBaseInfo(new ModifyGroupBaseInfoRequest(id, null, null, null, null, null,
        null, null, null, List.of(new AppDefinedDataItem("k1", "")))));
    GetGroupInfoResult.GroupInfo info = await(() -> client.groups().getGroupInfo(GetGroupInfoRequest.of(List.of(id))))
        .groupInfo().get(0);
    assertThat(info.name()).isEqualTo("new");
    assertThat(info.introduction()).isEqualTo("intro");
    assertThat(info.maxMemberNum()).isEqualTo(20);
    assertThat(info.applyJoinOption()).isEqualTo("NeedPermission");
    assertThat(info.muteAllMember()).isEqualTo("On");
    assertThat(info.infoSeq()).isEqualTo(3);
    assertThat(info.appDefinedData()).extracting(AppDefinedDataItem::key).containsExactly("k2");
    assertThat(state().isGroupMemberMuted(id, "owner")).isFalse(); // mute-all spares the owner

    awaitFailure(() -> client.groups().modifyGroupBaseInfo(ModifyGroupBaseInfoRequest.name(id, "n".repeat(31))), 10004);
    awaitFailure(() -> client.groups().modifyGroupBaseInfo(ModifyGroupBaseInfoRequest.name("@TGS#1NOSUCHGRP", "x")), 10010);
    String work = createGroup("Private", "work", "owner");
    awaitFailure(() -> client.groups().modifyGroupBaseInfo(new ModifyGroupBaseInfoRequest(work, null, null, null, null,
        null, "FreeAccess", null, null, null)), 10007);
  }

  @Test
  void destroyRemovesTheGroupAndItsMembers() {
    String id = createGroup("ChatRoom", "meeting", "owner", "ann");
    await(() -> client.groups().destroyGroup(new DestroyGroupRequest(id)));
    assertThat(state().hasGroup(id)).isFalse();
    assertThat(state().groupRole(id, "ann")).isNull();
    awaitFailure(() -> client.groups().destroyGroup(new DestroyGroupRequest(id)), 10010);
    assertThat(await(() -> client.groups().getGroupInfo(GetGroupInfoRequest.of(List.of(id)))).groupInfo().get(0)
        .errorCode()).isEqualTo(10010);
  }

  @Test
  void importKeepsTheCreationTimeAndRefusesLiveRooms() {
    importAccounts("owner");
    String id = await(() -> client.groups().importGroup(ImportGroupRequest.of("Public", "old group", "owner",
        1_500_000_000L))).groupId();
    GetGroupInfoResult.GroupInfo info = await(() -> client.groups().getGroupInfo(GetGroupInfoRequest.of(List.of(id))))
        .groupInfo().get(0);
    assertThat(info.createTime()).isEqualTo(1_500_000_000L);
    assertThat(info.ownerAccount()).isEqualTo("owner");
    awaitFailure(() -> client.groups().importGroup(ImportGroupRequest.of("AVChatRoom", "live", "owner", 1L)), 10007);
  }

  @Test
  void changeOwnerNeedsAMemberAndDemotesTheFormerOwner() {
    String id = createGroup("Public", "g", "owner", "ann");
    importAccounts("stranger");
    awaitFailure(() -> client.groups().changeGroupOwner(new ChangeGroupOwnerRequest(id, "stranger")), 10004);
    awaitFailure(() -> client.groups().changeGroupOwner(new ChangeGroupOwnerRequest(id, "ghost")), 10019);
    await(() -> client.groups().changeGroupOwner(new ChangeGroupOwnerRequest(id, "ann")));
    assertThat(state().groupOwner(id)).isEqualTo("ann");
    assertThat(state().groupRole(id, "owner")).isEqualTo("Member");
    String live = createGroup("AVChatRoom", "live", "host");
    awaitFailure(() -> client.groups().changeGroupOwner(new ChangeGroupOwnerRequest(live, "host")), 10007);
  }

  @Test
  void onlineMemberNumCountsTheRoomsOnlineMembersOnly() {
    String live = createGroup("AVChatRoom", "live", "host");
    state().setOnlineStatus("host", "Online");
    assertThat(await(() -> client.groups().getOnlineMemberNum(new GetOnlineMemberNumRequest(live))).onlineMemberNum())
        .isEqualTo(1);
    state().setOnlineStatus("host", "Offline");
    assertThat(await(() -> client.groups().getOnlineMemberNum(new GetOnlineMemberNumRequest(live))).onlineMemberNum())
        .isZero();
    String chat = createGroup("Public", "chat", "host");
    awaitFailure(() -> client.groups().getOnlineMemberNum(new GetOnlineMemberNumRequest(chat)), 10007);
  }
}
