package io.github.vertxtim.tests.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code tim demo} end to end: in-process emulator, typed API workload, summary, exit code. No environment. */
@Timeout(60)
class DemoCommandTest {

  @Test
  void quickStartMatchesEveryCount() {
    Cli.Result r = Cli.run(Map.of(), "demo");

    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(r.out())
        .contains("1000 accounts via multiaccount_import, 10 calls of <= 100")
        .containsPattern("import +10 +1000 .* ok +1000/1000 imported")
        .containsPattern("check +10 +1000 .* ok +1000/1000 Imported")
        .containsPattern("online +2 +1000 .* ok +10 Online, 990 Offline, 0 errors")
        .containsPattern("groups +3 +250 .* ok +250/250 groups in 3 pages, 0 duplicates")
        .containsPattern("total +25 +3250 ")
        .contains("1000 accounts, 250 groups")
        .contains("demo OK");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void customSizesAndBoundedInFlight() {
    Cli.Result r = Cli.run(Map.of(), "demo", "--accounts", "250", "--groups", "120", "--online", "3",
        "--in-flight", "2");

    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(r.out())
        .containsPattern("import +3 +250 .* 250/250 imported")
        .containsPattern("check +3 +250 .* 250/250 Imported")
        .contains("3 Online, 247 Offline, 0 errors")
        .contains("120/120 groups in 2 pages, 0 duplicates")
        .contains("2 requests in flight");
  }

  @Test
  void transientFaultsAreRetriedAndCountsStillMatch() {
    Cli.Result r = Cli.run(Map.of(), "demo", "--accounts", "600", "--groups", "150", "--throttle", "0.2",
        "--fail-502", "0.1", "--max-retries", "8", "--seed", "11", "--no-rate-limit");

    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(r.out()).contains("demo OK").containsPattern("faults injected: reset 0, 502 \\d+, throttle \\d+;");
    assertThat(r.out()).doesNotContain("502 0, throttle 0;");
  }

  @Test
  void unrecoverableFailuresGiveExitOne() {
    Cli.Result r = Cli.run(Map.of(), "demo", "--accounts", "100", "--groups", "10", "--fail-502", "1",
        "--max-retries", "0");

    assertThat(r.exit()).as(r.toString()).isEqualTo(1);
    assertThat(r.out()).contains("0/100 imported").contains("ErrorCode -3 (HTTP_STATUS_ERROR)")
        .contains("demo FAILED");
  }

  @Test
  void badOptionsAreUsageErrors() {
    assertThat(Cli.run(Map.of(), "demo", "--accounts", "-1").exit()).isEqualTo(2);
    assertThat(Cli.run(Map.of(), "demo", "--in-flight", "0").exit()).isEqualTo(2);
    Cli.Result ratio = Cli.run(Map.of(), "demo", "--throttle", "2");
    assertThat(ratio.exit()).isEqualTo(2);
    assertThat(ratio.err()).contains("--throttle must be between 0 and 1");
  }
}
