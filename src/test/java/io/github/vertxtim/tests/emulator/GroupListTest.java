package io.github.vertxtim.tests.emulator;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** group_open_http_svc/get_appid_group_list: paging by Next, TotalCount, GroupType filter. */
class GroupListTest extends EmulatorTestBase {

  private List<String> ids(JsonObject answer) {
    List<String> ids = new ArrayList<>();
    answer.getJsonArray("GroupIdList").forEach(o -> ids.add(((JsonObject) o).getString("GroupId")));
    return ids;
  }

  @Test
  void pagesThroughAllGroupsExactlyOnce() {
    List<String> seeded = emulator.state().addGroups(25, "Public");
    assertThat(new HashSet<>(seeded)).hasSize(25);
    assertThat(seeded).allMatch(id -> id.matches("@TGS#1[A-Z2-7]{8}"));

    List<String> seen = new ArrayList<>();
    List<Long> nexts = new ArrayList<>();
    long next = 0;
    int pages = 0;
    do {
      JsonObject body = new JsonObject().put("Limit", 10);
      if (next != 0) {
        body.put("Next", next);
      }
      JsonObject a = call(GROUP_LIST, body);
      assertOk(a);
      assertThat(a.getLong("TotalCount")).isEqualTo(25);
      seen.addAll(ids(a));
      next = a.getLong("Next");
      nexts.add(next);
      pages++;
    } while (next != 0 && pages < 10);

    assertThat(pages).isEqualTo(3);
    assertThat(nexts.get(0)).isNotZero();
    assertThat(nexts.get(1)).isNotZero().isNotEqualTo(nexts.get(0));
    assertThat(nexts.get(2)).isZero();
    assertThat(seen).hasSize(25).containsExactlyInAnyOrderElementsOf(seeded);
  }

  @Test
  void pagingIsStableWhileGroupsAreCreated() {
    List<String> seeded = emulator.state().addGroups(25, "Private");
    JsonObject first = call(GROUP_LIST, new JsonObject().put("Limit", 10));
    List<String> seen = new ArrayList<>(ids(first));
    List<String> added = emulator.state().addGroups(5, "Private");
    long next = first.getLong("Next");
    while (next != 0) {
      JsonObject a = call(GROUP_LIST, new JsonObject().put("Limit", 10).put("Next", next));
      seen.addAll(ids(a));
      next = a.getLong("Next");
    }
    Set<String> unique = new HashSet<>(seen);
    assertThat(unique).hasSize(seen.size()); // nothing twice
    assertThat(unique).containsAll(seeded).containsAll(added);
  }

  @Test
  void defaultLimitReturnsEverythingInOnePage() {
    emulator.state().addGroups(12, "ChatRoom");
    JsonObject a = call(GROUP_LIST, new JsonObject());
    assertOk(a);
    assertThat(a.getLong("TotalCount")).isEqualTo(12);
    assertThat(a.getJsonArray("GroupIdList")).hasSize(12);
    assertThat(a.getLong("Next")).isZero();
  }

  @Test
  void emptyAppHasAnEmptyList() {
    JsonObject a = call(GROUP_LIST, new JsonObject().put("Limit", 2));
    assertOk(a);
    assertThat(a.getLong("TotalCount")).isZero();
    assertThat(a.getJsonArray("GroupIdList")).isEmpty();
    assertThat(a.getLong("Next")).isZero();
  }

  @Test
  void groupTypeFilters() {
    List<String> pub = emulator.state().addGroups(5, "Public");
    emulator.state().addGroups(7, "Private");
    List<String> community = emulator.state().addGroups(2, "Community");
    JsonObject a = call(GROUP_LIST, new JsonObject().put("GroupType", "Public").put("Limit", 3));
    assertThat(a.getLong("TotalCount")).isEqualTo(5);
    assertThat(ids(a)).hasSize(3).isSubsetOf(pub);
    JsonObject b = call(GROUP_LIST, new JsonObject().put("GroupType", "Public").put("Next", a.getLong("Next")));
    assertThat(ids(b)).hasSize(2).isSubsetOf(pub);
    assertThat(b.getLong("Next")).isZero();
    JsonObject c = call(GROUP_LIST, new JsonObject().put("GroupType", "Community"));
    assertThat(ids(c)).containsExactlyElementsOf(community).allMatch(id -> id.startsWith("@TGS#_"));
    assertThat(call(GROUP_LIST, new JsonObject()).getLong("TotalCount")).isEqualTo(14);
  }

  @Test
  void invalidParametersAre10004() {
    assertFail(call(GROUP_LIST, new JsonObject().put("Limit", 10001)), 10004);
    assertFail(call(GROUP_LIST, new JsonObject().put("Limit", 0)), 10004);
    assertFail(call(GROUP_LIST, new JsonObject().put("Limit", "10")), 10004);
    assertFail(call(GROUP_LIST, new JsonObject().put("Limit", 2.5)), 10004);
    assertFail(call(GROUP_LIST, new JsonObject().put("Next", -1)), 10004);
    assertFail(call(GROUP_LIST, new JsonObject().put("GroupType", "Work")), 10004);
    assertFail(call(GROUP_LIST, new JsonObject().put("GroupType", "public")), 10004);
    assertOk(call(GROUP_LIST, new JsonObject().put("Limit", 10000)));
  }

  @Test
  void stateRefusesUnknownGroupTypes() {
    assertThatThrownBy(() -> emulator.state().addGroup("Meeting")).isInstanceOf(IllegalArgumentException.class);
    emulator.state().addGroup("AVChatRoom");
    assertThat(emulator.state().groupCount()).isEqualTo(1);
  }
}
