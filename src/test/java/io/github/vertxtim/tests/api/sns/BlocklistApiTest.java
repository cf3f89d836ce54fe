package io.github.vertxtim.tests.api.sns;

import io.github.vertxtim.api.sns.AddFriendsRequest;
import io.github.vertxtim.api.sns.CheckBlocklistRequest;
import io.github.vertxtim.api.sns.CheckBlocklistResult;
import io.github.vertxtim.api.sns.GetBlocklistRequest;
import io.github.vertxtim.api.sns.GetBlocklistResult;
import io.github.vertxtim.api.sns.PeersRequest;
import io.github.vertxtim.api.sns.SnsResult;
import io.github.vertxtim.emulator.impl.account.AccountState;
import io.github.vertxtim.emulator.impl.shared.EmulatorError;
import io.github.vertxtim.emulator.impl.shared.HandlerTable;
import io.github.vertxtim.emulator.impl.shared.ManualClock;
import io.github.vertxtim.emulator.impl.shared.MessageHooks;
import io.github.vertxtim.emulator.impl.sns.BlocklistHandlers;
import io.github.vertxtim.emulator.impl.sns.SnsState;
import io.github.vertxtim.registry.EndpointRegistry;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.core.streams.ReadStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Blocklists: add, delete, check, paged get, and what a blocklist stops (friend adds, one-to-one messages). */
class BlocklistApiTest extends SnsTestBase {

  @BeforeEach
  void users() {
    importUsers("alice", "bob", "carol");
  }

  @Test
  void blockingEndsTheFriendshipAndStopsFriendAddsBothWays() {
    befriend("alice", "bob");
    SnsResult r = await(() -> client.friends().addBlocklist(new PeersRequest("alice",
        List.of("bob", "nobody", "alice"))));
    assertThat(r.code("bob")).contains(0);
    assertThat(r.code("nobody")).contains(30003);
    assertThat(r.code("alice")).contains(30001);
    assertThat(r.failAccounts()).containsExactlyInAnyOrder("nobody", "alice");
    assertThat(state().blocklist("alice")).containsExactly("bob");
    assertThat(state().friends("alice")).isEmpty();
    assertThat(state().friends("bob")).isEmpty();
    assertThat(await(() -> client.friends().addBlocklist(new PeersRequest("alice", List.of("bob")))).code("bob"))
        .as("already blocked").contains(30001);

    assertThat(add("alice", AddFriendsRequest.BOTH, true, "bob").code("bob")).as("peer on your blocklist")
        .contains(30515);
    assertThat(add("bob", AddFriendsRequest.BOTH, true, "alice").code("alice")).as("you on the peer's")
        .contains(30525);

    SnsResult removed = await(() -> client.friends().deleteBlocklist(new PeersRequest("alice",
        List.of("bob", "carol"))));
    assertThat(removed.code("bob")).contains(0);
    assertThat(removed.code("carol")).as("not on the blocklist").contains(30001);
    assertThat(state().blocklist("alice")).isEmpty();
    assertThat(add("bob", AddFriendsRequest.BOTH, true, "alice").code("alice")).contains(0);
  }

  @Test
  void checkAnswersTheRelationOfBothSides() {
    await(() -> client.friends().addBlocklist(new PeersRequest("alice", List.of("bob", "carol"))));
    await(() -> client.friends().addBlocklist(new PeersRequest("bob", List.of("alice"))));
    await(() -> client.friends().addBlocklist(new PeersRequest("carol", List.of("bob"))));
    CheckBlocklistResult both = await(() -> client.friends().checkBlocklist(new CheckBlocklistRequest("bob",
        List.of("alice", "carol", "nobody"), CheckBlocklistRequest.BOTH)));
    assertThat(both.relation("alice")).contains(CheckBlocklistResult.BOTH_WAY);
    assertThat(both.relation("carol")).contains(CheckBlocklistResult.B_WITH_A);
    assertThat(both.items()).filteredOn(i -> i.toAccount().equals("nobody")).singleElement()
        .extracting(i -> i.resultCode()).isEqualTo(30003);
    assertThat(both.failAccounts()).containsExactly("nobody");
    CheckBlocklistResult single = await(() -> client.friends().checkBlocklist(new CheckBlocklistRequest("alice",
        List.of("carol", "bob"), CheckBlocklistRequest.SINGLE)));
    assertThat(single.relation("carol")).contains(CheckBlocklistResult.A_WITH_B);
    CheckBlocklistResult none = await(() -> client.friends().checkBlocklist(new CheckBlocklistRequest("carol",
        List.of("alice"), CheckBlocklistRequest.SINGLE)));
    assertThat(none.relation("alice")).contains(CheckBlocklistResult.NO_RELATION);
    assertThat(CheckBlocklistResult.NO_RELATION).isEqualTo("BlackCheckResult_Type_NO");
  }

