package io.github.vertxtim.tests.api.conversation;

import io.github.vertxtim.api.account.Account;
import io.github.vertxtim.api.account.ImportAccountsRequest;
import io.github.vertxtim.api.conversation.ContactData;
import io.github.vertxtim.api.conversation.ContactItem;
import io.github.vertxtim.api.conversation.ContactResult;
import io.github.vertxtim.api.conversation.CreateContactGroupRequest;
import io.github.vertxtim.api.conversation.CreateContactGroupResult;
import io.github.vertxtim.api.conversation.DeleteContactGroupRequest;
import io.github.vertxtim.api.conversation.DeleteContactGroupResult;
import io.github.vertxtim.api.conversation.DeleteConversationRequest;
import io.github.vertxtim.api.conversation.GetContactGroupsRequest;
import io.github.vertxtim.api.conversation.GetContactGroupsResult;
import io.github.vertxtim.api.conversation.GetConversationsRequest;
import io.github.vertxtim.api.conversation.GetConversationsResult;
import io.github.vertxtim.api.conversation.MarkContactsRequest;
import io.github.vertxtim.api.conversation.MarkContactsResult;
import io.github.vertxtim.api.conversation.SearchContactGroupsRequest;
import io.github.vertxtim.api.conversation.SearchContactGroupsResult;
import io.github.vertxtim.api.conversation.UpdateContactGroupRequest;
import io.github.vertxtim.api.conversation.UpdateContactGroupResult;
import io.github.vertxtim.bulk.BulkJob;
import io.github.vertxtim.bulk.BulkOptions;
import io.github.vertxtim.bulk.BulkOutcome;
import io.github.vertxtim.bulk.BulkSummary;
import io.github.vertxtim.tests.api.FamilyTestBase;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Recent contacts and conversation groups/marks through the typed API, against the emulator. */
class ConversationApiTest extends FamilyTestBase {

  private static final int C2C = ContactItem.C2C;
  private static final int GROUP = ContactItem.GROUP;

  @BeforeEach
  void importUsers() {
    client.accounts();   // bound on the test thread: a JVM's first binding builds readers, slow for a loop
    client.conversations();
    await(() -> client.accounts().importAccounts(new ImportAccountsRequest(List.of(Account.of("alice"), Account.of("bob"), Account.of("carol")))));
  }

  @Test
  void getListGivesConversationsNewestFirstWithPinnedFirstAndTheirFlags() {
    state().touchConversation("alice", C2C, "bob", 1_000);
    state().touchConversation("alice", GROUP, "@TGS#1", 3_000);
    state().touchConversation("alice", C2C, "carol", 2_000);
    state().pinConversation("alice", C2C, "bob", true);

    GetConversationsResult plain = await(() -> client.conversations()
        .getConversations(GetConversationsRequest.firstPage("alice", 0)));
    assertThat(plain.sessions()).extracting(s -> s.type() + ":" + (s.type() == C2C ? s.toAccount() : s.groupId())
        + "@" + s.msgTime() + "/" + s.topFlag())
        .containsExactly("2:@TGS#1@3000/0", "1:carol@2000/0", "1:bob@1000/0");
    assertThat(plain.complete()).isTrue();

    GetConversationsResult pinned = await(() -> client.conversations()
        .getConversations(GetConversationsRequest.firstPage("alice", GetConversationsRequest.WITH_PINNED)));
    assertThat(pinned.sessions()).extracting(s -> (s.type() == C2C ? s.toAccount() : s.groupId()) + "/" + s.topFlag())
        .containsExactly("bob/1", "@TGS#1/0", "carol/0");
    assertThat(pinned.sessions().get(1).groupId()).isEqualTo("@TGS#1");
    assertThat(pinned.sessions().get(1).toAccount()).isNull();
  }

