package io.github.vertxtim.tests.cli;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code tim import-accounts} against an emulator: CSV and JSON lines, malformed lines, the failed file fed back. */
@Timeout(60)
class ImportAccountsCommandTest {

  static BulkFixture fx;

  @BeforeAll
  static void start() {
    fx = new BulkFixture();
  }

  @AfterAll
  static void stop() {
    fx.close();
  }

  @Test
  void anEmptyFileEndsAtOnceWithASaneElapsedTime(@TempDir Path dir) throws Exception {
    Path file = BulkFixture.write(dir.resolve("empty.csv"), List.of());
    long start = System.nanoTime();
    Cli.Result r = fx.run("import-accounts", file.toString(), "--progress", "none");
    double wallSeconds = (System.nanoTime() - start) / 1e9;

    assertThat(r.exit()).as(r.toString()).isZero();
    Map<String, Long> s = BulkFixture.accounted(r, 0);
    assertThat(s.get("calls")).isZero();
    Matcher elapsed = Pattern.compile("elapsed +([0-9.]+) s").matcher(r.out());
    assertThat(elapsed.find()).as(r.out()).isTrue();
    // was about 1.8e9 s: elapsed was computed before the job's start time was set
    assertThat(Double.parseDouble(elapsed.group(1))).as(r.out()).isBetween(0.0, wallSeconds);
  }

  @Test
  void csvWithHeaderQuotedFieldsAndCrlfImportsEveryAccount(@TempDir Path dir) throws Exception {
    StringBuilder csv = new StringBuilder("\uFEFFuserid,nick,faceurl\r\n");
    for (int i = 0; i < 1234; i++) {
      switch (i % 4) {
        case 0 -> csv.append("csv").append(i).append("\r\n");                                   // UserID only
        case 1 -> csv.append("csv").append(i).append(",\"Smith, J.\",\r\n");                      // comma in quotes
        case 2 -> csv.append("\"csv").append(i).append("\",\"Say \"\"hi\"\"\",https://x/a.png\r\n"); // "" escape
        default -> csv.append("csv").append(i).append(",Nick ").append(i).append("\r\n\r\n");     // blank line after
      }
    }
    Path file = dir.resolve("accounts.csv");
    Files.writeString(file, csv, StandardCharsets.UTF_8);

    Cli.Result r = fx.run("import-accounts", file.toString(), "--progress", "none");

    assertThat(r.exit()).as(r.toString()).isZero();
    Map<String, Long> s = BulkFixture.accounted(r, 1234);
    assertThat(s.get("ok")).isEqualTo(1234);
    assertThat(s.get("failed")).isZero();
    assertThat(s.get("calls")).isEqualTo(13);  // 100 per multiaccount_import
    IntStream.range(0, 1234).forEach(i -> assertThat(fx.emulator.state().hasAccount("csv" + i)).as("csv" + i).isTrue());
    assertThat(r.out()).contains("failed file  none");
    assertThat(dir.resolve("accounts.csv.failed.csv")).doesNotExist();
    assertThat(dir.resolve("accounts.csv.failed.csv.reasons")).doesNotExist();
  }

  @Test
  void jsonLinesImportEveryAccount(@TempDir Path dir) throws Exception {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 1234; i++) {
      lines.add(i % 2 == 0 ? "{\"UserID\":\"jl" + i + "\"}"
          : "{\"UserID\":\"jl" + i + "\",\"Nick\":\"N, " + i + "\",\"FaceUrl\":\"https://x/" + i + ".png\",\"Extra\":1}");
    }
    Path file = BulkFixture.write(dir.resolve("accounts.json"), lines);   // .json is taken as JSON lines

