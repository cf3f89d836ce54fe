package io.github.vertxtim.tests.emulator.callback;

import io.github.vertxtim.TimErrorCode;
import io.github.vertxtim.emulator.EmulatorCallbackOptions;
import io.github.vertxtim.emulator.impl.moderation.ModerationState;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The console's ticks decide for the change, receipt and moderation callbacks as for every other command. */
class ChangeCommandsFilterTest extends CallbackTestBase {

  @Override
  EmulatorCallbackOptions callbackOptions() {
    return super.callbackOptions().setCommands(List.of(GroupChangeCallbackTest.MEMBER_FIELD,
        ContentResultNotifyTest.NOTIFY));
  }

  @Test
  void onlyTheTickedCommandsArrive() {
    importAccounts("owner", "ann");
    String groupId = call("group_open_http_svc/create_group", new JsonObject().put("Owner_Account", "owner")
        .put("Type", "Public").put("Name", "club")
        .put("MemberList", new JsonArray().add(new JsonObject().put("Member_Account", "ann")))).getString("GroupId");
    // not ticked: the attribute change and the receipt (and the send's own callbacks)
    call("group_open_http_svc/modify_group_attr", new JsonObject().put("GroupId", groupId)
        .put("GroupAttr", GroupChangeCallbackTest.attrs("k", "v")));
    call("group_open_http_svc/send_group_msg", new JsonObject().put("GroupId", groupId).put("From_Account", "ann")
        .put("Random", 1).put("NeedReadReceipt", 1).put("MsgBody", text("hello")));
    // ticked
    call("group_open_http_svc/modify_group_member_info", new JsonObject().put("GroupId", groupId)
        .put("Member_Account", "ann").put("NameCard", "Annie"));
    call("im_msg_audit_mgr/add_cloud_audit_keywords", new JsonObject().put("LibID", ModerationState.DEFAULT_LIBRARY_ID)
        .put("UserKeywords", new JsonArray().add(new JsonObject().put("Content", "spam"))));
    awaitFailure(() -> client.call("openim", "sendmsg", new JsonObject().put("From_Account", "ann")
        .put("To_Account", "owner").put("MsgRandom", 2).put("MsgBody", text("spam"))),
        TimErrorCode.SENSITIVE_TEXT.code());
    await(GroupChangeCallbackTest.MEMBER_FIELD, 1);
    await(ContentResultNotifyTest.NOTIFY, 1);
    assertThat(received).extracting(Received::command)
        .containsExactlyInAnyOrder(GroupChangeCallbackTest.MEMBER_FIELD, ContentResultNotifyTest.NOTIFY);
  }
}
