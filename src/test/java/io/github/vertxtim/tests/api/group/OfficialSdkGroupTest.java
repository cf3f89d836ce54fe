package io.github.vertxtim.tests.api.group;

import com.tencentcloudapi.im.api.GroupApi;
import com.tencentcloudapi.im.model.AddGroupMemberRequest;
import com.tencentcloudapi.im.model.AddGroupMemberRequestMemberListInner;
import com.tencentcloudapi.im.model.AddGroupMemberResponse;
import com.tencentcloudapi.im.model.ChangeGroupOwnerRequest;
import com.tencentcloudapi.im.model.CommonResponse;
import com.tencentcloudapi.im.model.CreateGroupRequest;
import com.tencentcloudapi.im.model.CreateGroupRequestMemberListInner;
import com.tencentcloudapi.im.model.DeleteGroupMemberRequest;
import com.tencentcloudapi.im.model.DestroyGroupRequest;
import com.tencentcloudapi.im.model.ForbidSendMsgRequest;
import com.tencentcloudapi.im.model.GetAppidGroupListRequest;
import com.tencentcloudapi.im.model.GetGroupInfoRequest;
import com.tencentcloudapi.im.model.GetGroupInfoResponse;
import com.tencentcloudapi.im.model.GetGroupInfoResponseAllOfGroupInfo;
import com.tencentcloudapi.im.model.GetGroupMemberInfoRequest;
import com.tencentcloudapi.im.model.GetGroupShuttedUinRequest;
import com.tencentcloudapi.im.model.GetJoinedGroupListRequest;
import com.tencentcloudapi.im.model.GetJoinedGroupListRequestResponseFilter;
import com.tencentcloudapi.im.model.GetOnlineMemberNumRequest;
import com.tencentcloudapi.im.model.GetRoleInGroupRequest;
import com.tencentcloudapi.im.model.GroupType;
import com.tencentcloudapi.im.model.ImportGroupMemberRequest;
import com.tencentcloudapi.im.model.ImportGroupMemberRequestMemberListInner;
import com.tencentcloudapi.im.model.ImportGroupRequest;
import com.tencentcloudapi.im.model.ModifyGroupBaseInfoRequest;
import com.tencentcloudapi.im.model.ModifyGroupMemberInfoRequest;
import com.tencentcloudapi.im.model.ModifyGroupMemberInfoRequestAppMemberDefinedDataInner;
import com.tencentcloudapi.im.model.SetUnreadMsgNumRequest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The official Tencent Java SDK drives every group endpoint of this part it covers against the emulator and parses
 * the answers (it sends the older shapes: ShutUpTime, ShutUpAllMember, lower-case {@code key} in member fields,
 * the legacy command get_group_shutted_uin).
 */
class OfficialSdkGroupTest extends GroupTestBase {

  private static CreateGroupRequestMemberListInner member(String id) {
    CreateGroupRequestMemberListInner m = new CreateGroupRequestMemberListInner();
    m.setMemberAccount(id);
    return m;
  }

