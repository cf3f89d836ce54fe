package io.github.vertxtim.tests.reliability;

import io.github.vertxtim.TimClient;
import io.github.vertxtim.TimClientOptions;
import io.github.vertxtim.TimErrorCode;
import io.github.vertxtim.bulk.BulkJob;
import io.github.vertxtim.bulk.BulkJournalException;
import io.github.vertxtim.bulk.BulkJournalOptions;
import io.github.vertxtim.bulk.BulkOptions;
import io.github.vertxtim.bulk.BulkOutcome;
import io.github.vertxtim.bulk.BulkSummary;
import io.github.vertxtim.emulator.TimEmulator;
import io.github.vertxtim.emulator.TimEmulatorOptions;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.Timeout;
import io.vertx.junit5.VertxExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Resuming journaled jobs after a crash, the crash made by cutting a finished job's journal back to what a killed
 * run would have left: every {@code sent} record, the {@code settled} records of the first chunks only, and a torn
 * last line. (The SIGKILL tests are {@link KilledImportTest} and {@link KilledBatchSendTest}.)
 */
@ExtendWith(VertxExtension.class)
@Timeout(value = 60, timeUnit = TimeUnit.SECONDS)
class JournalResumeTest {

  private static final int ITEMS = 1000;
  private static final int CHUNK = 50;
  /** Chunks whose settled record survives the cut; the other 14 were in flight at the "crash". */
  private static final int SETTLED = 6;

  @TempDir
  Path dir;
  private TimEmulator emulator;
  private TimClient client;

  @BeforeEach
  void start(Vertx vertx) {
    emulator = TimEmulator.create(vertx, new TimEmulatorOptions().setRateLimitEnabled(false));
    emulator.start().await();
    client = TimClient.create(vertx, new TimClientOptions().setSdkAppId(emulator.options().getSdkAppId())
        .setSecretKey(emulator.options().getSecretKey()).setEndpoint(emulator.baseUrl()));
  }

  private Run run(String service, String command, List<?> items, BulkOptions options) {
    BulkJob<Object> job = client.bulk(service, command, new ArrayList<Object>(items), options);
    Run run = new Run();
    job.outcomes().handler(o -> run.outcomes.add(o));
    run.summary = job.summary().await();
    return run;
  }

  private static final class Run {
    final List<BulkOutcome<Object>> outcomes = new ArrayList<>();
    BulkSummary summary;
  }

  private BulkOptions options(Path journal) {
    return new BulkOptions().setChunkSize(CHUNK).setMaxInFlight(4).setRatePerSecond(100_000)
        .setJournal(new BulkJournalOptions().setPath(journal.toString()));
  }

  private static List<JsonObject> accounts(String prefix) {
    return users(prefix).stream().map(u -> new JsonObject().put("UserID", u)).toList();
  }

