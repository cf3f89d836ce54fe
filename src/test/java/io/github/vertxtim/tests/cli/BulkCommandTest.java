package io.github.vertxtim.tests.cli;

import io.github.vertxtim.registry.Endpoint;
import io.github.vertxtim.registry.EndpointRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code tim bulk SERVICE/COMMAND FILE} on batchable endpoints of the emulator, and the refusal of the others. */
@Timeout(60)
class BulkCommandTest {

  static BulkFixture fx;

  @BeforeAll
  static void start() {
    fx = new BulkFixture();
  }

  @AfterAll
  static void stop() {
    fx.close();
  }

  /** Imports {@code n} accounts {@code prefix0..} with {@code tim bulk} on multiaccount_import (object items). */
  private static List<String> imported(Path dir, String prefix, int n) throws Exception {
    List<String> ids = IntStream.range(0, n).mapToObj(i -> prefix + i).toList();
    Path file = BulkFixture.write(dir.resolve(prefix + ".jsonl"),
        ids.stream().map(id -> "{\"UserID\":\"" + id + "\"}").toList());
    Cli.Result r = fx.run("bulk", "im_open_login_svc/multiaccount_import", file.toString(), "--progress", "none");
    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(BulkFixture.accounted(r, n).get("ok")).isEqualTo(n);
    ids.forEach(id -> assertThat(fx.emulator.state().hasAccount(id)).as(id).isTrue());
    return ids;
  }

  private static List<String> quoted(List<String> ids) {
    return ids.stream().map(id -> "\"" + id + "\"").toList();
  }

  @Test
  void aJsonArrayFileIsExplainedNotFailedLineByLine(@TempDir Path dir) throws Exception {
    Path file = BulkFixture.write(dir.resolve("accounts.json"), List.of("", "[{\"UserID\":\"a\"},", "{\"UserID\":\"b\"}]"));
    Cli.Result r = fx.run("bulk", "im_open_login_svc/multiaccount_import", file.toString(), "--progress", "none");
    assertThat(r.exit()).as(r.toString()).isEqualTo(2);
    assertThat(r.err()).contains("holds a JSON array, but the file must be JSON lines").contains("jq -c '.[]'");
    assertThat(fx.emulator.state().hasAccount("a")).isFalse();
  }

  @Test
  void queryOnlineStatusOfKnownAccountsExitsZero(@TempDir Path dir) throws Exception {
    List<String> ids = imported(dir, "on", 1200);
    Path file = BulkFixture.write(dir.resolve("online.jsonl"), quoted(ids));

    Cli.Result r = fx.run("bulk", "openim/query_online_status", file.toString(), "--progress", "none");

    assertThat(r.exit()).as(r.toString()).isZero();
    Map<String, Long> s = BulkFixture.accounted(r, 1200);
    assertThat(s.get("ok")).isEqualTo(1200);
    assertThat(s.get("calls")).isEqualTo(3);   // 500 per request
    assertThat(dir.resolve("online.jsonl.failed.jsonl")).doesNotExist();
  }

  @Test
  void unknownAccountsComeBackAsFailedItemsWith70107(@TempDir Path dir) throws Exception {
    List<String> lines = new ArrayList<>(quoted(imported(dir, "mix", 10)));
    lines.add(3, "\"ghost_1\"");
    lines.add("\"ghost_2\"");
    Path file = BulkFixture.write(dir.resolve("mixed.jsonl"), lines);

    Cli.Result r = fx.run("bulk", "openim/query_online_status", file.toString(), "--progress", "none");

    // the service answers OK with ErrorList[{To_Account, ErrorCode 70107}]: the engine makes those failed items
    assertThat(r.exit()).as(r.toString()).isEqualTo(1);
    Map<String, Long> s = BulkFixture.accounted(r, 12);
    assertThat(s.get("ok")).isEqualTo(10);
    assertThat(s.get("failed")).isEqualTo(2);
    assertThat(s.get("calls")).isEqualTo(1);
    assertThat(r.out()).contains("70107 ACCOUNT_NOT_IMPORTED 2")
        // the client's meters agree with the summary: they count at the same place
        .containsPattern("(?m)^  bulk items       \\(failed 2, ok 10\\)$")
        .containsPattern("(?m)^  calls            1  \\(ok 1\\)  mean ");
    assertThat(BulkFixture.lines(dir.resolve("mixed.jsonl.failed.jsonl")))
        .containsExactlyInAnyOrder("\"ghost_1\"", "\"ghost_2\"");
    assertThat(BulkFixture.lines(dir.resolve("mixed.jsonl.failed.jsonl.reasons")))
        .containsExactlyInAnyOrder("line 4: FAILED 70107 ACCOUNT_NOT_IMPORTED: ErrorList code 70107",
            "line 12: FAILED 70107 ACCOUNT_NOT_IMPORTED: ErrorList code 70107");
  }

