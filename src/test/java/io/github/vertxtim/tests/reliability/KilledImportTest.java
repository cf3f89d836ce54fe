package io.github.vertxtim.tests.reliability;

import io.github.vertxtim.emulator.TimEmulator;
import io.github.vertxtim.emulator.TimEmulatorOptions;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.Timeout;
import io.vertx.junit5.VertxExtension;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A 100,000-account import (multiaccount_import, SAFE) with a journal, in a child JVM killed with SIGKILL at five
 * random moments and rerun each time: at the end every account is in the emulator, the journal settles every item
 * exactly once, and no outcome was reported twice across the runs. {@code -Dkill.seed=N} replays a run.
 */
@Tag("slow")
@ExtendWith(VertxExtension.class)
@Timeout(value = 600, timeUnit = TimeUnit.SECONDS)
class KilledImportTest {

  private static final int ACCOUNTS = 100_000;
  private static final int CHUNK = 100;

  @Test
  void everyAccountOnceAfterFiveKills(Vertx vertx, @TempDir Path dir) throws Exception {
    long seed = Long.getLong("kill.seed", System.currentTimeMillis());
    TimEmulator emulator = TimEmulator.create(vertx, new TimEmulatorOptions().setRateLimitEnabled(false));
    emulator.start().await();
    List<String> lines = new ArrayList<>(ACCOUNTS);
    for (int i = 0; i < ACCOUNTS; i++) {
      lines.add(new JsonObject().put("UserID", "k" + i).encode());
    }
    // 250 calls a second: about 4 s of work, so the kills land mid-job even on a loaded machine
    KillHarness harness = new KillHarness(emulator, dir, "im_open_login_svc/multiaccount_import", lines,
        new JsonObject().put("chunkSize", CHUNK).put("maxInFlight", 8).put("ratePerSecond", 250));
    harness.runWithKills(seed, ACCOUNTS / CHUNK);

    String why = "seed " + seed;
    assertThat(harness.kills).isEqualTo(5);
    // the service: every account, exactly once (the emulator keeps one record per UserID; none extra)
    assertThat(emulator.state().accountCount()).as(why).isEqualTo(ACCOUNTS);
    for (int i = 0; i < ACCOUNTS; i++) {
      assertThat(emulator.state().hasAccount("k" + i)).as(why).isTrue();
    }
    // the journal: every position settled exactly once across the six runs
    KillHarness.JournalView view = harness.read();
    assertThat(view.settledTimes()).as(why).hasSize(ACCOUNTS);
    assertThat(view.settledTimes().values()).as(why).allMatch(n -> n == 1);
    // the outcomes the job reported across the runs: none twice, every one OK
    Map<String, List<String>> reported = harness.reported();
    assertThat(reported.values()).as(why).allMatch(s -> s.size() == 1 && s.get(0).equals("OK"));
    // the last run: its accounting adds up, nothing was unknown (SAFE), and it skipped what the others settled
    JsonObject s = harness.lastSummary;
    assertThat(s).as(why).isNotNull();
    assertThat(s.getLong("items")).isEqualTo(ACCOUNTS);
    assertThat(s.getLong("ok") + s.getLong("failed") + s.getLong("cancelled") + s.getLong("skipped")
        + s.getLong("unknown")).as(why + " " + s).isEqualTo(ACCOUNTS);
    assertThat(s.getLong("unknown")).isZero();
    assertThat(s.getLong("skipped")).as(why + " " + s).isPositive();
    assertThat(s.getString("journalError")).isNull();
    // an outcome lost between its journal record and the child's write is possible only in that instant: report it
    assertThat(reported.size()).as(why + ": outcomes reported across the runs").isLessThanOrEqualTo(ACCOUNTS)
        .isGreaterThan(ACCOUNTS - 5 * 8 * CHUNK);
    System.out.println("KilledImportTest seed " + seed + ": " + reported.size() + " outcomes reported across 6 runs, "
        + "last run " + s.encode());
  }

  /**
   * The same with the emulator stopped at each kill (its state saved to a snapshot file on close) and started
   * again from that file, on the same port, before the rerun: 20,000 accounts, every one in the restarted emulator.
   */
  @Test
  void everyAccountOnceWhenTheEmulatorIsRestartedFromItsSnapshotToo(Vertx vertx, @TempDir Path dir) throws Exception {
    int accounts = 20_000;
    long seed = Long.getLong("kill.seed", System.currentTimeMillis());
    TimEmulatorOptions emulatorOptions = new TimEmulatorOptions().setRateLimitEnabled(false)
        .setStateFile(dir.resolve("emulator.state").toString());
    TimEmulator[] emulator = {TimEmulator.create(vertx, emulatorOptions)};
    emulator[0].start().await();
    emulatorOptions.setPort(emulator[0].port());
    List<String> lines = new ArrayList<>(accounts);
    for (int i = 0; i < accounts; i++) {
      lines.add(new JsonObject().put("UserID", "s" + i).encode());
    }
    int[] restarts = {0};
    KillHarness harness = new KillHarness(emulator[0], dir, "im_open_login_svc/multiaccount_import", lines,
        new JsonObject().put("chunkSize", CHUNK).put("maxInFlight", 8).put("ratePerSecond", 100));
    harness.afterEachKill(() -> {
      emulator[0].close().await();                          // saves the snapshot
      emulator[0] = TimEmulator.create(vertx, emulatorOptions);
      emulator[0].start().await();                          // loads it
      restarts[0]++;
      harness.emulator(emulator[0]);
    });
    harness.runWithKills(seed, accounts / CHUNK);

    String why = "seed " + seed;
    assertThat(restarts[0]).isEqualTo(5);
    assertThat(emulator[0].state().accountCount()).as(why).isEqualTo(accounts);
    for (int i = 0; i < accounts; i++) {
      assertThat(emulator[0].state().hasAccount("s" + i)).as(why).isTrue();
    }
    KillHarness.JournalView view = harness.read();
    assertThat(view.settledTimes()).as(why).hasSize(accounts);
    assertThat(view.settledTimes().values()).as(why).allMatch(n -> n == 1);
    assertThat(harness.reported().values()).as(why).allMatch(s -> s.size() == 1 && s.get(0).equals("OK"));
    JsonObject s = harness.lastSummary;
    assertThat(s.getLong("ok") + s.getLong("skipped")).as(why + " " + s).isEqualTo(accounts);
    System.out.println("KilledImportTest (emulator restarted) seed " + seed + ": last run " + s.encode());
  }
}
