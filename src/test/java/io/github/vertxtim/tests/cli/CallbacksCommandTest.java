package io.github.vertxtim.tests.cli;

import io.github.vertxtim.cli.TimCli;
import io.github.vertxtim.tests.Poll;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code tim callbacks listen} in the background, {@code tim callbacks send} against it. */
class CallbacksCommandTest {

  private static final Map<String, String> ENV = Map.of("TIM_SDKAPPID", "1400000001",
      "TIM_CALLBACK_TOKEN", "cli-callback-token");

  @Test
  void listenPrintsVerifiedEventsAndRefusalsAndSendPrintsTheAnswer() throws Exception {
    TimCli listener = new TimCli(ENV, new ByteArrayInputStream(new byte[0]), false);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    PrintWriter outWriter = new PrintWriter(out, true);
    CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> listener.commandLine(outWriter,
        new PrintWriter(err, true)).execute("callbacks", "listen", "--port", "0"));
    String url = awaitUrl(out, exit);
    try {
      Cli.Result before = Cli.run(ENV, "callbacks", "send", "C2C.CallbackBeforeSendMsg",
          "{\"CallbackCommand\":\"C2C.CallbackBeforeSendMsg\",\"From_Account\":\"alice\",\"To_Account\":\"bob\","
              + "\"MsgBody\":[{\"MsgType\":\"TIMTextElem\",\"MsgContent\":{\"Text\":\"hi\"}}]}", "--url", url, "--timeout-ms", "30000");
      assertThat(before.exit()).as(before.toString()).isZero();
      assertThat(new JsonObject(before.out().strip())).isEqualTo(new JsonObject()
          .put("ActionStatus", "OK").put("ErrorCode", 0).put("ErrorInfo", ""));
      assertThat(before.err()).contains("HTTP 200");

      Cli.Result friend = Cli.run(ENV, "callbacks", "send", "Sns.CallbackPrevFriendAdd",
          "{\"CallbackCommand\":\"Sns.CallbackPrevFriendAdd\",\"FriendItem\":[{\"To_Account\":\"carol\"}]}", "--url", url, "--timeout-ms", "30000");
      assertThat(new JsonObject(friend.out().strip()).getJsonArray("ResultItem").getJsonObject(0).getString("To_Account"))
          .isEqualTo("carol");

      Map<String, String> wrongToken = Map.of("TIM_SDKAPPID", "1400000001", "TIM_CALLBACK_TOKEN", "not-the-token");
      Cli.Result refused = Cli.run(wrongToken, "callbacks", "send", "C2C.CallbackAfterSendMsg", "--url", url, "--timeout-ms", "30000");
      assertThat(refused.exit()).isEqualTo(1);
      assertThat(refused.err()).contains("HTTP 401");
      assertThat(refused.all()).doesNotContain("Sign=");

      Poll.until("the refusal on stderr", () -> err.toString().contains("BAD_SIGN"), 10_000);
      String[] lines = out.toString().strip().split("\n");
      assertThat(lines).hasSize(3);
      JsonObject first = new JsonObject(lines[1]);
      assertThat(first.getString("command")).isEqualTo("C2C.CallbackBeforeSendMsg");
      assertThat(first.getJsonObject("body").getString("From_Account")).isEqualTo("alice");
      assertThat(new JsonObject(lines[2]).getString("command")).isEqualTo("Sns.CallbackPrevFriendAdd");
      String errText = err.toString();
      assertThat(errText.lines().filter(l -> l.contains("TIM callback refused"))).hasSize(1);
      assertThat(errText + out).doesNotContain("cli-callback-token").doesNotContain("not-the-token");
    } finally {
      listener.stop();
    }
    assertThat(exit.get(15, TimeUnit.SECONDS)).isZero();
  }

  @Test
  void listenWithoutATokenIsAUsageError() {
    Cli.Result r = Cli.run(Map.of("TIM_SDKAPPID", "1400000001"), "callbacks", "listen", "--port", "0");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("TIM_CALLBACK_TOKEN");
    Cli.Result both = Cli.run(Map.of("TIM_SDKAPPID", "1", "TIM_CALLBACK_TOKEN", "a", "TIM_CALLBACK_TOKEN_FILE", "/x"),
        "callbacks", "send", "X.Y", "--url", "http://127.0.0.1:1/");
    assertThat(both.exit()).isEqualTo(2);
    assertThat(both.err()).contains("set only one");
  }

  private static String awaitUrl(StringWriter out, CompletableFuture<Integer> exit) throws Exception {
    Pattern listening = Pattern.compile("TIM callback receiver listening on (http://127\\.0\\.0\\.1:\\d+/tim/callback)");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (System.nanoTime() < deadline) {
      Matcher m = listening.matcher(out.toString());
      if (m.find()) {
        return m.group(1);
      }
      if (exit.isDone()) {
        throw new AssertionError("listen ended: " + exit.get() + " " + out);
      }
      Thread.sleep(20);
    }
    throw new AssertionError("listen did not start: " + out);
  }
}
