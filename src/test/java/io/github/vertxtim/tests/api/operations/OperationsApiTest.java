package io.github.vertxtim.tests.api.operations;

import io.github.vertxtim.api.account.Account;
import io.github.vertxtim.api.account.ImportAccountsRequest;
import io.github.vertxtim.api.operations.AllowBannedObjectRequest;
import io.github.vertxtim.api.operations.ForbidIllegalObjectRequest;
import io.github.vertxtim.api.operations.GetAppInfoRequest;
import io.github.vertxtim.api.operations.GetAppInfoResult;
import io.github.vertxtim.api.operations.GetCosSigRequest;
import io.github.vertxtim.api.operations.GetCosSigResult;
import io.github.vertxtim.api.operations.GetHistoryRequest;
import io.github.vertxtim.emulator.impl.shared.EmulatorClock;
import io.github.vertxtim.emulator.impl.shared.ManualClock;
import io.github.vertxtim.tests.api.FamilyTestBase;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Operations through the typed API; the message-driven parts are in MessageFollowersTest. */
class OperationsApiTest extends FamilyTestBase {

  /** Binds the families on the test thread: the first binding in a JVM builds readers, too slow for a loop. */
  @BeforeEach
  void bindFamilies() {
    client.accounts();
    client.operations();
  }

  private final ManualClock clock = new ManualClock(System.currentTimeMillis());

  @Override
  protected EmulatorClock emulatorClock() {
    return clock;
  }

  private static String beijing(long epochSeconds, String pattern) {
    return DateTimeFormatter.ofPattern(pattern).format(Instant.ofEpochSecond(epochSeconds).atOffset(ZoneOffset.ofHours(8)));
  }

  @Test
  void getAppInfoAnswersTodaysCountsAsStrings() {
    await(() -> client.accounts().importAccounts(new ImportAccountsRequest(List.of(Account.of("a"), Account.of("b")))));
    state().addGroup("Public");
    GetAppInfoResult all = await(() -> client.operations().getAppInfo(new GetAppInfoRequest(null)));
    GetAppInfoResult.Day today = all.days().get(0);
    assertThat(today.date()).isEqualTo(beijing(clock.seconds(), "yyyyMMdd"));
    assertThat(today.appId()).isEqualTo(String.valueOf(SDK_APP_ID));
    assertThat(today.registUserNumTotal()).isEqualTo("2");
    assertThat(today.groupAllGroupNum()).isEqualTo("1");
    assertThat(GetAppInfoResult.Day.count(today.upMsgNum())).isZero();

    GetAppInfoResult some = await(() -> client.operations().getAppInfo(
        new GetAppInfoRequest(List.of("RegistUserNumTotal", "Date"))));
    assertThat(some.days().get(0).registUserNumTotal()).isEqualTo("2");
    assertThat(some.days().get(0).appId()).isNull();
    awaitFailure(() -> client.operations().getAppInfo(new GetAppInfoRequest(List.of("NoSuchField"))), 1001);
  }

  @Test
  void getHistoryCodesForHoursWithoutAFile() {
    long now = clock.seconds();
    String thisHour = beijing(now, "yyyyMMddHH");
    String lastHour = beijing(now - 3600, "yyyyMMddHH");
    String longAgo = beijing(now - 8 * 86_400, "yyyyMMddHH");
    awaitFailure(() -> client.operations().getHistory(new GetHistoryRequest(GetHistoryRequest.C2C, thisHour)), 1004);
    awaitFailure(() -> client.operations().getHistory(new GetHistoryRequest(GetHistoryRequest.GROUP, lastHour)),
        1004);
    awaitFailure(() -> client.operations().getHistory(new GetHistoryRequest(GetHistoryRequest.C2C, longAgo)), 1005);
    awaitFailure(() -> client.operations().getHistory(new GetHistoryRequest("Everything", lastHour)), 1001);
    awaitFailure(() -> client.operations().getHistory(new GetHistoryRequest(GetHistoryRequest.C2C, "2026-01-01")),
        1001);
    awaitFailure(() -> client.operations().getHistory(new GetHistoryRequest(GetHistoryRequest.C2C, "2026023012")),
        1001);   // 30 February
  }

  @Test
  void getIpListAnswersTheEmulatorsAddress() {
    assertThat(await(() -> client.operations().getIpList()).ipList()).containsExactly("127.0.0.1");
  }

  @Test
  void banUnbanAndSignChatFiles() {
    String url = "https://cos.example.com/chat/file-1.pdf";
    state().addChatFile(url);
    GetCosSigResult before = await(() -> client.operations().getCosSig(GetCosSigRequest.of(List.of(url,
        "https://cos.example.com/never-sent"))));
    assertThat(before.preSigUrls()).extracting(p -> p.resourceId() + ":" + p.status())
        .containsExactly("1:" + GetCosSigResult.NORMAL, "2:" + GetCosSigResult.MISSING);
    assertThat(before.preSigUrls().get(0).preSigUrl()).startsWith(url + "?");
    assertThat(before.preSigUrls().get(1).preSigUrl()).isNull();

    await(() -> client.operations().forbidIllegalObject(new ForbidIllegalObjectRequest(url)));
    assertThat(state().chatFileBanned(url)).isTrue();
    GetCosSigResult banned = await(() -> client.operations().getCosSig(GetCosSigRequest.of(List.of(url))));
    assertThat(banned.preSigUrls().get(0).status()).isEqualTo(GetCosSigResult.BANNED);
    assertThat(banned.preSigUrls().get(0).preSigUrl()).isNotNull();   // the signed URL still reaches a banned file

    await(() -> client.operations().allowBannedObject(new AllowBannedObjectRequest(url)));
    assertThat(state().chatFileBanned(url)).isFalse();
    assertThat(await(() -> client.operations().getCosSig(GetCosSigRequest.of(List.of(url)))).preSigUrls().get(0)
        .status()).isEqualTo(GetCosSigResult.NORMAL);

    awaitFailure(() -> client.operations().forbidIllegalObject(new ForbidIllegalObjectRequest("not a url")), 1001);
    awaitFailure(() -> client.call("im_cos_msg", "get_cos_sig", new JsonObject()), 1001);
  }
}
