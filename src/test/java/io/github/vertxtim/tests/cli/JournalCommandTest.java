package io.github.vertxtim.tests.cli;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code --journal}: rerunning the same command resumes it; unknown outcomes go to the failed file. */
class JournalCommandTest {

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
  void theSameImportRunAgainSkipsEverything(@TempDir Path dir) throws Exception {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 250; i++) {
      lines.add("jr" + i + ",Nick" + i);
    }
    Path file = BulkFixture.write(dir.resolve("users.csv"), lines);
    String journal = dir.resolve("users.journal").toString();

    Cli.Result first = fx.run("import-accounts", file.toString(), "--journal", journal, "--progress", "none");
    assertThat(first.exit()).as(first.toString()).isZero();
    assertThat(first.out()).contains("journal      skipped 0, retried 0, unknown 0");

    Cli.Result again = fx.run("import-accounts", file.toString(), "--journal", journal, "--progress", "none");
    assertThat(again.exit()).as(again.toString()).isZero();
    assertThat(again.err()).contains("resuming from journal " + journal);
    assertThat(again.out()).contains("journal      skipped 250, retried 0, unknown 0");
    assertThat(BulkFixture.summary(again).get("calls")).isZero();
  }

  @Test
  void anUnsafeBulkResumedReportsUnknownItemsInTheFailedFile(@TempDir Path dir) throws Exception {
    fx.emulator.state().addAccount("jowner");
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      fx.emulator.state().addAccount("jb" + i);
      lines.add("\"jb" + i + "\"");
    }
    lines.add(40, "{not json");
    Path file = BulkFixture.write(dir.resolve("block.jsonl"), lines);
    Path journal = dir.resolve("block.journal");
    String[] args = {"bulk", "sns/black_list_add", file.toString(), "--template", "{\"From_Account\":\"jowner\"}",
        "--chunk", "10", "--journal", journal.toString(), "--progress", "none"};

    Cli.Result first = fx.run(args);
    assertThat(first.exit()).as(first.toString()).isEqualTo(1);
    Path failed = dir.resolve("block.jsonl.failed.jsonl");
    assertThat(BulkFixture.lines(failed)).containsExactly("{not json");

    // what a run killed with chunks 3..9 in flight leaves: their settled records lost, a torn last line
    List<String> kept = new ArrayList<>();
    for (String line : BulkFixture.lines(journal)) {
      if (!(line.contains("\"t\":\"settled\"") && !line.contains("\"c\":0,") && !line.contains("\"c\":1,")
          && !line.contains("\"c\":2,"))) {
        kept.add(line);
      }
    }
    Files.writeString(journal, String.join("\n", kept) + "\n{\"t\":\"sent\",\"c\"", StandardCharsets.UTF_8);

    Cli.Result resumed = fx.run(args);
    assertThat(resumed.exit()).as(resumed.toString()).isEqualTo(1);
    assertThat(resumed.out()).contains("journal      skipped 30, retried 0, unknown 70");
    Map<String, Long> s = BulkFixture.summary(resumed);
    assertThat(s.get("calls")).isZero();
    List<String> failedLines = BulkFixture.lines(failed);
    // the malformed line once (the first run wrote it), then the 70 unknown items
    assertThat(failedLines).hasSize(71).startsWith("{not json").doesNotHaveDuplicates();
    List<String> reasons = BulkFixture.lines(dir.resolve("block.jsonl.failed.jsonl.reasons"));
    assertThat(reasons.subList(1, 71)).allSatisfy(r -> assertThat(r).contains("UNKNOWN -13 UNKNOWN_OUTCOME")
        .contains("unknown outcome"));
  }

  @Test
  void anotherJobsJournalIsAClearError(@TempDir Path dir) throws Exception {
    Path file = BulkFixture.write(dir.resolve("u.csv"), List.of("jo1,A", "jo2,B"));
    String journal = dir.resolve("u.journal").toString();
    assertThat(fx.run("import-accounts", file.toString(), "--journal", journal, "--progress", "none").exit())
        .isZero();
    Path ids = BulkFixture.write(dir.resolve("ids.jsonl"), List.of("{\"UserID\":\"jo1\"}"));
    Cli.Result other = fx.run("bulk", "im_open_login_svc/account_delete", ids.toString(), "--journal", journal,
        "--progress", "none");
    assertThat(other.exit()).as(other.toString()).isNotZero();
    assertThat(other.err()).contains("belongs to another job").contains("im_open_login_svc/multiaccount_import");
  }
}
