package io.github.vertxtim.tests.api.c2c;

import io.github.vertxtim.TimErrorCode;
import io.github.vertxtim.api.c2c.GetMessageExtensionsRequest;
import io.github.vertxtim.api.c2c.GetMessageExtensionsResult;
import io.github.vertxtim.api.c2c.MessageExtension;
import io.github.vertxtim.api.c2c.SendMessageRequest;
import io.github.vertxtim.api.c2c.SendMessageResult;
import io.github.vertxtim.api.c2c.SetMessageExtensionsRequest;
import io.github.vertxtim.api.c2c.SetMessageExtensionsResult;
import io.github.vertxtim.api.message.MsgBody;
import io.github.vertxtim.emulator.EmulatorLimit;
import io.github.vertxtim.emulator.TimEmulatorOptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Message extensions: get_key_values and set_key_values, their sequence numbers and limits. */
class C2cExtensionTest extends C2cTestBase {

  private SendMessageResult poll;

  @Override
  protected TimEmulatorOptions emulatorOptions() {
    return super.emulatorOptions().setLimit(EmulatorLimit.C2C_MESSAGE_EXTENSION_PAIRS, 25);
  }

  @BeforeEach
  void aPoll() {
    accounts("alice", "bob");
    poll = await(() -> client.c2c().sendMessage(SendMessageRequest.of("bob", MsgBody.text("lunch?"))
        .withFromAccount("alice").withMessageExtension()));
  }

  private SetMessageExtensionsResult set(int op, List<MessageExtension> pairs) {
    return await(() -> client.c2c().setMessageExtensions(new SetMessageExtensionsRequest("alice", "bob",
        poll.msgKey(), op, pairs)));
  }

  private GetMessageExtensionsResult get(Long startSeq) {
    return await(() -> client.c2c().getMessageExtensions(new GetMessageExtensionsRequest("alice", "bob",
        poll.msgKey(), startSeq, null)));
  }

  @Test
  void setDeleteAndClearMoveTheSequenceNumbers() {
    SetMessageExtensionsResult first = set(SetMessageExtensionsRequest.SET,
        List.of(MessageExtension.of("alice", "yes"), MessageExtension.of("bob", "no")));
    assertThat(first.results()).extracting(o -> o.errorCode() + ":" + o.extension().key() + "@" + o.extension().seq())
        .containsExactly("0:alice@1", "0:bob@1");
    set(SetMessageExtensionsRequest.SET, List.of(MessageExtension.of("bob", "yes")));
    GetMessageExtensionsResult all = get(null);
    assertThat(all.completeFlag()).isEqualTo(1);
    assertThat(all.latestSeq()).isEqualTo(2);
    assertThat(all.extensions()).extracting(e -> e.key() + "=" + e.value() + "@" + e.seq())
        .containsExactly("alice=yes@1", "bob=yes@2");
    assertThat(get(2L).extensions()).extracting(MessageExtension::key).containsExactly("bob");

    set(SetMessageExtensionsRequest.DELETE, List.of(new MessageExtension("alice", "", 1L, null)));
    assertThat(get(null).extensions()).extracting(MessageExtension::key).containsExactly("bob");
    await(() -> client.c2c().setMessageExtensions(new SetMessageExtensionsRequest("alice", "bob", poll.msgKey(),
        SetMessageExtensionsRequest.CLEAR, null)));
    GetMessageExtensionsResult cleared = get(null);
    assertThat(cleared.extensions()).isEmpty();
    assertThat(cleared.clearSeq()).isEqualTo(4);
    assertThat(cleared.latestSeq()).isEqualTo(4);
  }

  @Test
  void limitsOfKeysValuesAndPairs() {
    SetMessageExtensionsResult r = set(SetMessageExtensionsRequest.SET, List.of(
        MessageExtension.of("k".repeat(101), "v"), MessageExtension.of("ok", "v".repeat(1001)),
        MessageExtension.of("fine", "v".repeat(1000))));
    assertThat(r.results()).extracting(SetMessageExtensionsResult.Outcome::errorCode)
        .containsExactly(20001, 20001, 0);
    assertThat(awaitThrown(() -> client.c2c().setMessageExtensions(new SetMessageExtensionsRequest("alice", "bob",
        poll.msgKey(), 1, IntStream.range(0, 21).mapToObj(i -> MessageExtension.of("k" + i, "v")).toList()))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ExtensionList").hasMessageContaining("20");
    // the limit of pairs per message is an emulator limit, 25 here (300 by default)
    set(1, IntStream.range(0, 20).mapToObj(i -> MessageExtension.of("a" + i, "v")).toList());
    SetMessageExtensionsResult over = set(1, IntStream.range(0, 6).mapToObj(i -> MessageExtension.of("b" + i, "v"))
        .toList());
    assertThat(over.results()).extracting(SetMessageExtensionsResult.Outcome::errorCode)
        .containsExactly(0, 0, 0, 0, 20001, 20001);
    assertThat(get(null).extensions()).hasSize(25);
  }

  @Test
  void onlyMessagesSentWithExtensionSupportTakePairs() {
    SendMessageResult plain = send("alice", "bob", "plain");
    awaitFailure(() -> client.c2c().getMessageExtensions(new GetMessageExtensionsRequest("alice", "bob",
        plain.msgKey())), TimErrorCode.MSG_INVALID_PACKET.code());
    awaitFailure(() -> client.c2c().getMessageExtensions(new GetMessageExtensionsRequest("alice", "bob", "1_2_3")),
        TimErrorCode.MSG_RECALL_NOT_FOUND.code());
    awaitFailure(() -> client.c2c().setMessageExtensions(new SetMessageExtensionsRequest("alice", "bob",
        poll.msgKey(), 7, List.of(MessageExtension.of("k", "v")))), TimErrorCode.MSG_INVALID_PACKET.code());
  }
}
