package io.github.vertxtim.tests.emulator;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The account endpoints over the wire. */
class AccountHandlersTest extends EmulatorTestBase {

  private static List<Object> list(JsonArray a) {
    return a.stream().collect(Collectors.toList());
  }

  private static JsonArray userItems(String... ids) {
    JsonArray a = new JsonArray();
    for (String id : ids) {
      a.add(new JsonObject().put("UserID", id));
    }
    return a;
  }

  // ---- account_import ----

  @Test
  void accountImportCreatesTheAccountAndIsIdempotent() {
    JsonObject a = call(ACCOUNT_IMPORT, new JsonObject().put("UserID", "alice").put("Nick", "Alice")
        .put("FaceUrl", "https://example.com/a.png"));
    assertOk(a);
    assertThat(a.fieldNames()).containsExactlyInAnyOrder("ActionStatus", "ErrorInfo", "ErrorCode");
    assertThat(emulator.state().hasAccount("alice")).isTrue();
    assertOk(call(ACCOUNT_IMPORT, new JsonObject().put("UserID", "alice").put("Nick", "Alice 2")));
    assertThat(emulator.state().accountCount()).isEqualTo(1);
  }

  @Test
  void accountImportAcceptsTheLegacyIdentifierField() {
    assertOk(call(ACCOUNT_IMPORT, new JsonObject().put("Identifier", "legacy")));
    assertThat(emulator.state().accountIds()).containsExactly("legacy");
  }

  @Test
  void accountImportChecksTheUserId() {
    assertFail(call(ACCOUNT_IMPORT, new JsonObject().put("UserID", 12345)), 60015);
    assertFail(call(ACCOUNT_IMPORT, new JsonObject().put("UserID", new JsonArray().add("a"))), 60015);
    assertFail(call(ACCOUNT_IMPORT, new JsonObject()), 70402);
    assertFail(call(ACCOUNT_IMPORT, new JsonObject().put("UserID", "")), 70402);
    assertFail(call(ACCOUNT_IMPORT, new JsonObject().put("UserID", "x".repeat(33))), 70402);
    // 11 CJK characters are 33 bytes of UTF-8
    assertFail(call(ACCOUNT_IMPORT, new JsonObject().put("UserID", "用".repeat(11))), 70402);
    assertFail(call(ACCOUNT_IMPORT, new JsonObject().put("UserID", "bob").put("Nick", 5)), 70402);
    assertThat(emulator.state().accountCount()).isZero();
    assertOk(call(ACCOUNT_IMPORT, new JsonObject().put("UserID", "x".repeat(32))));
    assertOk(call(ACCOUNT_IMPORT, new JsonObject().put("UserID", "用".repeat(10))));
    assertThat(emulator.state().accountCount()).isEqualTo(2);
  }

  // ---- multiaccount_import ----

  @Test
  void multiAccountImportNewBodyListsFailedAccounts() {
    JsonArray list = new JsonArray()
        .add(new JsonObject().put("UserID", "a1").put("Nick", "A1"))
        .add(new JsonObject().put("UserID", ""))
        .add(new JsonObject().put("UserID", "y".repeat(33)))
        .add(new JsonObject().put("UserID", 99))
        .add(new JsonObject().put("UserID", "a2").put("FaceUrl", "https://example.com/2.png"));
    JsonObject a = call(MULTIACCOUNT_IMPORT, new JsonObject().put("AccountList", list));
    assertOk(a);
    assertThat(list(a.getJsonArray("FailAccounts"))).containsExactly("", "y".repeat(33), "99");
    assertThat(emulator.state().accountIds()).containsExactlyInAnyOrder("a1", "a2");
  }

  @Test
  void multiAccountImportOldBody() {
    JsonObject a = call(MULTIACCOUNT_IMPORT, new JsonObject().put("Accounts", new JsonArray().add("b1").add("b2")
        .add(3).add("b1")));
    assertOk(a);
    assertThat(list(a.getJsonArray("FailAccounts"))).containsExactly("3");
    assertThat(emulator.state().accountIds()).containsExactlyInAnyOrder("b1", "b2");
  }

