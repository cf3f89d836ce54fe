package io.github.vertxtim.tests.api.group;

import io.github.vertxtim.api.group.AddGroupMemberRequest;
import io.github.vertxtim.api.group.ChangeGroupOwnerRequest;
import io.github.vertxtim.api.group.CreateGroupRequest;
import io.github.vertxtim.api.group.DeleteGroupMemberRequest;
import io.github.vertxtim.api.group.DestroyGroupRequest;
import io.github.vertxtim.api.group.ForbidSendMsgRequest;
import io.github.vertxtim.api.group.GetGroupInfoRequest;
import io.github.vertxtim.api.group.GetGroupMutedAccountRequest;
import io.github.vertxtim.api.group.GetJoinedGroupListRequest;
import io.github.vertxtim.api.group.GetRoleInGroupRequest;
import io.github.vertxtim.api.group.ModifyGroupMemberInfoRequest;
import io.github.vertxtim.emulator.impl.shared.EmulatorClock;
import io.github.vertxtim.emulator.impl.shared.ManualClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One work group through its life, through the typed API: created with members, an admin appointed, members added,
 * a member muted and the mute running out, ownership handed over, the old owner removed, the group destroyed — the
 * emulator's state checked at each step.
 */
class GroupScenarioTest extends GroupTestBase {

  private final ManualClock clock = new ManualClock(System.currentTimeMillis());

  @Override
  protected EmulatorClock emulatorClock() {
    return clock;
  }

  @Test
  void aGroupFromCreationToDestruction() {
    importAccounts("lead", "ann", "bob", "cid");
    String id = await(() -> client.groups().createGroup(CreateGroupRequest.of("Public", "Project", "lead")
        .withMembers(List.of(CreateGroupRequest.Member.of("ann"), CreateGroupRequest.Member.of("bob"))))).groupId();
    assertThat(state().groupOwner(id)).isEqualTo("lead");
    assertThat(state().groupMemberCount(id)).isEqualTo(3);

    await(() -> client.groups().modifyGroupMemberInfo(ModifyGroupMemberInfoRequest.role(id, "ann", "Admin")));
    assertThat(state().groupRole(id, "ann")).isEqualTo("Admin");

    assertThat(await(() -> client.groups().addGroupMember(AddGroupMemberRequest.of(id, List.of("cid", "bob"))))
        .memberList()).extracting(r -> r.result()).containsExactly(1, 2);
    assertThat(state().groupMemberCount(id)).isEqualTo(4);

    await(() -> client.groups().forbidSendMsg(ForbidSendMsgRequest.of(id, List.of("bob"), 300)));
    assertThat(state().isGroupMemberMuted(id, "bob")).isTrue();
    assertThat(await(() -> client.groups().getGroupMutedAccount(GetGroupMutedAccountRequest.of(id))).shuttedUinList())
        .extracting(m -> m.memberAccount()).containsExactly("bob");
    clock.advance(Duration.ofSeconds(301));
    assertThat(state().isGroupMemberMuted(id, "bob")).isFalse();

    // the owner cannot leave; after handing the group over, the old owner can be removed
    awaitFailure(() -> client.groups().deleteGroupMember(DeleteGroupMemberRequest.of(id, List.of("lead"))), 10009);
    await(() -> client.groups().changeGroupOwner(new ChangeGroupOwnerRequest(id, "ann")));
    assertThat(state().groupOwner(id)).isEqualTo("ann");
    assertThat(await(() -> client.groups().getRoleInGroup(new GetRoleInGroupRequest(id, List.of("ann", "lead"))))
        .roles()).containsEntry("ann", "Owner").containsEntry("lead", "Member");
    await(() -> client.groups().deleteGroupMember(DeleteGroupMemberRequest.of(id, List.of("lead"))));
    assertThat(state().groupRole(id, "lead")).isNull();
    assertThat(await(() -> client.groups().getJoinedGroupList(GetJoinedGroupListRequest.of("lead"))).totalCount())
        .isZero();
    assertThat(await(() -> client.groups().getGroupInfo(GetGroupInfoRequest.of(List.of(id)))).groupInfo().get(0)
        .memberNum()).isEqualTo(3);

    await(() -> client.groups().destroyGroup(new DestroyGroupRequest(id)));
    assertThat(state().hasGroup(id)).isFalse();
    assertThat(await(() -> client.groups().getJoinedGroupList(GetJoinedGroupListRequest.of("ann"))).totalCount())
        .isZero();
    awaitFailure(() -> client.groups().addGroupMember(AddGroupMemberRequest.of(id, List.of("lead"))), 10010);
  }
}
