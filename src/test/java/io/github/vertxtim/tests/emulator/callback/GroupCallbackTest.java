package io.github.vertxtim.tests.emulator.callback;

import io.github.vertxtim.TimErrorCode;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Group callbacks: creation, invitations with refused members, messages, exits, destruction. */
class GroupCallbackTest extends CallbackTestBase {

  static final String REJECT = "{\"ActionStatus\":\"OK\",\"ErrorCode\":1,\"ErrorInfo\":\"no\"}";

  @BeforeEach
  void people() {
    importAccounts("owner", "ann", "ben", "cat");
  }

  String create() {
    return call("group_open_http_svc/create_group", new JsonObject().put("Owner_Account", "owner")
        .put("Type", "Public").put("Name", "club")
        .put("MemberList", new JsonArray().add(new JsonObject().put("Member_Account", "ann")))).getString("GroupId");
  }

  @Test
  void creationIsAskedAndTold() {
    String groupId = create();
    JsonObject before = await("Group.CallbackBeforeCreateGroup", 1).get(0).body();
    assertThat(before.getString("Owner_Account")).isEqualTo("owner");
    assertThat(before.getString("Operator_Account")).isEqualTo(ADMIN);
    assertThat(before.getString("Type")).isEqualTo("Public");
    assertThat(before.getString("Name")).isEqualTo("club");
    assertThat(before.getJsonArray("MemberList")).containsExactly(new JsonObject().put("Member_Account", "ann"));
    JsonObject after = await("Group.CallbackAfterCreateGroup", 1).get(0).body();
    assertThat(after.getString("GroupId")).isEqualTo(groupId);
    assertThat(after.getString("Owner_Account")).isEqualTo("owner");
  }

  @Test
  void aRejectedCreationFailsWith10016() {
    answers.put("Group.CallbackBeforeCreateGroup", b -> REJECT);
    awaitFailure(() -> client.call("group_open_http_svc", "create_group", new JsonObject()
        .put("Owner_Account", "owner").put("Type", "Public").put("Name", "no")),
        TimErrorCode.GROUP_REFUSED_BY_CALLBACK.code());
    assertThat(state().groupCount()).isZero();
  }

  @Test
  void refusedMembersAreNotAddedAndAnswerResultZero() {
    String groupId = create();
    answers.put("Group.CallbackBeforeInviteJoinGroup", b ->
        "{\"ActionStatus\":\"OK\",\"ErrorCode\":0,\"ErrorInfo\":\"\",\"RefusedMembers_Account\":[\"cat\"]}");
    JsonObject answer = call("group_open_http_svc/add_group_member", new JsonObject().put("GroupId", groupId)
        .put("MemberList", new JsonArray().add(new JsonObject().put("Member_Account", "ben"))
            .add(new JsonObject().put("Member_Account", "cat"))));
    assertThat(answer.getJsonArray("MemberList")).containsExactlyInAnyOrder(
        new JsonObject().put("Member_Account", "ben").put("Result", 1),
        new JsonObject().put("Member_Account", "cat").put("Result", 0));
    assertThat(state().groupMemberIds(groupId)).contains("ben").doesNotContain("cat");
    JsonObject invite = await("Group.CallbackBeforeInviteJoinGroup", 1).get(0).body();
    assertThat(invite.getString("GroupId")).isEqualTo(groupId);
    assertThat(invite.getJsonArray("DestinationMembers")).hasSize(2);
    JsonObject joined = await("Group.CallbackAfterNewMemberJoin", 1).get(0).body();
    assertThat(joined.getJsonArray("NewMemberList")).containsExactly(new JsonObject().put("Member_Account", "ben"));
    assertThat(joined.getString("JoinType")).isEqualTo("Invited");
  }

