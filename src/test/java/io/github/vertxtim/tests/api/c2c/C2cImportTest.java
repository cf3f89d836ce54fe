package io.github.vertxtim.tests.api.c2c;

import io.github.vertxtim.TimErrorCode;
import io.github.vertxtim.api.c2c.GetRoamMessagesResult;
import io.github.vertxtim.api.c2c.GetUnreadCountsRequest;
import io.github.vertxtim.api.c2c.GetUnreadCountsResult;
import io.github.vertxtim.api.c2c.ImportMessageRequest;
import io.github.vertxtim.api.message.MsgBody;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** importmsg: history (2) and real-time (5) imports, the duplicate rule in either direction, history order. */
class C2cImportTest extends C2cTestBase {

  private static final long T0 = 1_556_178_721L;

  @BeforeEach
  void people() {
    accounts("lumotuwe1", "lumotuwe2");
  }

  @Test
  void historyImportsDoNotCountAsUnreadRealTimeImportsDo() {
    await(() -> client.c2c().importMessage(ImportMessageRequest.of(ImportMessageRequest.HISTORY, "lumotuwe1",
        "lumotuwe2", 827092, 1287657, T0, MsgBody.text("old"))));
    await(() -> client.c2c().importMessage(ImportMessageRequest.of(ImportMessageRequest.REAL_TIME, "lumotuwe1",
        "lumotuwe2", 827093, 1287658, T0 + 1, MsgBody.text("live"))));
    GetUnreadCountsResult unread = await(() -> client.c2c().getUnreadCounts(
        GetUnreadCountsRequest.of("lumotuwe2", "lumotuwe1")));
    assertThat(unread.allC2cUnreadMsgNum()).isEqualTo(1);
    assertThat(unread.counts()).singleElement().satisfies(c -> assertThat(c.c2cUnreadMsgNum()).isEqualTo(1));
    List<GetRoamMessagesResult.Message> seen = history("lumotuwe1", "lumotuwe2");
    assertThat(seen).extracting(GetRoamMessagesResult.Message::msgKey)
        .containsExactly("827093_1287658_" + (T0 + 1), "827092_1287657_" + T0);
  }

  @Test
  void sameSeqRandomAndTimeIsOneMessageEvenWithFromAndToSwappedAndOtherContent() {
    await(() -> client.c2c().importMessage(ImportMessageRequest.of(2, "lumotuwe1", "lumotuwe2", 1, 2, T0,
        MsgBody.text("first"))));
    await(() -> client.c2c().importMessage(ImportMessageRequest.of(2, "lumotuwe1", "lumotuwe2", 1, 2, T0,
        MsgBody.text("again"))));
    await(() -> client.c2c().importMessage(ImportMessageRequest.of(2, "lumotuwe2", "lumotuwe1", 1, 2, T0,
        MsgBody.text("swapped"))));
    assertThat(state().c2cMessageCount("lumotuwe1", "lumotuwe2")).isEqualTo(1);
    assertThat(history("lumotuwe2", "lumotuwe1")).singleElement()
        .satisfies(m -> assertThat(text(m)).as("the first import is kept").isEqualTo("first"));
    await(() -> client.c2c().importMessage(ImportMessageRequest.of(2, "lumotuwe1", "lumotuwe2", 1, 2, T0 + 1,
        MsgBody.text("other second"))));
    assertThat(state().c2cMessageCount("lumotuwe1", "lumotuwe2")).isEqualTo(2);
  }

  @Test
  void anOldImportAfterNewSendsLandsInHistoryOrder() {
    send("lumotuwe1", "lumotuwe2", "today");
    await(() -> client.c2c().importMessage(ImportMessageRequest.of(2, "lumotuwe2", "lumotuwe1", 3, 4, T0,
        MsgBody.text("years ago"))));
    assertThat(history("lumotuwe1", "lumotuwe2")).extracting(C2cTestBase::text)
        .containsExactly("today", "years ago");
  }

  @Test
  void syncFromOldSystemMustBe2Or5AndAccountsMustExist() {
    awaitFailure(() -> client.c2c().importMessage(ImportMessageRequest.of(3, "lumotuwe1", "lumotuwe2", 1, 2, T0,
        MsgBody.text("x"))), TimErrorCode.MSG_SYNC_FROM_OLD_SYSTEM_INVALID.code());
    awaitFailure(() -> client.c2c().importMessage(ImportMessageRequest.of(2, "ghost", "lumotuwe2", 1, 2, T0,
        MsgBody.text("x"))), TimErrorCode.MSG_FROM_ACCOUNT_INVALID.code());
    awaitFailure(() -> client.c2c().importMessage(ImportMessageRequest.of(2, "lumotuwe1", "ghost", 1, 2, T0,
        MsgBody.text("x"))), TimErrorCode.MSG_TO_ACCOUNT_NOT_REGISTERED.code());
    awaitFailure(() -> client.call("openim", "importmsg", new JsonObject().put("SyncFromOldSystem", 2)
        .put("From_Account", "lumotuwe1").put("To_Account", "lumotuwe2").put("MsgRandom", 1)
        .put("MsgBody", new io.vertx.core.json.JsonArray())), TimErrorCode.MSG_TIMESTAMP_INVALID.code());
    assertThat(state().c2cMessageCount("lumotuwe1", "lumotuwe2")).isZero();
  }
}