    Cli.Result r = fx.run("import-accounts", file.toString(), "--progress", "none", "--in-flight", "4");

    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(BulkFixture.accounted(r, 1234).get("ok")).isEqualTo(1234);
    IntStream.range(0, 1234).forEach(i -> assertThat(fx.emulator.state().hasAccount("jl" + i)).as("jl" + i).isTrue());
  }

  @Test
  void malformedCsvLinesAreFailedItemsAndTheFixedFailedFileImports(@TempDir Path dir) throws Exception {
    List<String> lines = new ArrayList<>();
    lines.add("UserID,Nick,FaceUrl");
    for (int i = 0; i < 300; i++) {
      lines.add("mal" + i + ",Nick" + i);
    }
    List<String> bad = List.of("mal_q,\"unterminated, quote", ",NoUserId", "mal_w,a,b,c");
    lines.set(11, bad.get(0));     // file lines 12, 101, 251
    lines.set(100, bad.get(1));
    lines.set(250, bad.get(2));
    Path file = BulkFixture.write(dir.resolve("users.csv"), lines);

    Cli.Result r = fx.run("import-accounts", file.toString(), "--progress", "none");

    assertThat(r.exit()).as(r.toString()).isEqualTo(1);
    Map<String, Long> s = BulkFixture.accounted(r, 300);
    assertThat(s.get("ok")).isEqualTo(297);
    assertThat(s.get("failed")).isEqualTo(3);
    assertThat(s.get("cancelled")).isZero();
    assertThat(r.out()).contains("-6 INVALID_ARGUMENT 3 (malformed lines, not sent)");
    Path failed = dir.resolve("users.csv.failed.csv");
    assertThat(BulkFixture.lines(failed)).containsExactly(bad.get(0), bad.get(1), bad.get(2));
    assertThat(r.out()).contains("failed file  " + failed + "  (3 lines; reasons in " + failed + ".reasons)");
    List<String> reasons = BulkFixture.lines(dir.resolve("users.csv.failed.csv.reasons"));
    assertThat(reasons).hasSize(3);
    assertThat(reasons.get(0)).startsWith("line 12: FAILED -6 INVALID_ARGUMENT: malformed CSV");
    assertThat(reasons.get(1)).startsWith("line 101: FAILED -6 INVALID_ARGUMENT: missing UserID");
    assertThat(reasons.get(2)).startsWith("line 251: FAILED -6 INVALID_ARGUMENT: expected at most 3 CSV fields");
    assertThat(r.err()).contains("tim: line 12 not sent: malformed CSV");
    assertThat(fx.emulator.state().hasAccount("mal0")).isTrue();
    assertThat(fx.emulator.state().hasAccount("mal10")).isFalse();
    assertThat(fx.emulator.state().accountIds().stream().filter(id -> id.startsWith("mal"))).hasSize(297);

    // fix the three lines in the failed file, feed it back as it is
    BulkFixture.write(failed, List.of("mal_q,\"quoted, now closed\"", "mal_id,HasOneNow", "mal_w,a,b"));
    Cli.Result again = fx.run("import-accounts", failed.toString(), "--progress", "none");

    assertThat(again.exit()).as(again.toString()).isZero();
    assertThat(BulkFixture.accounted(again, 3).get("ok")).isEqualTo(3);
    assertThat(fx.emulator.state().hasAccount("mal_q")).isTrue();
    assertThat(fx.emulator.state().hasAccount("mal_id")).isTrue();
    assertThat(fx.emulator.state().hasAccount("mal_w")).isTrue();
    assertThat(dir.resolve("users.csv.failed.csv.failed.csv")).doesNotExist();
  }

  @Test
  void malformedJsonLinesAndServiceRejectionsGoToTheFailedFileAsTheyWere(@TempDir Path dir) throws Exception {
    String tooLong = "x".repeat(40);   // over the service's 32-byte UserID limit: FailAccounts, not a local check
    List<String> lines = List.of(
        "{\"UserID\":\"js_a\"}",
        "{\"UserID\":\"js_b\", \"Nick\": 7}",
        "{\"UserID\":",
        "[\"js_c\"]",
        "{\"Nick\":\"no id\"}",
        "{\"UserID\":\"" + tooLong + "\"}",
        "{\"UserID\":\"js_d\",\"Nick\":\"D\"}");
    Path file = BulkFixture.write(dir.resolve("users.jsonl"), lines);
    Path failed = dir.resolve("retry.jsonl");

    Cli.Result r = fx.run("import-accounts", file.toString(), "--failed", failed.toString(), "--progress", "none");

    assertThat(r.exit()).as(r.toString()).isEqualTo(1);
    Map<String, Long> s = BulkFixture.accounted(r, 7);
    assertThat(s.get("ok")).isEqualTo(2);
    assertThat(s.get("failed")).isEqualTo(5);
    assertThat(r.out()).contains("-6 INVALID_ARGUMENT 4").contains("-11 ITEM_FAILED 1");
    assertThat(BulkFixture.lines(failed)).containsExactlyInAnyOrder(lines.get(1), lines.get(2), lines.get(3),
        lines.get(4), lines.get(5));
    assertThat(BulkFixture.lines(dir.resolve("retry.jsonl.reasons")))
        .anySatisfy(l -> assertThat(l).startsWith("line 2: FAILED -6 INVALID_ARGUMENT: Nick must be a string"))
        .anySatisfy(l -> assertThat(l).startsWith("line 3: FAILED -6 INVALID_ARGUMENT: not valid JSON"))
        .anySatisfy(l -> assertThat(l).startsWith("line 4: FAILED -6 INVALID_ARGUMENT: expected a JSON object"))
        .anySatisfy(l -> assertThat(l).startsWith("line 5: FAILED -6 INVALID_ARGUMENT: missing UserID"))
        .anySatisfy(l -> assertThat(l).isEqualTo("line 6: FAILED -11 ITEM_FAILED: listed in FailAccounts"));
    assertThat(fx.emulator.state().hasAccount("js_a")).isTrue();
    assertThat(fx.emulator.state().hasAccount("js_d")).isTrue();
    assertThat(fx.emulator.state().hasAccount("js_b")).isFalse();
  }

  @Test
  void usageErrorsExitTwoAndSendNothing(@TempDir Path dir) throws Exception {
    Path txt = BulkFixture.write(dir.resolve("users.txt"), List.of("u_txt"));
    Path csv = BulkFixture.write(dir.resolve("users.csv"), List.of("u_csv"));
    long before = fx.emulator.stats().requests();

    assertUsage(fx.run("import-accounts", txt.toString()), "cannot tell the format of");
    assertUsage(fx.run("import-accounts", txt.toString(), "--format", "xml"), "--format must be csv or jsonl");
    assertUsage(fx.run("import-accounts", dir.resolve("none.csv").toString()), "no such file");
    assertUsage(fx.run("import-accounts", csv.toString(), "--failed", csv.toString()), "is the input file");
    assertUsage(fx.run("import-accounts", csv.toString(), "--in-flight", "0"), "--in-flight must be between 1 and 256");
    assertUsage(fx.run("import-accounts", csv.toString(), "--rate", "-1"), "--rate must be > 0");
    assertUsage(fx.run("import-accounts", csv.toString(), "--progress", "fancy"), "--progress");
    assertUsage(fx.run("import-accounts", csv.toString(), "--failed", dir.resolve("no/such/dir/f.csv").toString()),
        "cannot write the failed file");
    assertThat(fx.emulator.stats().requests()).isEqualTo(before);

    // --format overrides the extension
    Cli.Result r = fx.run("import-accounts", txt.toString(), "--format", "CSV", "--progress", "none");
    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(fx.emulator.state().hasAccount("u_txt")).isTrue();
  }

  private static void assertUsage(Cli.Result r, String message) {
    assertThat(r.exit()).as(r.toString()).isEqualTo(2);
    assertThat(r.err()).contains(message);
    assertThat(r.out()).doesNotContain("items");
  }
}
