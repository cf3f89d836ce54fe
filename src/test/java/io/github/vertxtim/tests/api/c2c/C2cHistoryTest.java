package io.github.vertxtim.tests.api.c2c;

import io.github.vertxtim.TimErrorCode;
import io.github.vertxtim.api.c2c.DeleteRoamMessagesRequest;
import io.github.vertxtim.api.c2c.DeleteRoamMessagesResult;
import io.github.vertxtim.api.c2c.GetRoamMessagesRequest;
import io.github.vertxtim.api.c2c.GetRoamMessagesResult;
import io.github.vertxtim.api.c2c.ModifyMessageRequest;
import io.github.vertxtim.api.c2c.SendMessageResult;
import io.github.vertxtim.api.c2c.WithdrawMessageRequest;
import io.github.vertxtim.api.message.MsgBody;
import io.vertx.core.Promise;
import io.vertx.core.json.JsonObject;
import io.vertx.core.streams.ReadStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** admin_getroammsg paging, admin_msgwithdraw, modify_c2c_msg and delete_c2c_msg_ramble. */
class C2cHistoryTest extends C2cTestBase {

  @BeforeEach
  void people() {
    accounts("alice", "bob");
  }

  @Test
  void pagingByLastMsgKeyGivesEveryMessageOnceWhileNewOnesArrive() {
    List<String> sent = new ArrayList<>();
    for (int i = 0; i < 25; i++) {
      sent.add(send(i % 2 == 0 ? "alice" : "bob", i % 2 == 0 ? "bob" : "alice", "m" + i).msgKey());
    }
    List<String> walked = new ArrayList<>();
    GetRoamMessagesRequest request = GetRoamMessagesRequest.of("alice", "bob", 4, 0, Long.MAX_VALUE / 4);
    int pages = 0;
    while (true) {
      GetRoamMessagesRequest r = request;
      GetRoamMessagesResult page = await(() -> client.c2c().getRoamMessages(r));
      pages++;
      assertThat(page.msgCnt()).isEqualTo(page.messages().size()).isLessThanOrEqualTo(4);
      page.messages().forEach(m -> walked.add(m.msgKey()));
      send("bob", "alice", "late" + pages);
      if (page.isComplete()) {
        break;
      }
      assertThat(page.lastMsgKey()).isEqualTo(page.messages().get(page.messages().size() - 1).msgKey());
      request = request.next(page);
    }
    assertThat(pages).isEqualTo(7);
    assertThat(new HashSet<>(walked)).hasSameSizeAs(walked);
    List<String> newestFirst = new ArrayList<>(sent);
    java.util.Collections.reverse(newestFirst);
    assertThat(walked).containsExactlyElementsOf(newestFirst);
  }

  @Test
  void thePagesStreamOfTheRegistryWalksTheSameHistory() {
    IntStream.range(0, 12).forEach(i -> send("alice", "bob", "s" + i));
    List<String> texts = new CopyOnWriteArrayList<>();
    Promise<Void> end = Promise.promise();
    vertx.getOrCreateContext().runOnContext(v -> {
      ReadStream<JsonObject> pages = client.pages("openim", "admin_getroammsg", new JsonObject()
          .put("Operator_Account", "bob").put("Peer_Account", "alice").put("MaxCnt", 5).put("MinTime", 0)
          .put("MaxTime", Long.MAX_VALUE / 4));
      pages.exceptionHandler(end::fail).endHandler(x -> end.complete());
      pages.handler(m -> texts.add(m.getJsonArray("MsgBody").getJsonObject(0).getJsonObject("MsgContent")
          .getString("Text")));
    });
    end.future().await();
    assertThat(texts).containsExactlyElementsOf(IntStream.range(0, 12).map(i -> 11 - i).mapToObj(i -> "s" + i)
        .toList());
    assertThat(emulator.stats().requests("openim/admin_getroammsg")).isEqualTo(3);
  }

  @Test
  void aPageStopsNearThirteenKilobytes() {
    String big = "b".repeat(4000);
    IntStream.range(0, 6).forEach(i -> send("alice", "bob", big + i));
    GetRoamMessagesResult page = await(() -> client.c2c().getRoamMessages(
        GetRoamMessagesRequest.of("alice", "bob", 100, 0, Long.MAX_VALUE / 4)));
    assertThat(page.isComplete()).isFalse();
    assertThat(page.messages()).hasSize(3);
    assertThat(history("alice", "bob")).hasSize(6);
  }