  @Test
  void groupLifecycleThroughTheOfficialSdk() throws Exception {
    importAccounts("sdk-owner", "sdk-ann", "sdk-bob", "sdk-cid");
    GroupApi sdk = new GroupApi(officialSdk());

    CreateGroupRequest create = new CreateGroupRequest();
    create.setOwnerAccount("sdk-owner");
    create.setType(GroupType.PUBLIC);
    create.setName("SDK group");
    create.setMemberList(List.of(member("sdk-ann")));
    String id = sdk.createGroup(1, create).getGroupId();
    assertThat(id).startsWith("@TGS#");

    ModifyGroupBaseInfoRequest modify = new ModifyGroupBaseInfoRequest();
    modify.setGroupId(id);
    modify.setIntroduction("made by the SDK");
    modify.setShutUpAllMember("On");
    assertThat(sdk.modifyGroupBaseInfo(2, modify).getErrorCode()).isZero();

    GetGroupInfoRequest info = new GetGroupInfoRequest();
    info.setGroupIdList(List.of(id));
    GetGroupInfoResponse infoAnswer = sdk.getGroupInfo(3, info);
    GetGroupInfoResponseAllOfGroupInfo group = infoAnswer.getGroupInfo().get(0);
    assertThat(group.getName()).isEqualTo("SDK group");
    assertThat(group.getIntroduction()).isEqualTo("made by the SDK");
    assertThat(group.getShutUpAllMember()).isEqualTo("On");
    assertThat(group.getMemberNum()).isEqualTo(2);
    assertThat(group.getMemberList()).extracting(m -> m.getMemberAccount()).containsExactly("sdk-owner", "sdk-ann");

    AddGroupMemberRequest add = new AddGroupMemberRequest();
    add.setGroupId(id);
    AddGroupMemberRequestMemberListInner bob = new AddGroupMemberRequestMemberListInner();
    bob.setMemberAccount("sdk-bob");
    add.setMemberList(List.of(bob));
    AddGroupMemberResponse added = sdk.addGroupMember(4, add);
    assertThat(added.getMemberList()).extracting(r -> r.getMemberAccount() + "=" + r.getResult())
        .containsExactly("sdk-bob=1");

    ImportGroupMemberRequest importMembers = new ImportGroupMemberRequest();
    importMembers.setGroupId(id);
    ImportGroupMemberRequestMemberListInner cid = new ImportGroupMemberRequestMemberListInner();
    cid.setMemberAccount("sdk-cid");
    cid.setJoinTime(1_600_000_000);
    importMembers.setMemberList(List.of(cid));
    assertThat(sdk.importGroupMember(5, importMembers).getMemberList()).extracting(r -> r.getResult())
        .containsExactly(1);

    ModifyGroupMemberInfoRequest card = new ModifyGroupMemberInfoRequest();
    card.setGroupId(id);
    card.setMemberAccount("sdk-ann");
    card.setRole("Admin");
    card.setNameCard("Ann");
    ModifyGroupMemberInfoRequestAppMemberDefinedDataInner level = new ModifyGroupMemberInfoRequestAppMemberDefinedDataInner();
    level.setKey("Level");
    level.setValue("2");
    card.setAppMemberDefinedData(List.of(level));
    assertThat(sdk.modifyGroupMemberInfo(6, card).getErrorCode()).isZero();

    GetGroupMemberInfoRequest members = new GetGroupMemberInfoRequest();
    members.setGroupId(id);
    members.setLimit(10);
    members.setOffset(0);
    var memberAnswer = sdk.getGroupMemberInfo(7, members);
    assertThat(memberAnswer.getMemberNum()).isEqualTo(4);
    assertThat(memberAnswer.getMemberList()).extracting(m -> m.getMemberAccount() + "=" + m.getRole() + "/" + m.getNameCard())
        .containsExactly("sdk-owner=Owner/", "sdk-ann=Admin/Ann", "sdk-bob=Member/", "sdk-cid=Member/");

    GetRoleInGroupRequest roles = new GetRoleInGroupRequest();
    roles.setGroupId(id);
    roles.setUserAccount(List.of("sdk-ann", "nobody"));
    assertThat(sdk.getRoleInGroup(8, roles).getUserIdList()).extracting(r -> r.getMemberAccount() + "=" + r.getRole())
        .containsExactly("sdk-ann=Admin", "nobody=NotMember");

    ForbidSendMsgRequest mute = new ForbidSendMsgRequest();
    mute.setGroupId(id);
    mute.setMembersAccount(List.of("sdk-bob"));
    mute.setShutUpTime(600);
    assertThat(sdk.forbidSendMsg(9, mute).getErrorCode()).isZero();
    assertThat(state().isGroupMemberMuted(id, "sdk-bob")).isTrue();
    GetGroupShuttedUinRequest muted = new GetGroupShuttedUinRequest();
    muted.setGroupId(id);
    assertThat(sdk.getGroupShuttedUin(10, muted).getShuttedUinList()).extracting(m -> m.getMemberAccount())
        .containsExactly("sdk-bob");

    SetUnreadMsgNumRequest unread = new SetUnreadMsgNumRequest();
    unread.setGroupId(id);
    unread.setMemberAccount("sdk-bob");
    unread.setUnreadMsgNum(4);
    assertThat(sdk.setUnreadMsgNum(11, unread).getErrorCode()).isZero();

    GetJoinedGroupListRequest joined = new GetJoinedGroupListRequest();
    joined.setMemberAccount("sdk-bob");
    GetJoinedGroupListRequestResponseFilter self = new GetJoinedGroupListRequestResponseFilter();
    self.setGroupBaseInfoFilter(List.of("Name"));
    self.setSelfInfoFilter(List.of("UnreadMsgNum"));
    joined.setResponseFilter(self);
    var joinedAnswer = sdk.getJoinedGroupList(12, joined);
    assertThat(joinedAnswer.getTotalCount()).isEqualTo(1);
    assertThat(joinedAnswer.getGroupIdList().get(0).getGroupId()).isEqualTo(id);
    assertThat(joinedAnswer.getGroupIdList().get(0).getName()).isEqualTo("SDK group");

    DeleteGroupMemberRequest delete = new DeleteGroupMemberRequest();
    delete.setGroupId(id);
    delete.setMemberToDelAccount(List.of("sdk-cid"));
    assertThat(sdk.deleteGroupMember(13, delete).getErrorCode()).isZero();
    assertThat(state().groupRole(id, "sdk-cid")).isNull();

    ChangeGroupOwnerRequest owner = new ChangeGroupOwnerRequest();
    owner.setGroupId(id);
    owner.setNewOwnerAccount("sdk-ann");
    assertThat(sdk.changeGroupOwner(14, owner).getErrorCode()).isZero();
    assertThat(state().groupOwner(id)).isEqualTo("sdk-ann");

    GetAppidGroupListRequest list = new GetAppidGroupListRequest();
    list.setLimit(10);
    var listed = sdk.getAppidGroupList(15, list);
    assertThat(listed.getTotalCount()).isEqualTo(1);
    assertThat(listed.getGroupIdList()).extracting(g -> g.getGroupId()).containsExactly(id);

    DestroyGroupRequest destroy = new DestroyGroupRequest();
    destroy.setGroupId(id);
    CommonResponse destroyed = sdk.destroyGroup(16, destroy);
    assertThat(destroyed.getErrorCode()).isZero();
    assertThat(state().hasGroup(id)).isFalse();
  }

