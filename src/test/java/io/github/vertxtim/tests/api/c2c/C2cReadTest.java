package io.github.vertxtim.tests.api.c2c;

import io.github.vertxtim.TimErrorCode;
import io.github.vertxtim.api.c2c.GetUnreadCountsRequest;
import io.github.vertxtim.api.c2c.GetUnreadCountsResult;
import io.github.vertxtim.api.c2c.SendMessageResult;
import io.github.vertxtim.api.c2c.SendReadReceiptsRequest;
import io.github.vertxtim.api.c2c.SetMessagesReadRequest;
import io.github.vertxtim.api.c2c.WithdrawMessageRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** admin_set_msg_read, get_c2c_unread_msg_num and c2c_msg_read_receipt agree with each other. */
class C2cReadTest extends C2cTestBase {

  @BeforeEach
  void people() {
    accounts("alice", "bob", "carol");
  }

  private GetUnreadCountsResult unread(String user, String... peers) {
    return await(() -> client.c2c().getUnreadCounts(GetUnreadCountsRequest.of(user, peers)));
  }

  private static int countOf(GetUnreadCountsResult r, String peer) {
    return r.counts().stream().filter(c -> c.peerAccount().equals(peer)).findFirst().orElseThrow().c2cUnreadMsgNum();
  }

  @Test
  void unreadCountsPerPeerAndInTotal() {
    send("bob", "alice", "1");
    send("bob", "alice", "2");
    send("carol", "alice", "3");
    send("alice", "bob", "mine");
    GetUnreadCountsResult r = unread("alice", "bob", "carol", "ghost");
    assertThat(r.allC2cUnreadMsgNum()).isEqualTo(3);
    assertThat(countOf(r, "bob")).isEqualTo(2);
    assertThat(countOf(r, "carol")).isEqualTo(1);
    assertThat(r.errors()).extracting(e -> e.peerAccount() + "=" + e.errorCode()).containsExactly("ghost=70107");
    assertThat(unread("alice").counts()).as("no peers asked, the total only").isEmpty();
    assertThat(unread("bob").allC2cUnreadMsgNum()).isEqualTo(1);
  }

  @Test
  void setMsgReadClearsThePeersMessagesSoFarAndLaterOnesCountAgain() {
    send("bob", "alice", "1");
    send("bob", "alice", "2");
    send("carol", "alice", "3");
    await(() -> client.c2c().setMessagesRead(new SetMessagesReadRequest("alice", "bob")));
    GetUnreadCountsResult r = unread("alice", "bob", "carol");
    assertThat(countOf(r, "bob")).isZero();
    assertThat(countOf(r, "carol")).isEqualTo(1);
    send("bob", "alice", "after");
    assertThat(countOf(unread("alice", "bob"), "bob")).isEqualTo(1);
    await(() -> client.c2c().setMessagesRead(new SetMessagesReadRequest("alice", "bob", 0L, null)));
    assertThat(countOf(unread("alice", "bob"), "bob")).as("read up to 1970: all unread again").isEqualTo(3);
  }

  @Test
  void receiptsMarkMessagesPeerReadInRoamingAndNotUnread() {
    SendMessageResult one = send("bob", "alice", "1");
    SendMessageResult two = send("bob", "alice", "2");
    send("bob", "alice", "3");
    await(() -> client.c2c().sendReadReceipts(SendReadReceiptsRequest.of("alice", "bob",
        List.of(one.msgKey(), two.msgKey()))));
    assertThat(history("bob", "alice")).extracting(m -> text(m) + ":" + m.isPeerRead())
        .containsExactly("3:0", "2:1", "1:1");
    assertThat(countOf(unread("alice", "bob"), "bob")).isEqualTo(1);
  }

  @Test
  void aRecalledMessageIsNotUnread() {
    SendMessageResult one = send("bob", "alice", "1");
    send("bob", "alice", "2");
    await(() -> client.c2c().withdrawMessage(new WithdrawMessageRequest("bob", "alice", one.msgKey())));
    assertThat(countOf(unread("alice", "bob"), "bob")).isEqualTo(1);
  }

  @Test
  void errorPaths() {
    SendMessageResult mine = send("alice", "bob", "x");
    awaitFailure(() -> client.c2c().getUnreadCounts(GetUnreadCountsRequest.of("ghost")),
        TimErrorCode.MSG_ACCOUNT_INVALID.code());
    assertThat(awaitThrown(() -> client.c2c().getUnreadCounts(GetUnreadCountsRequest.of("alice",
        IntStream.range(0, 11).mapToObj(i -> "p" + i).toArray(String[]::new)))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Peer_Account").hasMessageContaining("10");
    awaitFailure(() -> client.c2c().setMessagesRead(new SetMessagesReadRequest("ghost", "bob")),
        TimErrorCode.MSG_ACCOUNT_INVALID.code());
    awaitFailure(() -> client.c2c().sendReadReceipts(SendReadReceiptsRequest.of("alice", "bob",
        List.of(mine.msgKey()))), TimErrorCode.MSG_RECALL_NOT_FOUND.code());
    awaitFailure(() -> client.c2c().sendReadReceipts(new SendReadReceiptsRequest("alice", "bob",
        List.of(new SendReadReceiptsRequest.MsgInfo("carol", "alice", mine.msgKey(), null)), null)),
        TimErrorCode.MSG_INVALID_PACKET.code());
    assertThat(history("alice", "bob")).singleElement().satisfies(m -> assertThat(m.isPeerRead()).isZero());
  }
}