  @Test
  void roamingErrors() {
    awaitFailure(() -> client.c2c().getRoamMessages(GetRoamMessagesRequest.of("ghost", "bob", 5, 0, 10)),
        TimErrorCode.MSG_ACCOUNT_INVALID.code());
    awaitFailure(() -> client.c2c().getRoamMessages(new GetRoamMessagesRequest("alice", "bob", 5, 0L, 10L,
        "1_2_3", null)), TimErrorCode.MSG_KEY_INVALID.code());
    awaitFailure(() -> client.c2c().getRoamMessages(GetRoamMessagesRequest.of("alice", "bob", 5, 10, 0)),
        TimErrorCode.MSG_INVALID_PACKET.code());
    awaitFailure(() -> client.call("openim", "admin_getroammsg", new JsonObject().put("Operator_Account", "alice")
        .put("Peer_Account", "bob").put("MinTime", 0).put("MaxTime", 1)), TimErrorCode.MSG_INVALID_PACKET.code());
  }

  @Test
  void aWithdrawnMessageStaysInRoamingFlaggedAndASecondWithdrawFails() {
    SendMessageResult sent = send("alice", "bob", "oops");
    send("alice", "bob", "fine");
    await(() -> client.c2c().withdrawMessage(new WithdrawMessageRequest("alice", "bob", sent.msgKey())));
    List<GetRoamMessagesResult.Message> seen = history("bob", "alice");
    assertThat(seen).extracting(m -> text(m) + ":" + m.msgFlagBits()).containsExactly("fine:0", "oops:8");
    assertThat(seen.get(1).recalled()).isTrue();
    awaitFailure(() -> client.c2c().withdrawMessage(new WithdrawMessageRequest("alice", "bob", sent.msgKey())),
        TimErrorCode.MSG_ALREADY_RECALLED.code());
    awaitFailure(() -> client.c2c().withdrawMessage(new WithdrawMessageRequest("alice", "bob", "1_1_1")),
        TimErrorCode.MSG_RECALL_NOT_FOUND.code());
    awaitFailure(() -> client.c2c().withdrawMessage(new WithdrawMessageRequest("bob", "alice", sent.msgKey())),
        TimErrorCode.MSG_RECALL_NOT_FOUND.code());
    awaitFailure(() -> client.c2c().withdrawMessage(new WithdrawMessageRequest("alice", "bob", "not-a-key")),
        TimErrorCode.MSG_KEY_INVALID.code());
  }

  @Test
  void aModificationChangesWhatRoamingReturns() {
    SendMessageResult sent = send("alice", "bob", "draft");
    await(() -> client.c2c().modifyMessage(new ModifyMessageRequest("alice", "bob", sent.msgKey(),
        MsgBody.text("final"), "{\"edited\":true}")));
    assertThat(history("bob", "alice")).singleElement().satisfies(m -> {
      assertThat(text(m)).isEqualTo("final");
      assertThat(m.cloudCustomData()).isEqualTo("{\"edited\":true}");
      assertThat(m.msgKey()).isEqualTo(sent.msgKey());
    });
    awaitFailure(() -> client.c2c().modifyMessage(new ModifyMessageRequest("alice", "bob", sent.msgKey(), null,
        null)), TimErrorCode.MSG_INVALID_PACKET.code());
    awaitFailure(() -> client.c2c().modifyMessage(new ModifyMessageRequest("alice", "bob", "9_9_9",
        MsgBody.text("x"), null)), TimErrorCode.MSG_RECALL_NOT_FOUND.code());
  }

  @Test
  void deletingHistoryIsOneWay() {
    SendMessageResult a = send("alice", "bob", "a");
    send("bob", "alice", "b");
    DeleteRoamMessagesResult r = await(() -> client.c2c().deleteRoamMessages(new DeleteRoamMessagesRequest("alice",
        "bob", List.of(a.msgKey(), "garbage"))));
    assertThat(r.invalidMsgKeys()).containsExactly("garbage");
    assertThat(history("alice", "bob")).extracting(C2cTestBase::text).containsExactly("b");
    assertThat(history("bob", "alice")).extracting(C2cTestBase::text).containsExactly("b", "a");
    assertThat(awaitThrown(() -> client.c2c().deleteRoamMessages(new DeleteRoamMessagesRequest("alice", "bob",
        IntStream.range(0, 31).mapToObj(i -> i + "_1_1").toList())))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("MsgKeyList").hasMessageContaining("30");
  }
}
