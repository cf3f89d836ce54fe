package io.github.vertxtim.tests.cli;

import io.github.vertxtim.emulator.EmulatorFaults;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Progress output of the bulk commands on a slow emulator, and cancelling a job through {@code stop()}. */
@Timeout(60)
class BulkProgressAndCancelTest {

  static BulkFixture fx;

  @BeforeAll
  static void start() {
    fx = new BulkFixture();
  }

  @AfterAll
  static void stop() {
    fx.close();
  }

  @AfterEach
  void noFaults() {
    fx.emulator.setFaults(EmulatorFaults.NONE);
  }

  private static Path csv(Path dir, String prefix, int n) throws Exception {
    return BulkFixture.write(dir.resolve(prefix + ".csv"), IntStream.range(0, n).mapToObj(i -> prefix + i).toList());
  }

  @Test
  void linesModePrintsProgressLinesForASlowJob(@TempDir Path dir) throws Exception {
    fx.emulator.setFaults(EmulatorFaults.NONE.withLatencyMillis(150));
    Path file = csv(dir, "pl", 600);

    Cli.Result r = fx.run("import-accounts", file.toString(), "--in-flight", "1", "--progress", "lines",
        "--progress-interval", "0.2");

    assertThat(r.exit()).as(r.toString()).isZero();
    List<String> progress = r.err().lines()
        .filter(l -> l.matches("\\d+/600 done \\(\\d+ ok, 0 failed\\) \\d+/s ETA (\\d+s|--)")).toList();
    assertThat(progress).as(r.err()).hasSizeGreaterThanOrEqualTo(2);
    assertThat(progress.get(progress.size() - 1)).startsWith("600/600 done (600 ok, 0 failed)");
    assertThat(r.err()).doesNotContain("\r");
  }

  @Test
  void barOnATerminalIsRedrawnInPlace(@TempDir Path dir) throws Exception {
    fx.emulator.setFaults(EmulatorFaults.NONE.withLatencyMillis(100));
    Path file = csv(dir, "pb", 500);

    // --progress auto: a bar on a terminal ...
    Cli.Result bar = BulkFixture.runOn(true, fx.env(), "import-accounts", file.toString(), "--in-flight", "1");
    assertThat(bar.exit()).as(bar.toString()).isZero();
    assertThat(bar.err()).contains("\r[").containsPattern("\r\\[#{20}\\] 100% 500/500 \\d[\\d,]*/s ETA 0s *\n");
    assertThat(bar.err()).doesNotContainPattern("(?m)^\\d+/500 done");

    // ... and lines when not
    Cli.Result lines = BulkFixture.runOn(false, fx.env(), "import-accounts", file.toString(), "--progress-interval",
        "0.1");
    assertThat(lines.exit()).isZero();
    assertThat(lines.err()).doesNotContain("\r").containsPattern("(?m)^500/500 done \\(500 ok, 0 failed\\)");
  }

  @Test
  void stopCancelsAndTheSummaryAccountsForEveryLine(@TempDir Path dir) throws Exception {
    fx.emulator.setFaults(EmulatorFaults.NONE.withLatencyMillis(50));
    int n = 3000;
    Path file = csv(dir, "cx", n);
    BulkFixture.Running job = new BulkFixture.Running(fx.env(), "import-accounts", file.toString(), "--rate", "2",
        "--in-flight", "2", "--progress", "none");
    long deadline = System.nanoTime() + 15_000_000_000L;
    while (imported("cx").isEmpty() && System.nanoTime() < deadline && !job.exit.isDone()) {
      Thread.sleep(10);
    }

    Cli.Result r = job.stop();

    assertThat(r.exit()).as(r.toString()).isEqualTo(1);
    Map<String, Long> s = BulkFixture.accounted(r, n);
    assertThat(s.get("cancelled")).as(r.toString()).isGreaterThan(0);
    assertThat(s.get("ok")).isGreaterThan(0);
    // exact: what the summary calls ok is what the emulator holds, and everything else is in the failed file
    Set<String> done = imported("cx");
    assertThat((long) done.size()).isEqualTo(s.get("ok"));
    List<String> failed = BulkFixture.lines(dir.resolve("cx.csv.failed.csv"));
    assertThat((long) failed.size()).isEqualTo(s.get("failed") + s.get("cancelled"));
    Set<String> all = new HashSet<>(done);
    all.addAll(failed);
    assertThat(all).hasSize(n);
    assertThat(BulkFixture.lines(dir.resolve("cx.csv.failed.csv.reasons")))
        .allSatisfy(l -> assertThat(l).matches("line \\d+: CANCELLED -10 CANCELLED: .*"));
    assertThat(r.err()).contains("tim: cancelling");
  }

  private static Set<String> imported(String prefix) {
    Set<String> ids = new HashSet<>();
    fx.emulator.state().accountIds().stream().filter(id -> id.startsWith(prefix)).forEach(ids::add);
    return ids;
  }
}