  @Test
  void multiAccountImportAlwaysHasFailAccounts() {
    JsonObject a = call(MULTIACCOUNT_IMPORT, new JsonObject().put("AccountList", userItems("c1")));
    assertOk(a);
    assertThat(a.getJsonArray("FailAccounts")).isEmpty();
  }

  @Test
  void multiAccountImportRefusesAMissingOrEmptyList() {
    assertFail(call(MULTIACCOUNT_IMPORT, new JsonObject()), 70402);
    assertFail(call(MULTIACCOUNT_IMPORT, new JsonObject().put("AccountList", new JsonArray())), 70402);
    assertFail(call(MULTIACCOUNT_IMPORT, new JsonObject().put("AccountList", "a1")), 70402);
  }

  @Test
  void verifiedCapOf100AccountsIsEnforced() {
    String[] ids101 = IntStream.range(0, 101).mapToObj(i -> "u" + i).toArray(String[]::new);
    assertFail(call(MULTIACCOUNT_IMPORT, new JsonObject().put("AccountList", userItems(ids101))), 70402);
    JsonArray old = new JsonArray();
    for (String id : ids101) {
      old.add(id);
    }
    assertFail(call(MULTIACCOUNT_IMPORT, new JsonObject().put("Accounts", old)), 70402);
    assertThat(emulator.state().accountCount()).isZero();
    String[] ids100 = IntStream.range(0, 100).mapToObj(i -> "u" + i).toArray(String[]::new);
    assertOk(call(MULTIACCOUNT_IMPORT, new JsonObject().put("AccountList", userItems(ids100))));
    assertThat(emulator.state().accountCount()).isEqualTo(100);
  }

  @Test
  void verifiedCapOfAccountCheckIsEnforced() {
    String[] ids = IntStream.range(0, 101).mapToObj(i -> "u" + i).toArray(String[]::new);
    assertFail(call(ACCOUNT_CHECK, new JsonObject().put("CheckItem", userItems(ids))), 70402);
  }

  // ---- account_delete ----

  @Test
  void accountDeleteReportsEachItem() {
    call(MULTIACCOUNT_IMPORT, new JsonObject().put("Accounts", new JsonArray().add("d1").add("d2")));
    JsonObject a = call(ACCOUNT_DELETE, new JsonObject().put("DeleteItem", userItems("d1", "ghost")
        .add(new JsonObject().put("UserID", 5))));
    assertOk(a);
    JsonArray items = a.getJsonArray("ResultItem");
    assertThat(items).hasSize(3);
    assertThat(items.getJsonObject(0)).isEqualTo(new JsonObject().put("ResultCode", 0).put("ResultInfo", "")
        .put("UserID", "d1"));
    assertThat(items.getJsonObject(1).getInteger("ResultCode")).isEqualTo(70107);
    assertThat(items.getJsonObject(1).getString("ResultInfo")).isEqualTo("account not imported");
    assertThat(items.getJsonObject(1).getString("UserID")).isEqualTo("ghost");
    assertThat(items.getJsonObject(2).getInteger("ResultCode")).isEqualTo(60015);
    assertThat(emulator.state().accountIds()).containsExactly("d2");
  }

  @Test
  void accountDeleteNeedsDeleteItem() {
    assertFail(call(ACCOUNT_DELETE, new JsonObject().put("UserID", "d1")), 70402);
  }

  // ---- account_check ----

  @Test
  void accountCheckSaysImportedOrNotImported() {
    call(ACCOUNT_IMPORT, new JsonObject().put("UserID", "e1"));
    JsonObject a = call(ACCOUNT_CHECK, new JsonObject().put("CheckItem", userItems("e1", "ghost")));
    assertOk(a);
    assertThat(list(a.getJsonArray("ResultItem"))).hasSize(2);
    assertThat(a.getJsonArray("ResultItem").getJsonObject(0)).isEqualTo(new JsonObject().put("ResultCode", 0)
        .put("ResultInfo", "").put("UserID", "e1").put("AccountStatus", "Imported"));
    JsonObject ghost = a.getJsonArray("ResultItem").getJsonObject(1);
    assertThat(ghost.getString("UserID")).isEqualTo("ghost");
    assertThat(ghost.getInteger("ResultCode")).isZero();
    assertThat(ghost.getString("AccountStatus")).isEqualTo("NotImported");
  }

  // ---- kick ----

