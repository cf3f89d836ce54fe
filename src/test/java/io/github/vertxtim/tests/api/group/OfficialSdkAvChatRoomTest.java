package io.github.vertxtim.tests.api.group;

import com.tencentcloudapi.im.api.GroupApi;
import com.tencentcloudapi.im.model.CreateGroupRequest;
import com.tencentcloudapi.im.model.CreateGroupResponse;
import com.tencentcloudapi.im.model.GetOnlineMemberNumRequest;
import com.tencentcloudapi.im.model.GroupType;
import io.github.vertxtim.api.account.Account;
import io.github.vertxtim.api.account.ImportAccountsRequest;
import io.github.vertxtim.api.group.BanGroupMembersRequest;
import io.github.vertxtim.api.group.CheckMembersRequest;
import io.github.vertxtim.tests.api.FamilyTestBase;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The official Tencent Java SDK (1.0.8) covers none of the AVChatRoom-specific or Community endpoints; it does cover
 * create_group and get_online_member_num, which see the same rooms. This drives them through the SDK around the
 * typed AVChatRoom calls: the SDK's room, the users in it, and the online count a ban lowers.
 */
class OfficialSdkAvChatRoomTest extends FamilyTestBase {

  @Test
  void theSdksRoomCountsItsOnlineViewersAndABanLowersTheCount() throws Exception {
    await(() -> client.accounts().importAccounts(new ImportAccountsRequest(List.of(Account.of("host"),
        Account.of("v1"), Account.of("v2"), Account.of("v3")))));
    GroupApi sdk = new GroupApi(officialSdk());
    CreateGroupRequest create = new CreateGroupRequest();
    create.setType(GroupType.AVCHATROOM);
    create.setName("live");
    CreateGroupResponse created = sdk.createGroup(1, create);
    assertThat(created.getErrorCode()).isZero();
    String room = created.getGroupId();
    assertThat(room).startsWith("@TGS#");

    for (String u : List.of("v1", "v2", "v3")) {
      assertThat(state().joinGroup(room, u)).isTrue();
    }
    state().setOnlineStatus("v1", "Online");
    state().setOnlineStatus("v2", "Online");
    GetOnlineMemberNumRequest count = new GetOnlineMemberNumRequest();
    count.setGroupId(room);
    assertThat(sdk.getOnlineMemberNum(2, count).getOnlineMemberNum()).isEqualTo(2);

    await(() -> client.avChatRooms().banGroupMembers(new BanGroupMembersRequest(room, List.of("v1"), 600)));
    assertThat(sdk.getOnlineMemberNum(3, count).getOnlineMemberNum()).isEqualTo(1);
    assertThat(await(() -> client.avChatRooms().checkMembers(new CheckMembersRequest(room, List.of("v1", "v2", "v3"))))
        .memberAccounts()).containsExactly("v2", "v3");
  }
}
