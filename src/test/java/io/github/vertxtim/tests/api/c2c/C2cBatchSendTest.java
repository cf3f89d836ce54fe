package io.github.vertxtim.tests.api.c2c;

import io.github.vertxtim.TimErrorCode;
import io.github.vertxtim.api.c2c.BatchSendMessagesRequest;
import io.github.vertxtim.api.c2c.BatchSendMessagesResult;
import io.github.vertxtim.api.message.MsgBody;
import io.github.vertxtim.bulk.BulkJob;
import io.github.vertxtim.bulk.BulkOptions;
import io.github.vertxtim.bulk.BulkOutcome;
import io.github.vertxtim.bulk.BulkSummary;
import io.github.vertxtim.emulator.TimEmulatorOptions;
import io.github.vertxtim.emulator.impl.shared.ManualClock;
import io.vertx.core.Promise;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** batchsendmsg: per-recipient ErrorList, the 500 cap, the per-minute message quota and a bulk job of 2,000. */
class C2cBatchSendTest extends C2cTestBase {

  @Test
  void eachKnownRecipientGetsTheMessageAndUnknownOnesAreListed() {
    accounts("alice", "bob", "carol");
    BatchSendMessagesResult r = await(() -> client.c2c().batchSendMessages(BatchSendMessagesRequest.of(
        List.of("bob", "ghost", "carol", "phantom"), MsgBody.text("notice")).withFromAccount("alice")));
    assertThat(r.msgKey()).matches("\\d+_\\d+_\\d+");
    assertThat(r.errors()).extracting(f -> f.toAccount() + "=" + f.errorCode())
        .containsExactly("ghost=70107", "phantom=70107");
    assertThat(state().c2cMessageCount("alice", "bob")).isEqualTo(1);
    assertThat(state().c2cMessageCount("alice", "carol")).isEqualTo(1);
    assertThat(history("bob", "alice")).singleElement().satisfies(m -> {
      assertThat(m.msgKey()).isEqualTo(r.msgKey());
      assertThat(text(m)).isEqualTo("notice");
    });
  }

  @Test
  void moreThan500RecipientsFailBeforeAnyIoAndTheEmulatorAnswers90011() {
    List<String> many = IntStream.range(0, 501).mapToObj(i -> "u" + i).toList();
    assertThat(awaitThrown(() -> client.c2c().batchSendMessages(BatchSendMessagesRequest.of(many,
        MsgBody.text("x"))))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("To_Account")
        .hasMessageContaining("500");
    assertThat(emulator.stats().requests("openim/batchsendmsg")).isZero();
    awaitFailure(() -> client.call("openim", "batchsendmsg", raw(new JsonArray(new ArrayList<>(many)))),
        TimErrorCode.MSG_TOO_MANY_TARGETS.code());
  }

  @Test
  void toAccountMustBeANonEmptyArray() {
    awaitFailure(() -> client.call("openim", "batchsendmsg", raw("bob")), TimErrorCode.MSG_TO_ACCOUNT_NOT_ARRAY.code());
    awaitFailure(() -> client.call("openim", "batchsendmsg", raw(new JsonArray())),
        TimErrorCode.MSG_TO_ACCOUNT_EMPTY.code());
  }

  @Test
  void theQuotaCountsMessagesPerMinuteNotCalls() throws Exception {
    ManualClock clock = manualClock();
    restartWithClock(clock, new TimEmulatorOptions());
    List<String> users = IntStream.range(0, 500).mapToObj(i -> "r" + i).toList();
    accounts(users);
    // 12000 messages a minute: 24 calls of 500 fit in one window, the 25th does not, a new minute admits it
    for (int i = 0; i < 24; i++) {
      BatchSendMessagesResult r = await(() -> client.c2c().batchSendMessages(
          BatchSendMessagesRequest.of(users, MsgBody.text("tick"))));
      assertThat(r.errors()).isEmpty();
    }
    awaitFailure(() -> client.c2c().batchSendMessages(BatchSendMessagesRequest.of(users, MsgBody.text("tock"))),
        TimErrorCode.BATCHSENDMSG_RATE_EXCEEDED.code());
    clock.advance(Duration.ofSeconds(60));
    await(() -> client.c2c().batchSendMessages(BatchSendMessagesRequest.of(users, MsgBody.text("tock"))));
    assertThat(state().c2cMessageCount(ADMIN, "r0")).isEqualTo(25);
  }

  @Test
  void aBulkJobSendsToThousandsIn500UserChunksAndFailsExactlyTheUnknownOnes() throws Exception {
    List<String> known = IntStream.range(0, 1_950).mapToObj(i -> "fan" + i).toList();
    accounts(known);
    List<String> recipients = new ArrayList<>(known);
    List<String> unknown = IntStream.range(0, 50).mapToObj(i -> "gone" + i).toList();
    recipients.addAll(unknown);
    Collections.shuffle(recipients, new java.util.Random(7));
    assertThat(recipients).hasSize(2_000);

    Set<String> failed = ConcurrentHashMap.newKeySet();
    Set<String> delivered = ConcurrentHashMap.newKeySet();
    Promise<BulkJob<String>> started = Promise.promise();
    JsonObject template = new JsonObject().put("From_Account", "fan0").put("SyncOtherMachine", 2)
        .put("MsgBody", new JsonArray().add(new JsonObject().put("MsgType", "TIMTextElem")
            .put("MsgContent", new JsonObject().put("Text", "season tickets"))));
    vertx.getOrCreateContext().runOnContext(v -> {
      BulkJob<String> job = client.bulk("openim", "batchsendmsg", recipients,
          new BulkOptions().setTemplate(template));
      job.outcomes().handler(o -> {
        if (o.status() == BulkOutcome.Status.OK) {
          delivered.add(o.item());
        } else {
          assertThat(o.errorCode()).isEqualTo(TimErrorCode.ACCOUNT_NOT_IMPORTED.code());
          failed.add(o.item());
        }
      });
      started.complete(job);
    });
    BulkSummary summary = started.future().await().summary().await();
    assertThat(summary.items()).isEqualTo(2_000);
    assertThat(summary.calls()).as("500-user chunks").isEqualTo(4);
    assertThat(summary.failed()).isEqualTo(50);
    assertThat(failed).containsExactlyInAnyOrderElementsOf(unknown);
    assertThat(delivered).containsExactlyInAnyOrderElementsOf(known);
    for (String fan : List.of("fan1", "fan977", "fan1949")) {
      assertThat(state().c2cMessageCount("fan0", fan)).isEqualTo(1);
    }
  }

  private static JsonObject raw(Object to) {
    return new JsonObject().put("To_Account", to).put("MsgRandom", 9).put("MsgBody", new JsonArray().add(
        new JsonObject().put("MsgType", "TIMTextElem").put("MsgContent", new JsonObject().put("Text", "raw"))));
  }
}
