package io.github.vertxtim.tests.callback;

import io.github.vertxtim.callback.CallbackRejection;
import io.github.vertxtim.callback.CallbackSignature;
import io.github.vertxtim.callback.TimCallbackReceiverOptions;
import io.github.vertxtim.callback.event.c2c.C2cAfterSendMsgEvent;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static io.github.vertxtim.tests.callback.ReceiverFixture.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the receiver checks before it parses: SdkAppid, Sign, freshness; each refusal a status and one log line. */
class ReceiverVerificationTest {

  private static final String COMMAND = "C2C.CallbackAfterSendMsg";

  private final List<CallbackRejection> rejections = new CopyOnWriteArrayList<>();
  private final List<C2cAfterSendMsgEvent> handled = new CopyOnWriteArrayList<>();
  private ReceiverFixture fixture;

  private ReceiverFixture start(String... tokens) {
    fixture = new ReceiverFixture(o -> o.setTokens(List.of(tokens)), r -> r
        .after(C2cAfterSendMsgEvent.class, req -> {
          handled.add(req.event());
          return Future.succeededFuture();
        })
        .rejectionHandler(rejections::add));
    return fixture;
  }

  @AfterEach
  void close() {
    if (fixture != null) {
      fixture.close();
    }
  }

  private ReceiverFixture.Answer post(Map<String, String> query) {
    return fixture.post(query, ReceiverFixture.sample(COMMAND).toBuffer());
  }

  private static Map<String, String> signedAt(long time, String token) {
    Map<String, String> q = ReceiverFixture.query(COMMAND);
    q.put("RequestTime", Long.toString(time));
    q.put("Sign", CallbackSignature.sign(token, time));
    return q;
  }