  @Test
  void groupMessagesAreDecidedAndTold() {
    String groupId = create();
    answers.put("Group.CallbackBeforeSendMsg", b -> REJECT);
    awaitFailure(() -> client.call("group_open_http_svc", "send_group_msg", new JsonObject().put("GroupId", groupId)
        .put("From_Account", "ann").put("Random", 1).put("MsgBody", text("no"))),
        TimErrorCode.GROUP_REFUSED_BY_CALLBACK.code());
    answers.put("Group.CallbackBeforeSendMsg", b -> new JsonObject().put("ErrorCode", 0)
        .put("MsgBody", text("clean")).encode());
    JsonObject sent = call("group_open_http_svc/send_group_msg", new JsonObject().put("GroupId", groupId)
        .put("From_Account", "ann").put("Random", 2).put("MsgBody", text("dirty")));
    answers.put("Group.CallbackBeforeSendMsg", b -> "{\"ErrorCode\":2}");
    call("group_open_http_svc/send_group_msg", new JsonObject().put("GroupId", groupId)
        .put("From_Account", "ann").put("Random", 3).put("MsgBody", text("dropped")));
    assertThat(state().groupMessageCount(groupId)).isEqualTo(1);
    JsonObject after = await("Group.CallbackAfterSendMsg", 1).get(0).body();
    assertThat(after.getString("GroupId")).isEqualTo(groupId);
    assertThat(after.getString("Type")).isEqualTo("Public");
    assertThat(after.getString("From_Account")).isEqualTo("ann");
    assertThat(after.getJsonArray("MsgBody")).isEqualTo(text("clean"));
    assertThat(after.getLong("MsgSeq")).isEqualTo(sent.getLong("MsgSeq"));
    JsonObject before = of("Group.CallbackBeforeSendMsg").get(1).body();
    assertThat(before.getJsonArray("MsgBody")).isEqualTo(text("dirty"));
    assertThat(before.getLong("Random")).isEqualTo(2);
  }

  @Test
  void exitsOwnerChangesAndDestructionCarryTheMembersOfBefore() {
    String groupId = create();
    call("group_open_http_svc/delete_group_member", new JsonObject().put("GroupId", groupId)
        .put("MemberToDel_Account", new JsonArray().add("ann").add("nobody")));
    JsonObject exit = await("Group.CallbackAfterMemberExit", 1).get(0).body();
    assertThat(exit.getJsonArray("ExitMemberList")).containsExactly(new JsonObject().put("Member_Account", "ann"));
    assertThat(exit.getString("ExitType")).isEqualTo("Kicked");

    call("group_open_http_svc/add_group_member", new JsonObject().put("GroupId", groupId)
        .put("MemberList", new JsonArray().add(new JsonObject().put("Member_Account", "ben"))));
    call("group_open_http_svc/change_group_owner", new JsonObject().put("GroupId", groupId)
        .put("NewOwner_Account", "ben"));
    JsonObject owner = await("Group.CallbackAfterChangeGroupOwner", 1).get(0).body();
    assertThat(owner.getString("OldOwner_Account")).isEqualTo("owner");
    assertThat(owner.getString("NewOwner_Account")).isEqualTo("ben");

    call("group_open_http_svc/modify_group_base_info", new JsonObject().put("GroupId", groupId)
        .put("Name", "renamed"));
    assertThat(await("Group.CallbackAfterGroupInfoChanged", 1).get(0).body().getString("Name")).isEqualTo("renamed");

    call("group_open_http_svc/destroy_group", new JsonObject().put("GroupId", groupId));
    JsonObject destroyed = await("Group.CallbackAfterGroupDestroyed", 1).get(0).body();
    assertThat(destroyed.getString("Owner_Account")).isEqualTo("ben");
    assertThat(destroyed.getString("Name")).isEqualTo("renamed");
    assertThat(destroyed.getJsonArray("MemberList")).containsExactlyInAnyOrder(
        new JsonObject().put("Member_Account", "owner"), new JsonObject().put("Member_Account", "ben"));
  }
}
