package io.github.vertxtim.tests.cli;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code tim export-groups}: every group once, as JSON lines, to a file or stdout. */
@Timeout(60)
class ExportGroupsCommandTest {

  static BulkFixture fx;
  static List<String> publicGroups;
  static List<String> privateGroups;

  @BeforeAll
  static void start() {
    fx = new BulkFixture();
    publicGroups = fx.emulator.state().addGroups(250, "Public");
    privateGroups = fx.emulator.state().addGroups(30, "Private");
  }

  @AfterAll
  static void stop() {
    fx.close();
  }

  @Test
  void exportsEveryGroupOfATypeToAFile(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("groups.jsonl");
    long before = fx.emulator.stats().requests("group_open_http_svc/get_appid_group_list");

    Cli.Result r = fx.run("export-groups", "--type", "public", "--limit", "100", "--out", out.toString());

    assertThat(r.exit()).as(r.toString()).isZero();
    List<String> lines = BulkFixture.lines(out);
    assertThat(lines).hasSize(250);
    Set<String> ids = new HashSet<>();
    for (String line : lines) {
      JsonObject group = new JsonObject(line);
      assertThat(group.fieldNames()).containsExactly("GroupId");
      ids.add(group.getString("GroupId"));
    }
    assertThat(ids).hasSize(250).containsExactlyInAnyOrderElementsOf(publicGroups);
    assertThat(r.err()).contains("tim: 250 groups exported to " + out);
    assertThat(r.out()).isEmpty();
    // 3 pages of <= 100: the paging stopped at Next 0
    assertThat(fx.emulator.stats().requests("group_open_http_svc/get_appid_group_list") - before).isEqualTo(3);
  }

  @Test
  void exportsAllGroupsToStdout() {
    Cli.Result r = fx.run("export-groups", "--limit", "64");

    assertThat(r.exit()).as(r.toString()).isZero();
    List<String> lines = r.out().lines().toList();
    assertThat(lines).hasSize(280);
    assertThat(lines.stream().map(l -> new JsonObject(l).getString("GroupId")).distinct())
        .hasSize(280).containsAll(publicGroups).containsAll(privateGroups);
    assertThat(r.err()).contains("tim: 280 groups exported to stdout");
  }

  @Test
  void badOptionsAreUsageErrors() {
    Cli.Result limit = fx.run("export-groups", "--limit", "0");
    assertThat(limit.exit()).isEqualTo(2);
    assertThat(limit.err()).contains("--limit must be between 1 and 10000");

    Cli.Result type = fx.run("export-groups", "--type", "Club");
    assertThat(type.exit()).isEqualTo(2);
    assertThat(type.err()).contains("unknown --type 'Club'").contains("AVChatRoom");

    Cli.Result dir = fx.run("export-groups", "--out", "/nonexistent-dir/groups.jsonl");
    assertThat(dir.exit()).isEqualTo(2);
    assertThat(dir.err()).contains("cannot write /nonexistent-dir/groups.jsonl");
  }
}