  @Test
  void aSignedFreshCallbackReachesItsHandler() {
    start(TOKEN);
    ReceiverFixture.Answer answer = post(ReceiverFixture.query(COMMAND));
    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.json().getString("ActionStatus")).isEqualTo("OK");
    assertThat(answer.json().getInteger("ErrorCode")).isZero();
    assertThat(handled).singleElement().satisfies(e -> assertThat(e.msgKey()).isEqualTo("48374_2837546_1557481126"));
    assertThat(fixture.receiver.stats().received()).isEqualTo(1);
  }

  @Test
  void staleAndFutureRequestTimesAreRefused() {
    start(TOKEN);
    long now = System.currentTimeMillis() / 1000;
    assertThat(post(signedAt(now - 120, TOKEN)).status()).isEqualTo(401);
    assertThat(post(signedAt(now + 120, TOKEN)).status()).isEqualTo(401);
    assertThat(post(signedAt(now - 30, TOKEN)).status()).as("inside the 60 s skew").isEqualTo(200);
    Map<String, String> notANumber = ReceiverFixture.query(COMMAND);
    notANumber.put("RequestTime", "17e8");
    assertThat(post(notANumber).status()).isEqualTo(401);
    assertThat(rejections).extracting(CallbackRejection::reason)
        .containsExactly(CallbackRejection.Reason.STALE_REQUEST_TIME, CallbackRejection.Reason.STALE_REQUEST_TIME,
            CallbackRejection.Reason.STALE_REQUEST_TIME);
    assertThat(handled).hasSize(1);
    assertThat(fixture.receiver.stats().rejected().get(CallbackRejection.Reason.STALE_REQUEST_TIME)).isEqualTo(3);
  }

  @Test
  void aWrongOrMissingSdkAppidIsRefused() {
    start(TOKEN);
    Map<String, String> wrong = ReceiverFixture.query(COMMAND);
    wrong.put("SdkAppid", "1400000002");
    assertThat(post(wrong).status()).isEqualTo(403);
    Map<String, String> missing = ReceiverFixture.query(COMMAND);
    missing.remove("SdkAppid");
    assertThat(post(missing).status()).isEqualTo(403);
    assertThat(rejections).extracting(CallbackRejection::reason).containsOnly(CallbackRejection.Reason.WRONG_SDKAPPID);
    assertThat(handled).isEmpty();
  }

  @Test
  void aWrongOrMissingSignIsRefused() {
    start(TOKEN);
    long now = System.currentTimeMillis() / 1000;
    assertThat(post(signedAt(now, "another-token")).status()).isEqualTo(401);
    Map<String, String> noSign = ReceiverFixture.query(COMMAND);
    noSign.remove("Sign");
    assertThat(post(noSign).status()).isEqualTo(401);
    Map<String, String> noTime = ReceiverFixture.query(COMMAND);
    noTime.remove("RequestTime");
    assertThat(post(noTime).status()).isEqualTo(401);
    Map<String, String> upper = signedAt(now, TOKEN);
    upper.put("Sign", upper.get("Sign").toUpperCase());
    assertThat(post(upper).status()).as("hex compared case-insensitively").isEqualTo(200);
    assertThat(rejections).extracting(CallbackRejection::reason).containsExactly(CallbackRejection.Reason.BAD_SIGN,
        CallbackRejection.Reason.MISSING_SIGN, CallbackRejection.Reason.MISSING_SIGN);
  }

  @Test
  void duringARotationBothTokensAreAccepted() {
    start("old-token", "new-token");
    long now = System.currentTimeMillis() / 1000;
    assertThat(post(signedAt(now, "old-token")).status()).isEqualTo(200);
    assertThat(post(signedAt(now, "new-token")).status()).isEqualTo(200);
    assertThat(post(signedAt(now, TOKEN)).status()).isEqualTo(401);
    assertThat(handled).hasSize(2);
  }

  @Test
  void aMissingCommandOrAMismatchIsRefused() {
    start(TOKEN);
    Map<String, String> noCommand = ReceiverFixture.query(COMMAND);
    noCommand.remove("CallbackCommand");
    assertThat(post(noCommand).status()).isEqualTo(400);
    Map<String, String> other = ReceiverFixture.query("C2C.CallbackAfterMsgReport");
    assertThat(post(other).status()).as("the body says C2C.CallbackAfterSendMsg").isEqualTo(400);
    assertThat(rejections).extracting(CallbackRejection::reason).containsExactly(
        CallbackRejection.Reason.MISSING_COMMAND, CallbackRejection.Reason.COMMAND_MISMATCH);
  }

  @Test
  void aBodyLongerThanTheLimitIsRefusedWith413() {
    fixture = new ReceiverFixture(o -> o.setMaxBodyBytes(1024), r -> r.rejectionHandler(rejections::add));
    String big = "{\"CallbackCommand\":\"" + COMMAND + "\",\"Pad\":\"" + "x".repeat(4096) + "\"}";
    assertThat(fixture.post(ReceiverFixture.query(COMMAND), Buffer.buffer(big)).status()).isEqualTo(413);
    assertThat(rejections).extracting(CallbackRejection::reason).containsExactly(CallbackRejection.Reason.BODY_TOO_LARGE);
  }

  @Test
  void theLogLineOfARefusalHasNeitherTokenNorSign() {
    start(TOKEN);
    PrintStream err = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    long now = System.currentTimeMillis() / 1000;
    Map<String, String> bad = signedAt(now, "leaked-other-token");
    Map<String, String> stale = signedAt(now - 600, TOKEN);
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      assertThat(post(bad).status()).isEqualTo(401);
      assertThat(post(stale).status()).isEqualTo(401);
    } finally {
      System.setErr(err);
    }
    String log = captured.toString(StandardCharsets.UTF_8);
    assertThat(log).contains("TIM callback refused (401 BAD_SIGN)").contains("STALE_REQUEST_TIME");
    for (String secret : List.of(TOKEN, "leaked-other-token", bad.get("Sign"), stale.get("Sign"))) {
      assertThat(log).doesNotContain(secret);
      assertThat(rejections.toString()).doesNotContain(secret);
    }
  }

  @Test
  void optionsRefuseEmptyTokensAndHideThem() {
    assertThatThrownBy(() -> new TimCallbackReceiverOptions().addToken("")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new TimCallbackReceiverOptions().addToken("  ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new TimCallbackReceiverOptions().setSdkAppId(1).validate())
        .hasMessageContaining("no callback token");
    assertThatThrownBy(() -> new TimCallbackReceiverOptions().setAnswerBudgetMillis(2000))
        .isInstanceOf(IllegalArgumentException.class);
    TimCallbackReceiverOptions options = new TimCallbackReceiverOptions().setSdkAppId(7).addToken(TOKEN)
        .addToken("second").setDedupeWindowSeconds(30);
    assertThat(options.toString()).doesNotContain(TOKEN).doesNotContain("second").contains("2 token(s)");
    TimCallbackReceiverOptions back = new TimCallbackReceiverOptions(options.toJson());
    assertThat(back.toJson()).isEqualTo(options.toJson());
    assertThat(back.getTokens()).containsExactly(TOKEN, "second");
  }
}
