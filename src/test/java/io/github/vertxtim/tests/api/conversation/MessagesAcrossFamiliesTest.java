package io.github.vertxtim.tests.api.conversation;

import io.github.vertxtim.api.account.Account;
import io.github.vertxtim.api.account.ImportAccountsRequest;
import io.github.vertxtim.api.mute.SetNoSpeakingRequest;
import io.github.vertxtim.api.operations.GetAppInfoRequest;
import io.github.vertxtim.api.robot.CreateRobotRequest;
import io.github.vertxtim.tests.api.FamilyTestBase;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real sends through the one-to-one family: conversations for both parties, global mute refusing a muted sender,
 * the statistics counting, a chatbot receiving. Runs once the emulator emulates openim/sendmsg.
 */
class MessagesAcrossFamiliesTest extends FamilyTestBase {

  private JsonObject sendmsg(String from, String to, long random) {
    return new JsonObject().put("SyncOtherMachine", 2).put("From_Account", from).put("To_Account", to)
        .put("MsgRandom", random).put("MsgBody", new JsonArray().add(new JsonObject().put("MsgType", "TIMTextElem")
            .put("MsgContent", new JsonObject().put("Text", "hello"))));
  }

  @Test
  void sendsMakeConversationsAreRefusedWhenMutedAndAreCounted() {
    client.accounts();
    client.globalMute();
    client.operations();
    client.robots();
    await(() -> client.accounts().importAccounts(new ImportAccountsRequest(List.of(Account.of("alice"),
        Account.of("bob")))));
    await(() -> client.call("openim", "sendmsg", sendmsg("alice", "bob", 1)));
    assertThat(state().conversations("alice")).containsExactly("1:bob");
    assertThat(state().conversations("bob")).containsExactly("1:alice");

    await(() -> client.globalMute().setNoSpeaking(new SetNoSpeakingRequest("alice", 60L, null)));
    awaitFailure(() -> client.call("openim", "sendmsg", sendmsg("alice", "bob", 2)), 20012);

    await(() -> client.robots().createRobot(CreateRobotRequest.of("@RBT#echo")));
    await(() -> client.call("openim", "sendmsg", sendmsg("bob", "@RBT#echo", 3)));
    assertThat(state().conversations("bob")).containsExactly("1:@RBT#echo", "1:alice");

    String sent = await(() -> client.operations().getAppInfo(new GetAppInfoRequest(List.of("C2CUpMsgNum"))))
        .days().get(0).c2cUpMsgNum();
    assertThat(sent).isEqualTo("2");
  }
}
