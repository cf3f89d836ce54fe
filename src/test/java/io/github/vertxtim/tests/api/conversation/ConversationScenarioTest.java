package io.github.vertxtim.tests.api.conversation;

import io.github.vertxtim.api.account.Account;
import io.github.vertxtim.api.account.ImportAccountsRequest;
import io.github.vertxtim.api.conversation.ContactItem;
import io.github.vertxtim.api.conversation.CreateContactGroupRequest;
import io.github.vertxtim.api.conversation.DeleteConversationRequest;
import io.github.vertxtim.api.conversation.GetContactGroupsRequest;
import io.github.vertxtim.api.conversation.GetContactGroupsResult;
import io.github.vertxtim.api.conversation.GetConversationsRequest;
import io.github.vertxtim.api.conversation.GetConversationsResult;
import io.github.vertxtim.api.conversation.MarkContactsRequest;
import io.github.vertxtim.api.conversation.UpdateContactGroupRequest;
import io.github.vertxtim.emulator.EmulatorLimit;
import io.github.vertxtim.emulator.TimEmulatorOptions;
import io.github.vertxtim.tests.api.FamilyTestBase;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A support desk's inbox: conversations arrive, one is pinned, two go into a "VIP" group, one is marked unread,
 * one is deleted; the conversation list and the group data are checked after each step. The per-user data limit
 * is lowered to 3 so the 51008 path is part of the story.
 */
class ConversationScenarioTest extends FamilyTestBase {

  private static final int C2C = ContactItem.C2C;
  private static final int UNREAD_BIT = 1;

  @Override
  protected TimEmulatorOptions emulatorOptions() {
    return new TimEmulatorOptions().setLimit(EmulatorLimit.GROUPED_CONVERSATIONS, 3);
  }

  private List<String> inbox(int flags) {
    GetConversationsResult r = await(() -> client.conversations()
        .getConversations(GetConversationsRequest.firstPage("desk", flags)));
    return r.sessions().stream().map(s -> (s.type() == C2C ? s.toAccount() : s.groupId())
        + (s.pinned() ? "*" : "")).toList();
  }

  @Test
  void aSupportDesksInbox() {
    client.accounts();
    client.conversations();
    await(() -> client.accounts().importAccounts(new ImportAccountsRequest(List.of(Account.of("desk")))));

    // 1. customers write in (what the one-to-one family does for every stored message)
    state().touchConversation("desk", C2C, "ann", 100);
    state().touchConversation("desk", C2C, "ben", 200);
    state().touchConversation("desk", C2C, "cat", 300);
    state().touchConversation("desk", ContactItem.GROUP, "@TGS#ops", 250);
    assertThat(inbox(0)).containsExactly("cat", "@TGS#ops", "ben", "ann");

    // 2. the agent pins ann (client SDK); with pinned support she comes first
    state().pinConversation("desk", C2C, "ann", true);
    assertThat(inbox(GetConversationsRequest.WITH_PINNED)).containsExactly("ann*", "cat", "@TGS#ops", "ben");

    // 3. ann writes again: still pinned, and newest among the others without the flag
    state().touchConversation("desk", C2C, "ann", 400);
    assertThat(inbox(0)).containsExactly("ann", "cat", "@TGS#ops", "ben");

    // 4. a VIP group with ann and ben; cat is marked unread
    await(() -> client.conversations().createContactGroup(CreateContactGroupRequest.of("desk", "VIP",
        List.of(ContactItem.c2c("ann"), ContactItem.c2c("ben")))));
    await(() -> client.conversations().markContacts(new MarkContactsRequest("desk", List.of(
        new MarkContactsRequest.Mark(MarkContactsRequest.STANDARD, ContactItem.c2c("cat"), null,
            List.of(UNREAD_BIT), null)))));
    GetContactGroupsResult data = await(() -> client.conversations()
        .getContactGroups(new GetContactGroupsRequest("desk", 0)));
    assertThat(data.contacts()).extracting(c -> c.toAccount() + ":" + c.contactGroupIds().size() + ":"
        + c.hasMark(UNREAD_BIT)).containsExactly("ann:1:false", "ben:1:false", "cat:0:true");

    // 5. a fourth conversation with data is over this app's limit of 3
    assertThat(await(() -> client.conversations().markContacts(new MarkContactsRequest("desk", List.of(
        new MarkContactsRequest.Mark(MarkContactsRequest.CUSTOM, ContactItem.group("@TGS#ops"), null, null,
            "team"))))).results().get(0).resultCode()).isEqualTo(51008);

    // 6. ben leaves the VIP group, which frees his data; now the group conversation can be marked
    await(() -> client.conversations().updateContactGroup(UpdateContactGroupRequest.contacts("desk", "VIP",
        List.of(new UpdateContactGroupRequest.ContactUpdate(UpdateContactGroupRequest.REMOVE,
            ContactItem.c2c("ben"))))));
    assertThat(await(() -> client.conversations().markContacts(new MarkContactsRequest("desk", List.of(
        new MarkContactsRequest.Mark(MarkContactsRequest.CUSTOM, ContactItem.group("@TGS#ops"), null, null,
            "team"))))).results().get(0).ok()).isTrue();

    // 7. cat's conversation is deleted; her mark stays (group/mark data are independent of the list)
    await(() -> client.conversations().deleteConversation(DeleteConversationRequest.c2c("desk", "cat", true)));
    assertThat(inbox(GetConversationsRequest.WITH_PINNED)).containsExactly("ann*", "@TGS#ops", "ben");
    assertThat(state().conversations("desk")).containsExactly("1:ann", "2:@TGS#ops", "1:ben");
    assertThat(await(() -> client.conversations().getContactGroups(new GetContactGroupsRequest("desk", 0)))
        .contacts()).extracting(c -> c.toAccount() != null ? c.toAccount() : c.toGroupId())
        .containsExactly("ann", "cat", "@TGS#ops");
  }
}
