package io.github.vertxtim.tests.api.group;

import io.github.vertxtim.api.account.Account;
import io.github.vertxtim.api.account.ImportAccountsRequest;
import io.github.vertxtim.api.group.GetGroupMsgSimpleRequest;
import io.github.vertxtim.api.group.ImportGroupMsgRequest;
import io.github.vertxtim.api.group.GetGroupMsgSimpleResult;
import io.github.vertxtim.api.group.SendGroupMsgRequest;
import io.github.vertxtim.api.group.SendGroupMsgResult;
import io.github.vertxtim.api.message.MsgBody;
import io.github.vertxtim.api.message.MsgElement;
import io.github.vertxtim.api.message.TextContent;
import io.github.vertxtim.internal.JsonCodec;
import io.github.vertxtim.tests.api.FamilyTestBase;
import org.junit.jupiter.api.BeforeAll;

import java.util.Arrays;
import java.util.List;

/** Seeding and reading helpers of the group-message and group-attribute tests. */
abstract class GroupMessageTestBase extends FamilyTestBase {

  /**
   * Loads and encodes the message model once on the JUnit thread: on a loaded machine the first class loading of
   * a JVM can take seconds, which must not eat into the bounded wait of the first call a test makes.
   */
  @BeforeAll
  static void loadTheMessageModel() {
    JsonCodec.encode(SendGroupMsgRequest.of("@TGS#1WARMUP", MsgBody.text("warm up")).withMsgRandom(1));
    JsonCodec.encode(ImportGroupMsgRequest.of("@TGS#1WARMUP",
        List.of(ImportGroupMsgRequest.ImportedMsg.of("a", 1, MsgBody.text("warm up")))));
  }

  /** Imports the accounts through the typed account API. */
  protected void importAccounts(String... userIds) {
    await(() -> client.accounts().importAccounts(
        new ImportAccountsRequest(Arrays.stream(userIds).map(Account::of).toList())));
  }

  /** A group of {@code type} owned by {@code owner} with the other accounts as members. */
  protected String group(String type, String owner, String... members) {
    return state().addGroupWithMembers(type, owner, List.of(members));
  }

  protected SendGroupMsgResult send(String groupId, String from, String text) {
    SendGroupMsgRequest request = from == null ? SendGroupMsgRequest.of(groupId, MsgBody.text(text))
        : SendGroupMsgRequest.from(groupId, from, MsgBody.text(text));
    return await(() -> client.groupMessages().sendGroupMsg(request));
  }

  protected GetGroupMsgSimpleResult history(String groupId, int count) {
    return await(() -> client.groupMessages().getGroupMsgSimple(GetGroupMsgSimpleRequest.latest(groupId, count)));
  }

  /** The text of a one-element text body. */
  protected static String text(List<MsgElement> body) {
    return body.isEmpty() ? null : ((TextContent) body.get(0).msgContent()).text();
  }
}
