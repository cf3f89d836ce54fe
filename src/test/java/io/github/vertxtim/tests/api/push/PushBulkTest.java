package io.github.vertxtim.tests.api.push;

import io.github.vertxtim.api.account.Account;
import io.github.vertxtim.api.account.ImportAccountsRequest;
import io.github.vertxtim.bulk.BulkJob;
import io.github.vertxtim.bulk.BulkOptions;
import io.github.vertxtim.bulk.BulkOutcome;
import io.github.vertxtim.bulk.BulkSummary;
import io.github.vertxtim.emulator.EmulatorState;
import io.github.vertxtim.emulator.TimEmulatorOptions;
import io.github.vertxtim.registry.EndpointRegistry;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bulk paths of the batchable push endpoints, chunked by the registry's item limits: a per-user push to 1200
 * accounts through timpush/batch (500 a call) with exact per-recipient accounting, and tagging 250 accounts through
 * im_add_tag (100 a call).
 */
class PushBulkTest extends PushTestSupport {

  @Override
  protected TimEmulatorOptions emulatorOptions() {
    // the quotas are the pacer's business, tested elsewhere; here only chunking and accounting count
    return new TimEmulatorOptions().setRateLimitEnabled(false);
  }

  @Test
  void batchPushToManyUsersInRegistrySizedChunks() {
    int limit = EndpointRegistry.defaultRegistry().find("timpush", "batch").orElseThrow().maxItems();
    assertThat(limit).isEqualTo(500);
    List<String> imported = IntStream.range(0, 1150).mapToObj(i -> "fan" + i).toList();
    for (int from = 0; from < imported.size(); from += 100) {
      List<Account> chunk = imported.subList(from, Math.min(imported.size(), from + 100)).stream()
          .map(Account::of).toList();
      await(() -> client.accounts().importAccounts(new ImportAccountsRequest(chunk)));
    }
    List<String> recipients = new ArrayList<>(imported);
    IntStream.range(0, 50).mapToObj(i -> "stranger" + i).forEach(recipients::add);
    Collections.shuffle(recipients, new java.util.Random(7));

    JsonObject template = new JsonObject().put("From_Account", ADMIN)
        .put("OfflinePushInfo", new JsonObject().put("PushFlag", 0).put("Title", "Sale").put("Desc", "50% off"));
    List<BulkOutcome<String>> outcomes = new ArrayList<>();
    BulkSummary summary = run(() -> {
      BulkJob<String> job = client.bulk("timpush", "batch", recipients,
          new BulkOptions().setTemplate(template).setRatePerSecond(1_000_000));
      job.outcomes().handler(outcomes::add);
      return job.summary();
    });

    assertThat(summary.items()).isEqualTo(1200);
    assertThat(summary.calls()).isEqualTo(3);
    assertThat(summary.ok()).isEqualTo(1150);
    assertThat(summary.failed()).isEqualTo(50);
    assertThat(outcomes).hasSize(1200);
    assertThat(outcomes).filteredOn(o -> !o.ok()).allSatisfy(o -> {
      assertThat(o.item()).startsWith("stranger");
      assertThat(o.errorCode()).isEqualTo(70107);
    });
    List<String> taskIds = state().pushTaskIds(EmulatorState.TIMPUSH);
    assertThat(taskIds).hasSize(3);
    List<String> reached = taskIds.stream().flatMap(t -> state().pushRecipients(t).stream()).sorted().toList();
    assertThat(reached).containsExactlyElementsOf(imported.stream().sorted().toList());
  }

  @Test
  void tagManyAccountsInRegistrySizedChunks() {
    List<String> ids = IntStream.range(0, 250).mapToObj(i -> "member" + i).toList();
    for (int from = 0; from < ids.size(); from += 100) {
      List<Account> chunk = ids.subList(from, Math.min(ids.size(), from + 100)).stream().map(Account::of).toList();
      await(() -> client.accounts().importAccounts(new ImportAccountsRequest(chunk)));
    }
    List<JsonObject> items = ids.stream().map(id -> new JsonObject().put("To_Account", id)
        .put("Tags", new JsonArray().add("campaign-7"))).toList();
    BulkSummary summary = run(() -> client.bulk("all_member_push", "im_add_tag", items,
        new BulkOptions().setRatePerSecond(1_000_000)).summary());
    assertThat(summary.calls()).isEqualTo(3);
    assertThat(summary.ok()).isEqualTo(250);
    assertThat(ids).allSatisfy(id -> assertThat(state().pushTags(EmulatorState.ALL_MEMBER_PUSH, id))
        .containsExactly("campaign-7"));
  }

  private BulkSummary run(java.util.function.Supplier<Future<BulkSummary>> job) {
    Promise<BulkSummary> done = Promise.promise();
    return await(() -> {
      job.get().onComplete(done);
      return done.future();
    });
  }
}