  @Test
  void emptyConversationsAreListedOnlyWithTheirFlag() {
    state().pinConversation("alice", C2C, "carol", true);   // pinned before any message: an empty conversation
    state().touchConversation("alice", C2C, "bob", 50);
    assertThat(await(() -> client.conversations().getConversations(
        GetConversationsRequest.firstPage("alice", GetConversationsRequest.WITH_PINNED))).sessions())
        .extracting(GetConversationsResult.Session::toAccount).containsExactly("bob");
    assertThat(await(() -> client.conversations().getConversations(GetConversationsRequest.firstPage("alice",
        GetConversationsRequest.WITH_PINNED | GetConversationsRequest.WITH_EMPTY))).sessions())
        .extracting(GetConversationsResult.Session::toAccount).containsExactly("carol", "bob");
  }

  @Test
  void pagesWalkEveryConversationOnceInOrderEvenWithEqualTimes() {
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 250; i++) {
      String peer = String.format("u%03d", i);
      state().touchConversation("alice", C2C, peer, 10_000 - i / 3);   // three conversations share each time
      expected.add(peer);
    }
    List<JsonObject> all = await(() -> client.pages("recentcontact", "get_list",
        new JsonObject().put("From_Account", "alice")).collect(Collectors.toList()));
    assertThat(all).extracting(o -> o.getString("To_Account")).containsExactlyElementsOf(expected);
    assertThat(emulator.stats().requests("recentcontact/get_list")).isEqualTo(3);  // 100 per page
  }

  @Test
  void pinnedConversationsPageSeparatelyWithThePagedPinnedFlag() {
    for (int i = 0; i < 30; i++) {
      state().touchConversation("alice", C2C, "p" + i, 500 + i);
      state().pinConversation("alice", C2C, "p" + i, true);
    }
    for (int i = 0; i < 90; i++) {
      state().touchConversation("alice", C2C, "n" + i, 100 + i);
    }
    int flags = GetConversationsRequest.WITH_PINNED | GetConversationsRequest.PAGED_PINNED;
    List<JsonObject> all = await(() -> client.pages("recentcontact", "get_list",
        new JsonObject().put("From_Account", "alice").put("AssistFlags", flags)).collect(Collectors.toList()));
    assertThat(all).hasSize(120);
    assertThat(all.subList(0, 30)).allMatch(o -> o.getInteger("TopFlag") == 1);
    assertThat(all.subList(30, 120)).allMatch(o -> o.getInteger("TopFlag") == 0);
    assertThat(all.stream().map(o -> o.getString("To_Account")).distinct().count()).isEqualTo(120);
  }

  @Test
  void pinningIsLimitedTo50() {
    for (int i = 0; i < 50; i++) {
      state().pinConversation("alice", C2C, "p" + i, true);
    }
    assertThatThrownBy(() -> state().pinConversation("alice", C2C, "one-more", true))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("51012");
    state().pinConversation("alice", C2C, "p0", true);   // pinning a pinned one again is fine
  }

  @Test
  void deleteRemovesOneConversationOfOneUser() {
    state().touchConversation("alice", C2C, "bob", 10);
    state().touchConversation("bob", C2C, "alice", 10);
    state().touchConversation("alice", GROUP, "@TGS#g", 20);
    await(() -> client.conversations().deleteConversation(DeleteConversationRequest.c2c("alice", "bob", true)));
    await(() -> client.conversations().deleteConversation(DeleteConversationRequest.group("alice", "@TGS#g", false)));
    assertThat(state().conversations("alice")).isEmpty();
    assertThat(state().conversations("bob")).containsExactly("1:alice");
    // deleting what is not there is no error
    await(() -> client.conversations().deleteConversation(DeleteConversationRequest.c2c("alice", "bob", false)));
  }

  @Test
  void deleteAcceptsTheContactGroupSpellingOfTheGroupField() {
    state().touchConversation("alice", GROUP, "@TGS#g", 20);
    await(() -> client.call("recentcontact", "delete", new JsonObject().put("From_Account", "alice")
        .put("Type", 2).put("ToGroupId", "@TGS#g")));
    assertThat(state().conversations("alice")).isEmpty();
  }

  @Test
  void recentContactErrors() {
    awaitFailure(() -> client.conversations().getConversations(GetConversationsRequest.firstPage("nobody", 0)), 50001);
    awaitFailure(() -> client.call("recentcontact", "get_list", new JsonObject()), 50002);
    awaitFailure(() -> client.call("recentcontact", "get_list",
        new JsonObject().put("From_Account", "alice").put("TimeStamp", -1)), 50002);
    awaitFailure(() -> client.conversations().deleteConversation(
        new DeleteConversationRequest("alice", 3, "bob", null, null)), 50002);
    awaitFailure(() -> client.conversations().deleteConversation(
        new DeleteConversationRequest("alice", C2C, null, "@TGS#1", null)), 50002);
    awaitFailure(() -> client.conversations().deleteConversation(
        new DeleteConversationRequest("alice", C2C, "bob", null, 2)), 50002);
  }

  @Test
  void createUpdateSearchAndDeleteAContactGroup() {
    CreateContactGroupResult created = await(() -> client.conversations().createContactGroup(
        CreateContactGroupRequest.of("alice", "work", List.of(ContactItem.c2c("bob"), ContactItem.group("@TGS#1"),
            new ContactItem(C2C, null, null)))));
    CreateContactGroupResult.Item item = created.groups().get(0);
    assertThat(item.group().groupName()).isEqualTo("work");
    int id = item.group().groupId();
    assertThat(item.results()).extracting(ContactResult::resultCode).containsExactly(0, 0, 50002);
    assertThat(item.results().get(0).contactItem().toAccount()).isEqualTo("bob");

    UpdateContactGroupResult renamed = await(() -> client.conversations().updateContactGroup(
        UpdateContactGroupRequest.rename("alice", "work", "office")));
    assertThat(renamed.result().groupName()).isEqualTo("office");
    assertThat(renamed.result().oldGroupName()).isEqualTo("work");
    assertThat(renamed.result().groupId()).isEqualTo(id);

    UpdateContactGroupResult changed = await(() -> client.conversations().updateContactGroup(
        UpdateContactGroupRequest.contacts("alice", "office", List.of(
            new UpdateContactGroupRequest.ContactUpdate(UpdateContactGroupRequest.ADD, ContactItem.c2c("carol")),
            new UpdateContactGroupRequest.ContactUpdate(UpdateContactGroupRequest.REMOVE, ContactItem.c2c("bob"))))));
    assertThat(changed.result().results()).extracting(r -> r.contactOptType() + "=" + r.resultCode())
        .containsExactly("1=0", "2=0");

    SearchContactGroupsResult found = await(() -> client.conversations().searchContactGroups(
        new SearchContactGroupsRequest("alice", List.of(ContactItem.c2c("bob"), ContactItem.c2c("carol"),
            ContactItem.group("@TGS#1")))));
    assertThat(found.contacts()).extracting(c -> (c.toAccount() != null ? c.toAccount() : c.toGroupId())
        + "=" + c.contactGroupIds()).containsExactly("carol=[" + id + "]", "@TGS#1=[" + id + "]");
    assertThat(found.groups()).extracting(g -> g.groupName() + "#" + g.groupId()).containsExactly("office#" + id);

    DeleteContactGroupResult deleted = await(() -> client.conversations().deleteContactGroup(
        new DeleteContactGroupRequest("alice", List.of("office"))));
    assertThat(deleted.groups()).extracting(g -> g.groupName() + "#" + g.groupId()).containsExactly("office#" + id);
    assertThat(await(() -> client.conversations().searchContactGroups(new SearchContactGroupsRequest("alice",
        List.of(ContactItem.c2c("carol"))))).contacts()).isEmpty();
  }

  @Test
  void contactGroupErrors() {
    String tooLong = "n".repeat(33);
    awaitFailure(() -> client.conversations().createContactGroup(
        CreateContactGroupRequest.of("alice", tooLong, List.of())), 51011);
    await(() -> client.conversations().createContactGroup(CreateContactGroupRequest.of("alice", "a", List.of())));
    awaitFailure(() -> client.conversations().createContactGroup(
        CreateContactGroupRequest.of("alice", "a", List.of())), 50002);   // the name is taken
    List<ContactItem> many = IntStream.range(0, 101).mapToObj(i -> ContactItem.c2c("x" + i)).toList();
    awaitFailure(() -> client.conversations().createContactGroup(CreateContactGroupRequest.of("alice", "b", many)),
        51006);
    awaitFailure(() -> client.conversations().deleteContactGroup(
        new DeleteContactGroupRequest("alice", List.of("missing"))), 51009);
    awaitFailure(() -> client.conversations().updateContactGroup(
        UpdateContactGroupRequest.rename("alice", "missing", "x")), 51009);
    awaitFailure(() -> client.conversations().updateContactGroup(
        UpdateContactGroupRequest.rename("alice", "a", tooLong)), 51011);
    awaitFailure(() -> client.conversations().createContactGroup(
        CreateContactGroupRequest.of("nobody", "a", List.of())), 50001);
    awaitFailure(() -> client.call("recentcontact", "create_contact_group", new JsonObject()
        .put("From_Account", "alice").put("GroupContactItem", new JsonArray()
            .add(new JsonObject().put("GroupName", "c")).add(new JsonObject().put("GroupName", "d")))), 50002);
    for (int i = 1; i < 20; i++) {
      String name = "g" + i;
      await(() -> client.conversations().createContactGroup(CreateContactGroupRequest.of("alice", name, List.of())));
    }
    awaitFailure(() -> client.conversations().createContactGroup(
        CreateContactGroupRequest.of("alice", "21st", List.of())), 51010);
  }

  @Test
  void marksSetAndClearBitsAndCustomMarks() {
    MarkContactsResult marked = await(() -> client.conversations().markContacts(new MarkContactsRequest("alice",
        List.of(new MarkContactsRequest.Mark(MarkContactsRequest.STANDARD, ContactItem.c2c("bob"), null,
                List.of(0, 3), null),
            new MarkContactsRequest.Mark(MarkContactsRequest.BOTH, ContactItem.group("@TGS#1"), null, List.of(1),
                "vip"),
            new MarkContactsRequest.Mark(MarkContactsRequest.CUSTOM, ContactItem.c2c("carol"), null, null,
                "x".repeat(257)),
            new MarkContactsRequest.Mark(7, ContactItem.c2c("carol"), null, null, null)))));
    assertThat(marked.results()).extracting(r -> r.optType() + "=" + r.resultCode())
        .containsExactly("1=0", "3=0", "2=50002", "7=50002");

    await(() -> client.conversations().markContacts(new MarkContactsRequest("alice", List.of(
        new MarkContactsRequest.Mark(MarkContactsRequest.STANDARD, ContactItem.c2c("bob"), List.of(0), List.of(5),
            null)))));
    SearchContactGroupsResult found = await(() -> client.conversations().searchContactGroups(
        new SearchContactGroupsRequest("alice", List.of(ContactItem.c2c("bob"), ContactItem.group("@TGS#1")))));
    ContactData bob = found.contacts().get(0);
    assertThat(bob.standardMark()).isEqualTo("101000");
    assertThat(bob.hasMark(3)).isTrue();
    assertThat(bob.hasMark(0)).isFalse();
    assertThat(found.contacts().get(1).customMark()).isEqualTo("vip");
    assertThat(found.contacts().get(1).toGroupId()).isEqualTo("@TGS#1");
  }

  @Test
  void overTheVerifiedLimitsTheRequestFailsBeforeAnyCall() {
    List<MarkContactsRequest.Mark> marks = IntStream.range(0, 101).mapToObj(i -> new MarkContactsRequest.Mark(
        MarkContactsRequest.CUSTOM, ContactItem.c2c("u" + i), null, null, "m")).toList();
    // the registry's verified caps, checked by the client before any I/O
    assertThat(awaitThrown(() -> client.conversations().markContacts(new MarkContactsRequest("alice", marks))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("MarkItem").hasMessageContaining("100");
    List<ContactItem> contacts = IntStream.range(0, 301).mapToObj(i -> ContactItem.c2c("u" + i)).toList();
    assertThat(awaitThrown(() -> client.conversations().searchContactGroups(
        new SearchContactGroupsRequest("alice", contacts))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("300");
    assertThat(emulator.stats().requests("recentcontact/mark_contact")).isZero();
    // and the emulator refuses a longer list another client sends with 51006
    JsonArray items = new JsonArray();
    marks.forEach(m -> items.add(new JsonObject().put("OptType", 2).put("CustomMark", "m")
        .put("ContactItem", new JsonObject().put("Type", 1).put("To_Account", m.contactItem().toAccount()))));
    awaitFailure(() -> client.call("recentcontact", "mark_contact",
        new JsonObject().put("From_Account", "alice").put("MarkItem", items)), 51006);
  }

  @Test
  void getContactGroupPagesEveryConversationsDataOnce() {
    await(() -> client.conversations().createContactGroup(CreateContactGroupRequest.of("alice", "friends",
        List.of(ContactItem.c2c("bob")))));
    for (int start = 0; start < 250; start += 100) {
      int from = start;
      List<MarkContactsRequest.Mark> marks = IntStream.range(from, Math.min(250, from + 100))
          .mapToObj(i -> new MarkContactsRequest.Mark(MarkContactsRequest.CUSTOM, ContactItem.c2c("u" + i), null,
              null, "m" + i)).toList();
      await(() -> client.conversations().markContacts(new MarkContactsRequest("alice", marks)));
    }
    GetContactGroupsResult first = await(() -> client.conversations()
        .getContactGroups(new GetContactGroupsRequest("alice", 0)));
    assertThat(first.contacts()).hasSize(100);
    assertThat(first.complete()).isFalse();
    assertThat(first.nextStartIndex()).isEqualTo(100);
    assertThat(first.groups()).extracting(g -> g.groupName()).containsExactly("friends");

    List<JsonObject> all = await(() -> client.pages("recentcontact", "get_contact_group",
        new JsonObject().put("From_Account", "alice")).collect(Collectors.toList()));
    assertThat(all).hasSize(251);
    assertThat(all.stream().map(o -> o.getString("To_Account")).distinct().count()).isEqualTo(251);
    assertThat(all.get(0).getString("To_Account")).isEqualTo("bob");
    assertThat(all.get(0).getJsonArray("ContactGroupId").getList()).containsExactly(first.groups().get(0).groupId());
  }

  @Test
  void bulkMarksAreChunkedAtTheRegistryLimitAndFailuresStayWithTheirItem() {
    List<JsonObject> marks = new ArrayList<>();
    for (int i = 0; i < 250; i++) {
      marks.add(new JsonObject().put("OptType", 2).put("CustomMark", i == 42 ? "x".repeat(300) : "m" + i)
          .put("ContactItem", new JsonObject().put("Type", 1).put("To_Account", "u" + i)));
    }
    List<BulkOutcome<JsonObject>> outcomes = new CopyOnWriteArrayList<>();
    BulkSummary summary = await(() -> {
      BulkJob<JsonObject> job = client.bulk("recentcontact", "mark_contact", marks,
          new BulkOptions().setTemplate(new JsonObject().put("From_Account", "alice")));
      job.outcomes().handler(outcomes::add);
      return job.summary();
    });
    assertThat(summary.calls()).isEqualTo(3);
    assertThat(summary.ok()).isEqualTo(249);
    assertThat(outcomes).filteredOn(o -> !o.ok()).singleElement()
        .satisfies(o -> assertThat(o.item().getJsonObject("ContactItem").getString("To_Account")).isEqualTo("u42"))
        .satisfies(o -> assertThat(o.errorCode()).isEqualTo(50002));
    assertThat(await(() -> client.conversations().getContactGroups(new GetContactGroupsRequest("alice", 200)))
        .contacts()).hasSize(49);
  }
}