  private static List<String> users(String prefix) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < ITEMS; i++) {
      ids.add(prefix + i);
    }
    return ids;
  }

  /** Keeps the header, every sent record, the first {@link #SETTLED} settled records, and a torn line. */
  private static void crash(Path journal) throws IOException {
    List<String> kept = new ArrayList<>();
    int settled = 0;
    for (String line : Files.readAllLines(journal)) {
      if (line.contains("\"t\":\"settled\"") && settled++ >= SETTLED) {
        continue;
      }
      kept.add(line);
    }
    Files.writeString(journal, String.join("\n", kept) + "\n{\"t\":\"settled\",\"c\":1", StandardCharsets.UTF_8);
  }

  @Test
  void aFinishedJobRunAgainSendsNothing() {
    Path journal = dir.resolve("import.journal");
    Run first = run("im_open_login_svc", "multiaccount_import", accounts("u"), options(journal));
    assertThat(first.summary.ok()).isEqualTo(ITEMS);
    Run again = run("im_open_login_svc", "multiaccount_import", accounts("u"), options(journal));
    assertThat(again.summary.skipped()).isEqualTo(ITEMS);
    assertThat(again.summary.calls()).isZero();
    assertThat(again.outcomes).isEmpty();
    assertThat(again.summary.allOk()).isTrue();
  }

  @Test
  void safeEndpointResumesWhatWasInFlight() throws IOException {
    Path journal = dir.resolve("import.journal");
    run("im_open_login_svc", "multiaccount_import", accounts("u"), options(journal));
    crash(journal);
    emulator.state().clear();
    Run resumed = run("im_open_login_svc", "multiaccount_import", accounts("u"), options(journal));
    BulkSummary s = resumed.summary;
    assertThat(s.skipped()).isEqualTo(SETTLED * CHUNK);
    assertThat(s.resumed()).isEqualTo(ITEMS - SETTLED * CHUNK);
    assertThat(s.unknown()).isZero();
    assertThat(s.ok()).isEqualTo(ITEMS - SETTLED * CHUNK);
    assertThat(s.ok() + s.failed() + s.cancelled() + s.skipped() + s.unknown()).isEqualTo(s.items());
    assertThat(resumed.outcomes).hasSize((int) s.ok());
    // the skipped chunks were not sent again (the emulator was cleared): exactly the resumed ones are there
    assertThat(emulator.state().accountCount()).isEqualTo(ITEMS - SETTLED * CHUNK);
    // a third run finds everything settled
    assertThat(run("im_open_login_svc", "multiaccount_import", accounts("u"), options(journal)).summary.skipped())
        .isEqualTo(ITEMS);
  }

  @Test
  void unsafeEndpointReportsUnknownAndSendsNothingAgain() throws IOException {
    String owner = "owner";
    emulator.state().addAccount(owner);
    users("b").forEach(emulator.state()::addAccount);
    Path journal = dir.resolve("block.journal");
    BulkOptions options = options(journal).setTemplate(new JsonObject().put("From_Account", owner));
    run("sns", "black_list_add", users("b"), options);
    crash(journal);
    Run resumed = run("sns", "black_list_add", users("b"), options);
    BulkSummary s = resumed.summary;
    assertThat(s.unknown()).isEqualTo(ITEMS - SETTLED * CHUNK);
    assertThat(s.skipped()).isEqualTo(SETTLED * CHUNK);
    assertThat(s.calls()).isZero();
    assertThat(resumed.outcomes).hasSize((int) s.unknown()).allSatisfy(o -> {
      assertThat(o.status()).isEqualTo(BulkOutcome.Status.UNKNOWN);
      assertThat(o.errorCode()).isEqualTo(TimErrorCode.UNKNOWN_OUTCOME.code());
      assertThat(o.errorInfo()).contains("unknown outcome");
    });
    // the unknown ones are settled now: a third run skips them too
    assertThat(run("sns", "black_list_add", users("b"), options).summary.skipped()).isEqualTo(ITEMS);
  }

  @Test
  void msgRandomEndpointResumesWithTheJournaledMsgRandomInsideTheWindow() throws IOException {
    users("r").forEach(emulator.state()::addAccount);
    Path journal = dir.resolve("send.journal");
    BulkOptions options = options(journal).setTemplate(sendTemplate());
    run("openim", "batchsendmsg", users("r"), options);
    crash(journal);
    Run resumed = run("openim", "batchsendmsg", users("r"), options);
    assertThat(resumed.summary.resumed()).isEqualTo(ITEMS - SETTLED * CHUNK);
    assertThat(resumed.summary.ok()).isEqualTo(ITEMS - SETTLED * CHUNK);
    // sent twice, de-duplicated by the service: every recipient holds the message once
    String admin = emulator.options().getAdminIdentifier();
    for (String r : users("r")) {
      assertThat(emulator.state().c2cMessageCount(admin, r)).as(r).isEqualTo(1);
    }
  }

  @Test
  void msgRandomEndpointPastTheWindowReportsUnknown() throws IOException {
    users("r").forEach(emulator.state()::addAccount);
    Path journal = dir.resolve("send.journal");
    BulkOptions options = options(journal).setTemplate(sendTemplate());
    options.getJournal().setDedupWindowMillis(1);
    run("openim", "batchsendmsg", users("r"), options);
    crash(journal);
    Run resumed = run("openim", "batchsendmsg", users("r"), options);
    assertThat(resumed.summary.unknown()).isEqualTo(ITEMS - SETTLED * CHUNK);
    assertThat(resumed.summary.calls()).isZero();
  }

  private static JsonObject sendTemplate() {
    return new JsonObject().put("SyncOtherMachine", 2).put("MsgBody", new JsonArray().add(new JsonObject()
        .put("MsgType", "TIMTextElem").put("MsgContent", new JsonObject().put("Text", "hello"))));
  }

  @Test
  void anotherJobsJournalIsRefused() {
    Path journal = dir.resolve("import.journal");
    run("im_open_login_svc", "multiaccount_import", accounts("u"), options(journal));
    users("u").forEach(emulator.state()::addAccount);
    BulkJob<Object> other = client.bulk("im_open_login_svc", "account_delete", new ArrayList<Object>(accounts("u")),
        options(journal));
    assertThatThrownBy(() -> other.summary().await()).isInstanceOf(BulkJournalException.class)
        .hasMessageContaining("belongs to another job")
        .hasMessageContaining("im_open_login_svc/multiaccount_import");
  }

  @Test
  void aChangedSourceIsRecognisedAndNotSent() throws IOException {
    Path journal = dir.resolve("import.journal");
    run("im_open_login_svc", "multiaccount_import", accounts("u"), options(journal));
    crash(journal);
    emulator.state().clear();
    Run changed = run("im_open_login_svc", "multiaccount_import", accounts("v"), options(journal));
    assertThat(changed.summary.journalError()).isInstanceOf(BulkJournalException.class)
        .hasMessageContaining("the source differs from the journal");
    assertThat(changed.summary.cancelled()).isEqualTo(ITEMS);
    assertThat(emulator.state().accountCount()).isZero();
    Map<BulkOutcome.Status, Integer> byStatus = new HashMap<>();
    changed.outcomes.forEach(o -> byStatus.merge(o.status(), 1, Integer::sum));
    assertThat(byStatus).containsOnlyKeys(BulkOutcome.Status.CANCELLED);
  }
}
