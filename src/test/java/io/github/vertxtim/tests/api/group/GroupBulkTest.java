package io.github.vertxtim.tests.api.group;

import io.github.vertxtim.api.group.DestroyGroupRequest;
import io.github.vertxtim.api.group.GetAppIdGroupListRequest;
import io.github.vertxtim.api.group.GetAppIdGroupListResult;
import io.github.vertxtim.bulk.BulkJob;
import io.github.vertxtim.bulk.BulkOptions;
import io.github.vertxtim.bulk.BulkOutcome;
import io.github.vertxtim.bulk.BulkSummary;
import io.vertx.core.Promise;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Bulk and paging from registry data: add_group_member chunked at 300, get_appid_group_list while groups change. */
class GroupBulkTest extends GroupTestBase {

  @Test
  void addingManyMembersIsChunkedAtTheCapWithAnOutcomePerMember() {
    String id = createGroup("Public", "big", "owner");
    List<String> users = IntStream.range(0, 640).mapToObj(i -> "user" + i).toList();
    for (int i = 0; i < users.size(); i += 100) {
      importAccounts(users.subList(i, Math.min(users.size(), i + 100)).toArray(String[]::new));
    }
    List<JsonObject> items = new ArrayList<>();
    users.forEach(u -> items.add(new JsonObject().put("Member_Account", u)));
    items.add(new JsonObject().put("Member_Account", "ghost"));
    List<BulkOutcome<JsonObject>> outcomes = new CopyOnWriteArrayList<>();
    Promise<BulkSummary> done = Promise.promise();
    vertx.runOnContext(v -> {
      BulkJob<JsonObject> job = client.bulk("group_open_http_svc", "add_group_member", items,
          new BulkOptions().setTemplate(new JsonObject().put("GroupId", id)));
      job.outcomes().handler(outcomes::add);
      job.summary().onComplete(done);
    });
    BulkSummary summary = await(done::future);
    assertThat(summary.items()).isEqualTo(641);
    assertThat(summary.calls()).isEqualTo(3);
    assertThat(emulator.stats().requests("group_open_http_svc/add_group_member")).isEqualTo(3);
    assertThat(outcomes).filteredOn(o -> !o.ok()).extracting(o -> o.item().getString("Member_Account"))
        .containsExactly("ghost");
    assertThat(state().groupMemberCount(id)).isEqualTo(641);
  }

  @Test
  void groupListPagesEveryGroupOnceWhileGroupsComeAndGo() {
    List<String> seeded = state().addGroups(25, "Public");
    List<String> created = new ArrayList<>();
    Set<String> destroyed = new HashSet<>();
    List<String> seen = new ArrayList<>();
    long next = 0;
    int round = 0;
    do {
      long cursor = next;
      GetAppIdGroupListResult page = await(() -> client.groups().getAppIdGroupList(
          new GetAppIdGroupListRequest(10, cursor, "Public")));
      seen.addAll(page.groupIds());
      next = page.next();
      // between pages: one group is created and one not yet seen is destroyed
      created.add(state().addGroup("Public"));
      String victim = seeded.get(seeded.size() - 1 - round++);
      if (!seen.contains(victim)) {
        await(() -> client.groups().destroyGroup(new DestroyGroupRequest(victim)));
        destroyed.add(victim);
      }
    } while (next != 0);
    assertThat(new HashSet<>(seen)).hasSize(seen.size());
    List<String> survivors = seeded.stream().filter(g -> !destroyed.contains(g)).toList();
    assertThat(seen).containsAll(survivors).doesNotContainAnyElementsOf(destroyed);
    assertThat(seen.stream().filter(g -> !seeded.contains(g))).isSubsetOf(created);
    GetAppIdGroupListResult first = await(() -> client.groups().getAppIdGroupList(GetAppIdGroupListRequest.firstPage(5)));
    assertThat(first.totalCount()).isEqualTo(state().groupCount());
    assertThat(first.groups()).hasSize(5);
  }
}
