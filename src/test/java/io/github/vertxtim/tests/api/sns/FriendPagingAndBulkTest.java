package io.github.vertxtim.tests.api.sns;

import io.github.vertxtim.api.sns.GetFriendsRequest;
import io.github.vertxtim.api.sns.GetFriendsResult;
import io.github.vertxtim.api.sns.ImportFriendsRequest;
import io.github.vertxtim.api.sns.SnsItem;
import io.github.vertxtim.bulk.BulkJob;
import io.github.vertxtim.bulk.BulkOptions;
import io.github.vertxtim.bulk.BulkSummary;
import io.vertx.core.json.JsonObject;
import io.vertx.core.streams.ReadStream;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * friend_import in bulk (chunks at the registry's 1000) and friend_get's paging (StartIndex, NextStartIndex,
 * CompleteFlag, the sequences), typed and through client.pages with the registry's paging row.
 */
class FriendPagingAndBulkTest extends SnsTestBase {

  @Test
  void bulkImportThenEveryFriendOnceOverThePages() throws Exception {
    List<String> peers = IntStream.range(0, 2300).mapToObj(i -> String.format("p%04d", i)).toList();
    List<String> all = new ArrayList<>(peers);
    all.add("owner");
    importUsers(all);

    List<JsonObject> items = peers.stream().map(p -> new JsonObject().put("To_Account", p)
        .put("AddSource", "AddSource_Type_Bulk")).toList();
    CompletableFuture<BulkSummary> done = new CompletableFuture<>();
    vertx.runOnContext(v -> {
      BulkJob<JsonObject> job = client.bulk("sns", "friend_import", items,
          new BulkOptions().setTemplate(new JsonObject().put("From_Account", "owner")));
      job.outcomes().handler(o -> { });
      job.summary().onComplete(ar -> {
        if (ar.succeeded()) {
          done.complete(ar.result());
        } else {
          done.completeExceptionally(ar.cause());
        }
      });
    });
    BulkSummary summary = done.get(60, TimeUnit.SECONDS);
    assertThat(summary.allOk()).isTrue();
    assertThat(summary.calls()).as("chunks of the registry's 1000").isEqualTo(3);
    assertThat(state().friends("owner")).hasSize(2300);

    GetFriendsResult first = await(() -> client.friends().getFriends(new GetFriendsRequest("owner", 0)));
    assertThat(first.friends()).hasSize(100);
    assertThat(first.friendNum()).isEqualTo(2300);
    assertThat(first.completeFlag()).isZero();
    assertThat(first.nextStartIndex()).isEqualTo(100);
    assertThat(first.friends().get(0).value(SnsItem.ADD_SOURCE)).contains("AddSource_Type_Bulk");
    GetFriendsResult unchanged = await(() -> client.friends().getFriends(new GetFriendsRequest("owner", 2200,
        first.standardSequence(), first.customSequence(), null)));
    assertThat(unchanged.complete()).isTrue();
    assertThat(unchanged.friends()).hasSize(100);
    assertThat(unchanged.friends().get(0).fields()).as("current sequences: no fields again").isEmpty();

    List<String> walked = new CopyOnWriteArrayList<>();
    CompletableFuture<Void> end = new CompletableFuture<>();
    long before = emulator.stats().requests("sns/friend_get");
    vertx.runOnContext(v -> {
      ReadStream<JsonObject> pages = client.pages("sns", "friend_get", new JsonObject()
          .put("From_Account", "owner").put("StartIndex", 0));
      pages.endHandler(x -> end.complete(null));
      pages.exceptionHandler(end::completeExceptionally);
      pages.handler(item -> walked.add(item.getString("To_Account")));
    });
    end.get(30, TimeUnit.SECONDS);
    assertThat(walked).hasSize(2300);
    assertThat(new HashSet<>(walked)).hasSize(2300);
    assertThat(walked).as("every friend once; bulk chunks may land in any order")
        .containsExactlyInAnyOrderElementsOf(peers);
    assertThat(emulator.stats().requests("sns/friend_get") - before).isEqualTo(23);
  }

  @Test
  void importItemsOverTheCapFailBeforeAnyRequest() {
    importUsers("owner");
    List<ImportFriendsRequest.Item> items = IntStream.range(0, 1001)
        .mapToObj(i -> new ImportFriendsRequest.Item("p" + i, "AddSource_Type_Bulk")).toList();
    assertThat(awaitThrown(() -> client.friends().importFriends(new ImportFriendsRequest("owner", items))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("AddFriendItem holds 1001 items");
    assertThat(emulator.stats().requests("sns/friend_import")).isZero();
  }
}