  @Test
  void importAndLiveRoomThroughTheOfficialSdk() throws Exception {
    importAccounts("sdk-owner");
    GroupApi sdk = new GroupApi(officialSdk());
    ImportGroupRequest imported = new ImportGroupRequest();
    imported.setOwnerAccount("sdk-owner");
    imported.setType("Work");
    imported.setName("migrated");
    imported.setCreateTime(1_500_000_000);
    String id = sdk.importGroup(1, imported).getGroupId();
    GetGroupInfoRequest info = new GetGroupInfoRequest();
    info.setGroupIdList(List.of(id));
    GetGroupInfoResponseAllOfGroupInfo group = sdk.getGroupInfo(2, info).getGroupInfo().get(0);
    assertThat(group.getType()).isEqualTo("Private");
    assertThat(group.getCreateTime()).isEqualTo(1_500_000_000);

    CreateGroupRequest live = new CreateGroupRequest();
    live.setOwnerAccount("sdk-owner");
    live.setType(GroupType.AVCHATROOM);
    live.setName("live");
    String room = sdk.createGroup(3, live).getGroupId();
    state().setOnlineStatus("sdk-owner", "Online");
    GetOnlineMemberNumRequest online = new GetOnlineMemberNumRequest();
    online.setGroupId(room);
    assertThat(sdk.getOnlineMemberNum(4, online).getOnlineMemberNum()).isEqualTo(1);
  }
}