  @Test
  void kickOfAnUnknownAccountFails() {
    assertFail(call(KICK, new JsonObject().put("UserID", "ghost")), 70107);
  }

  @Test
  void kickSendsTheUserOffline() {
    call(ACCOUNT_IMPORT, new JsonObject().put("UserID", "k1"));
    emulator.state().setOnlineStatus("k1", "Online");
    assertOk(call(KICK, new JsonObject().put("Identifier", "k1")));
    JsonObject q = call(QUERY_ONLINE_STATUS, new JsonObject().put("To_Account", new JsonArray().add("k1")));
    assertThat(q.getJsonArray("QueryResult").getJsonObject(0).getString("Status")).isEqualTo("Offline");
  }

  // ---- query_online_status ----

  @Test
  void onlineStatusWithErrorList() {
    call(MULTIACCOUNT_IMPORT, new JsonObject().put("Accounts", new JsonArray().add("on").add("push").add("off")));
    emulator.state().setOnlineStatus("on", "Online");
    emulator.state().setOnlineStatus("push", "PushOnline");
    JsonObject a = call(QUERY_ONLINE_STATUS, new JsonObject()
        .put("To_Account", new JsonArray().add("on").add("push").add("off").add("ghost")));
    assertOk(a);
    List<String> statuses = a.getJsonArray("QueryResult").stream()
        .map(o -> ((JsonObject) o).getString("To_Account") + "=" + ((JsonObject) o).getString("Status"))
        .collect(Collectors.toList());
    assertThat(statuses).containsExactly("on=Online", "push=PushOnline", "off=Offline");
    assertThat(a.getJsonArray("QueryResult").getJsonObject(0).containsKey("Detail")).isFalse();
    assertThat(a.getJsonArray("ErrorList")).containsExactly(
        new JsonObject().put("To_Account", "ghost").put("ErrorCode", 70107));
  }

  @Test
  void onlineStatusWithDetail() {
    call(MULTIACCOUNT_IMPORT, new JsonObject().put("Accounts", new JsonArray().add("on").add("off")));
    emulator.state().setOnlineStatus("on", "Online");
    JsonObject a = call(QUERY_ONLINE_STATUS, new JsonObject().put("IsNeedDetail", 1)
        .put("To_Account", new JsonArray().add("on").add("off")));
    assertOk(a);
    JsonObject on = a.getJsonArray("QueryResult").getJsonObject(0);
    assertThat(on.getJsonArray("Detail")).containsExactly(
        new JsonObject().put("Platform", "iPhone").put("Status", "Online"));
    assertThat(a.getJsonArray("QueryResult").getJsonObject(1).getJsonArray("Detail")).isEmpty();
    assertThat(a.getJsonArray("ErrorList")).isEmpty();
  }

  @Test
  void onlineStatusChecksItsParameters() {
    assertFail(call(QUERY_ONLINE_STATUS, new JsonObject()), 70402);
    assertFail(call(QUERY_ONLINE_STATUS, new JsonObject().put("To_Account", "a")), 70402);
    assertFail(call(QUERY_ONLINE_STATUS, new JsonObject().put("To_Account", new JsonArray().add("a"))
        .put("IsNeedDetail", 2)), 70402);
    JsonArray many = new JsonArray();
    IntStream.range(0, 501).forEach(i -> many.add("u" + i));
    assertFail(call(QUERY_ONLINE_STATUS, new JsonObject().put("To_Account", many)), 70402);
    many.remove(500);
    JsonObject ok = call(QUERY_ONLINE_STATUS, new JsonObject().put("To_Account", many));
    assertOk(ok);
    assertThat(ok.getJsonArray("ErrorList")).hasSize(500);
  }

  // ---- state API ----

  @Test
  void stateRefusesUnknownAccountsAndStatuses() {
    assertThatThrownBy(() -> emulator.state().setOnlineStatus("ghost", "Online"))
        .isInstanceOf(IllegalArgumentException.class);
    call(ACCOUNT_IMPORT, new JsonObject().put("UserID", "s1"));
    assertThatThrownBy(() -> emulator.state().setOnlineStatus("s1", "online"))
        .isInstanceOf(IllegalArgumentException.class);
    emulator.state().clear();
    assertThat(emulator.state().accountCount()).isZero();
  }
}