  @Test
  void getPagesWithStartIndexMaxLimitedAndLastSequence() throws Exception {
    List<String> blocked = IntStream.range(0, 25).mapToObj(i -> "b" + i).toList();
    importUsers(blocked);
    for (int i = 0; i < blocked.size(); i += 10) {
      List<String> chunk = blocked.subList(i, Math.min(blocked.size(), i + 10));
      await(() -> client.friends().addBlocklist(new PeersRequest("alice", chunk)));
    }
    GetBlocklistResult first = await(() -> client.friends().getBlocklist(new GetBlocklistRequest("alice", 0, 10,
        0)));
    assertThat(first.entries()).extracting(GetBlocklistResult.Entry::toAccount).isEqualTo(blocked.subList(0, 10));
    assertThat(first.startIndex()).isEqualTo(10);
    assertThat(first.currentSequence()).isPositive();
    GetBlocklistResult last = await(() -> client.friends().getBlocklist(new GetBlocklistRequest("alice", 20, 10,
        first.currentSequence())));
    assertThat(last.entries()).hasSize(5);
    assertThat(last.startIndex()).as("0 after the last page").isZero();

    // the registry's paging row walks it: every blocked user once
    List<String> walked = new CopyOnWriteArrayList<>();
    CompletableFuture<Void> end = new CompletableFuture<>();
    vertx.runOnContext(v -> {
      ReadStream<JsonObject> pages = client.pages("sns", "black_list_get", new JsonObject()
          .put("From_Account", "alice").put("StartIndex", 0).put("MaxLimited", 7).put("LastSequence", 0));
      pages.endHandler(x -> end.complete(null));
      pages.exceptionHandler(end::completeExceptionally);
      pages.handler(item -> walked.add(item.getString("To_Account")));
    });
    end.get(10, TimeUnit.SECONDS);
    assertThat(walked).isEqualTo(blocked);
    assertThat(emulator.stats().requests("sns/black_list_get")).isEqualTo(2 + 4);

    awaitFailure(() -> client.call("sns", "black_list_get", new JsonObject().put("From_Account", "alice")
        .put("StartIndex", 0)), 30001);
    assertThatThrownBy(() -> new GetBlocklistRequest("alice", 0, 0, 0)).hasMessageContaining("MaxLimited");
  }

  @Test
  void aBlocklistStopsOneToOneMessagesThroughTheMessageHooks() {
    AccountState accounts = new AccountState();
    SnsState sns = new SnsState();
    MessageHooks hooks = new MessageHooks();
    sns.install(hooks);
    HandlerTable table = new HandlerTable(EndpointRegistry.defaultRegistry());
    new BlocklistHandlers(sns, id -> true, new ManualClock(0), limit -> limit.defaultValue()).install(table);
    table.get("sns/black_list_add").handle(new JsonObject().put("From_Account", "bob")
        .put("To_Account", new JsonArray().add("alice")));

    MessageHooks.Outgoing toBob = new MessageHooks.Outgoing(MessageHooks.Kind.C2C, "alice", false, "bob", null);
    assertThatThrownBy(() -> hooks.check(toBob)).isInstanceOf(EmulatorError.class)
        .satisfies(e -> assertThat(((EmulatorError) e).code()).isEqualTo(20007));
    // the other direction, and group messages, pass
    hooks.check(new MessageHooks.Outgoing(MessageHooks.Kind.C2C, "bob", false, "alice", null));
    hooks.check(new MessageHooks.Outgoing(MessageHooks.Kind.GROUP, "alice", false, "bob", null));
    assertThat(accounts.count()).isZero();
  }
}
