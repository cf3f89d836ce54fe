package io.github.vertxtim.tests.api.c2c;

import io.github.vertxtim.api.c2c.BatchSendMessagesRequest;
import io.github.vertxtim.api.c2c.DeleteRoamMessagesRequest;
import io.github.vertxtim.api.c2c.GetMessageExtensionsRequest;
import io.github.vertxtim.api.c2c.GetUnreadCountsRequest;
import io.github.vertxtim.api.c2c.ImportMessageRequest;
import io.github.vertxtim.api.c2c.MessageExtension;
import io.github.vertxtim.api.c2c.ModifyMessageRequest;
import io.github.vertxtim.api.c2c.SendMessageRequest;
import io.github.vertxtim.api.c2c.SendMessageResult;
import io.github.vertxtim.api.c2c.SendReadReceiptsRequest;
import io.github.vertxtim.api.c2c.SetMessageExtensionsRequest;
import io.github.vertxtim.api.c2c.SetMessagesReadRequest;
import io.github.vertxtim.api.c2c.WithdrawMessageRequest;
import io.github.vertxtim.api.message.MsgBody;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A support desk moves to Chat: it imports a customer's history, keeps importing live messages during the switch,
 * then answers through the API, announces to every customer, corrects and recalls its own messages, and the
 * customer reads, receipts and tidies up. The emulator's state is checked after each step.
 */
class C2cScenarioTest extends C2cTestBase {

  private int unread(String user, String peer) {
    return await(() -> client.c2c().getUnreadCounts(GetUnreadCountsRequest.of(user, peer))).counts().get(0)
        .c2cUnreadMsgNum();
  }

  @Test
  void aSupportDeskMovesToChat() {
    accounts("desk", "customer", "other-customer");

    // 1. history from the old system: stored, not unread
    long old = System.currentTimeMillis() / 1000 - 86_400;
    await(() -> client.c2c().importMessage(ImportMessageRequest.of(2, "customer", "desk", 1, 11, old,
        MsgBody.text("my order is late"))));
    await(() -> client.c2c().importMessage(ImportMessageRequest.of(2, "desk", "customer", 2, 12, old + 60,
        MsgBody.text("we are on it"))));
    assertThat(state().c2cMessageCount("desk", "customer")).isEqualTo(2);
    assertThat(unread("desk", "customer")).isZero();

    // 2. during the switch, a live message arrives through the old system: unread for the desk
    await(() -> client.c2c().importMessage(ImportMessageRequest.of(5, "customer", "desk", 3, 13, old + 120,
        MsgBody.text("any news?"))));
    assertThat(unread("desk", "customer")).isEqualTo(1);

    // 3. the desk answers through the API, with an extension for a satisfaction vote
    SendMessageResult answer = await(() -> client.c2c().sendMessage(SendMessageRequest.of("customer",
        MsgBody.text("it ships tomorow")).withFromAccount("desk").withMessageExtension()));
    SendMessageResult wrong = send("desk", "customer", "sorry, wrong customer");
    assertThat(state().c2cMessageCount("desk", "customer")).isEqualTo(5);
    assertThat(unread("customer", "desk")).isEqualTo(2);

    // 4. a typo is corrected, the wrong message is recalled
    await(() -> client.c2c().modifyMessage(new ModifyMessageRequest("desk", "customer", answer.msgKey(),
        MsgBody.text("it ships tomorrow"), null)));
    await(() -> client.c2c().withdrawMessage(new WithdrawMessageRequest("desk", "customer", wrong.msgKey())));
    assertThat(history("customer", "desk")).extracting(m -> text(m) + (m.recalled() ? " (recalled)" : ""))
        .containsExactly("sorry, wrong customer (recalled)", "it ships tomorrow", "any news?", "we are on it",
            "my order is late");
    assertThat(unread("customer", "desk")).isEqualTo(1);

    // 5. the customer votes on the answer and sends a receipt; the desk marks the conversation read
    await(() -> client.c2c().setMessageExtensions(new SetMessageExtensionsRequest("desk", "customer",
        answer.msgKey(), SetMessageExtensionsRequest.SET, List.of(MessageExtension.of("customer", "5 stars")))));
    await(() -> client.c2c().sendReadReceipts(SendReadReceiptsRequest.of("customer", "desk",
        List.of(answer.msgKey()))));
    await(() -> client.c2c().setMessagesRead(new SetMessagesReadRequest("desk", "customer")));
    assertThat(unread("customer", "desk")).isZero();
    assertThat(unread("desk", "customer")).isZero();
    assertThat(await(() -> client.c2c().getMessageExtensions(new GetMessageExtensionsRequest("desk", "customer",
        answer.msgKey()))).extensions()).extracting(MessageExtension::value).containsExactly("5 stars");
    assertThat(history("desk", "customer")).filteredOn(m -> m.msgKey().equals(answer.msgKey())).singleElement()
        .satisfies(m -> assertThat(m.isPeerRead()).isEqualTo(1));

    // 6. an announcement to every customer; the desk's own history does not keep it
    await(() -> client.c2c().batchSendMessages(BatchSendMessagesRequest.of(List.of("customer", "other-customer"),
        MsgBody.text("we are now on Chat")).withFromAccount("desk").withSyncOtherMachine(2)));
    assertThat(state().c2cMessageCount("desk", "other-customer")).isEqualTo(1);
    assertThat(history("desk", "customer")).hasSize(5);
    assertThat(history("customer", "desk")).hasSize(6);

    // 7. the customer tidies up its own history; the desk keeps everything
    String oldest = history("customer", "desk").get(5).msgKey();
    await(() -> client.c2c().deleteRoamMessages(new DeleteRoamMessagesRequest("customer", "desk",
        List.of(oldest))));
    assertThat(history("customer", "desk")).hasSize(5).noneMatch(m -> m.msgKey().equals(oldest));
    assertThat(history("desk", "customer")).anyMatch(m -> m.msgKey().equals(oldest));
    assertThat(state().c2cMessageCount("desk", "customer")).isEqualTo(6);
  }
}