  @Test
  void objectItemsTemplateAndChunk(@TempDir Path dir) throws Exception {
    List<String> ids = imported(dir, "del", 45);
    Path file = BulkFixture.write(dir.resolve("delete.jsonl"),
        ids.stream().map(id -> "{\"UserID\":\"" + id + "\"}").toList());

    Cli.Result r = fx.run("bulk", "im_open_login_svc/account_delete", file.toString(), "--chunk", "10",
        "--progress", "none");

    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(BulkFixture.accounted(r, 45).get("calls")).isEqualTo(5);
    ids.forEach(id -> assertThat(fx.emulator.state().hasAccount(id)).as(id).isFalse());

    // the template's fields go with every request: an invalid IsNeedDetail fails each call, so every item
    Path names = BulkFixture.write(dir.resolve("names.jsonl"), quoted(ids.subList(0, 5)));
    Cli.Result bad = fx.run("bulk", "openim/query_online_status", names.toString(), "--template",
        "{\"IsNeedDetail\":7}", "--progress", "none");
    assertThat(bad.exit()).as(bad.toString()).isEqualTo(1);
    assertThat(BulkFixture.accounted(bad, 5).get("failed")).isEqualTo(5);
    assertThat(bad.out()).contains("70402 ");
    assertThat(BulkFixture.lines(dir.resolve("names.jsonl.failed.jsonl"))).containsExactlyElementsOf(quoted(ids.subList(0, 5)));
  }

  @Test
  void endpointsThatAreNotBatchableAreRefused(@TempDir Path dir) throws Exception {
    Path file = BulkFixture.write(dir.resolve("kick.jsonl"), List.of("{\"UserID\":\"a\"}"));
    long before = fx.emulator.stats().requests();

    Cli.Result kick = fx.run("bulk", "im_open_login_svc/kick", file.toString());
    assertThat(kick.exit()).as(kick.toString()).isEqualTo(2);
    assertThat(kick.err()).contains("im_open_login_svc/kick is not batchable")
        .contains("'tim endpoints --batchable'").contains("im_open_login_svc/multiaccount_import");

    Cli.Result unknown = fx.run("bulk", "nosuch/command", file.toString());
    assertThat(unknown.exit()).isEqualTo(2);
    assertThat(unknown.err()).contains("not in the endpoint registry");

    Cli.Result itemsInTemplate = fx.run("bulk", "openim/query_online_status", file.toString(), "--template",
        "{\"To_Account\":[\"x\"]}");
    assertThat(itemsInTemplate.exit()).isEqualTo(2);
    assertThat(itemsInTemplate.err()).contains("--template must not hold To_Account");

    Cli.Result badTemplate = fx.run("bulk", "openim/query_online_status", file.toString(), "--template", "{oops");
    assertThat(badTemplate.exit()).isEqualTo(2);
    assertThat(badTemplate.err()).contains("--template: invalid JSON");

    Cli.Result bigChunk = fx.run("bulk", "openim/query_online_status", file.toString(), "--chunk", "501");
    assertThat(bigChunk.exit()).isEqualTo(2);
    assertThat(bigChunk.err()).contains("--chunk must be between 1 and 500");
    assertThat(fx.emulator.stats().requests()).isEqualTo(before);

    Cli.Result list = Cli.run(Map.of(), "endpoints", "--batchable");
    long batchable = EndpointRegistry.defaultRegistry().endpoints().stream().filter(Endpoint::batchable).count();
    assertThat(list.exit()).isZero();
    assertThat(list.out()).contains(batchable + " endpoints").contains("openim/query_online_status")
        .doesNotContain("im_open_login_svc/kick");
  }

  @Test
  void helpListsTheBulkCommands() {
    Cli.Result help = Cli.run(Map.of(), "--help");
    assertThat(help.out()).contains("import-accounts").contains("bulk").contains("export-groups");

    Cli.Result bulk = Cli.run(Map.of(), "bulk", "--help");
    assertThat(bulk.exit()).isZero();
    assertThat(bulk.out()).contains("SERVICE/COMMAND").contains("FILE").contains("--template").contains("--chunk")
        .contains("--failed").contains("--progress").contains("98%").contains("--timeout-ms");
  }
}
