package io.github.vertxtim.tests.emulator;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The official-account endpoints over the wire: the request shapes real clients send, and the server's checks. */
class OfficialAccountHandlersTest extends EmulatorTestBase {

  static final String S = "official_account_open_http_svc/";
  static final String OA = "@TOA#_wire";

  private static JsonObject oa() {
    return new JsonObject().put("Official_Account", OA);
  }

  @BeforeEach
  void seed() {
    assertOk(call(MULTIACCOUNT_IMPORT, new JsonObject().put("Accounts", new JsonArray().add("owner").add("u1")
        .add("u2"))));
    assertOk(call(S + "create_official_account", new JsonObject().put("Owner_Account", "owner")
        .put("OfficialAccountUserID", OA).put("Name", "Wire")));
  }

  @Test
  void olderAndLooserShapesAreAccepted() {
    // doocs' ModifyOfficialAccountBaseInfoRequest names the account "OfficialAccount"
    assertOk(call(S + "modify_official_account_base_info", new JsonObject().put("OfficialAccount", OA)
        .put("Name", "Renamed")));
    JsonObject info = call(S + "get_official_account_info", new JsonObject().put("OfficialAccountIdList",
        new JsonArray().add(new JsonObject().put("Official_Account", OA))));
    assertThat(info.getJsonArray("OfficialAccountInfoList").getJsonObject(0).getString("Name")).isEqualTo("Renamed");

    JsonObject added = call(S + "add_subscriber", oa().put("SubscriberList", new JsonArray()
        .add(new JsonObject().put("Subscriber_Account", "u1")).add("u2").add(42)));
    assertOk(added);
    assertThat(added.getJsonArray("SubscriberList").stream().map(o -> ((JsonObject) o).getInteger("Result")))
        .containsExactly(1, 1, 0);
    // the delete page's field table names SubscriberList[{Subscriber_Account}]; its sample SubscriberToDel_Account
    JsonObject deleted = call(S + "delete_subscriber", oa().put("SubscriberList", new JsonArray()
        .add(new JsonObject().put("Subscriber_Account", "u1"))));
    assertThat(deleted.getJsonArray("SubscriberList").getJsonObject(0).getInteger("Result")).isEqualTo(1);
    assertThat(emulator.state().officialAccountSubscribers(OA)).containsExactly("u2");
  }

  @Test
  void missingAndMalformedFieldsAnswer10004() {
    assertFail(call(S + "create_official_account", new JsonObject().put("Name", "x")), 10004);
    assertFail(call(S + "create_official_account", new JsonObject().put("Owner_Account", "owner")), 10004);
    assertFail(call(S + "create_official_account", new JsonObject().put("Owner_Account", "owner").put("Name", 5)),
        10004);
    assertFail(call(S + "create_official_account", new JsonObject().put("Owner_Account", "owner").put("Name", "x")
        .put("MaxSubscriberNum", 0)), 10004);
    assertFail(call(S + "destroy_official_account", new JsonObject()), 10004);
    assertFail(call(S + "send_official_account_msg", oa()), 10004);
    assertFail(call(S + "send_official_account_msg", oa().put("Random", -1).put("MsgBody", new JsonArray()
        .add(new JsonObject().put("MsgType", "TIMTextElem").put("MsgContent", new JsonObject().put("Text", "x"))))),
        10004);
    assertFail(call(S + "get_subscriber_info", oa().put("Limit", 201)), 10004);
    assertFail(call(S + "get_subscriber_info", oa().put("Next", "not-a-cursor!")), 10004);
    assertFail(call(S + "official_account_msg_recall", oa().put("MsgKeyList", new JsonArray().add("1_1_1"))
        .put("Reason", "r".repeat(101))), 10004);
    assertFail(call(S + "get_subscribed_official_account_list", new JsonObject().put("Subscriber_Account", "u1")
        .put("Limit", 201)), 10004);
    assertFail(call(S + "modify_subscriber_info", oa()), 10004);
    assertThat(emulator.state().officialAccountMessageCount(OA)).isZero();
  }

  @Test
  void theServerEnforcesTheConfirmedItemCaps() {
    JsonArray ids = new JsonArray();
    IntStream.range(0, 51).forEach(i -> ids.add(new JsonObject().put("Official_Account", OA)));
    assertFail(call(S + "get_official_account_info", new JsonObject().put("OfficialAccountIdList", ids)), 10004);
    JsonArray keys = new JsonArray();
    IntStream.range(0, 11).forEach(i -> keys.add(i + "_1_1"));
    assertFail(call(S + "official_account_msg_recall", oa().put("MsgKeyList", keys)), 10004);
    JsonArray users = new JsonArray();
    IntStream.range(0, 101).forEach(i -> users.add(new JsonObject().put("Subscriber_Account", "u" + i)));
    assertFail(call(S + "add_subscriber", oa().put("SubscriberList", users)), 10004);
    assertThat(emulator.state().officialAccountSubscribers(OA)).isEmpty();
  }

  @Test
  void unknownAccountsAnswer130004Everywhere() {
    JsonObject missing = new JsonObject().put("Official_Account", "@TOA#_missing");
    for (String command : new String[]{"destroy_official_account", "modify_official_account_base_info",
        "get_subscriber_info", "official_account_msg_get_simple"}) {
      assertFail(call(S + command, missing.copy()), 130004);
    }
    assertFail(call(S + "add_subscriber", missing.copy().put("SubscriberList", new JsonArray().add("u1"))), 130004);
    assertFail(call(S + "delete_subscriber", missing.copy().put("SubscriberToDel_Account", new JsonArray().add("u1"))),
        130004);
    assertFail(call(S + "modify_subscriber_info", missing.copy().put("Subscriber_Account", "u1")), 130004);
    assertFail(call(S + "official_account_msg_recall", missing.copy().put("MsgKeyList", new JsonArray().add("k"))),
        130004);
    assertFail(call(S + "send_official_account_msg", missing.copy().put("Random", 1).put("MsgBody", new JsonArray()
        .add(new JsonObject().put("MsgType", "TIMTextElem").put("MsgContent", new JsonObject().put("Text", "x"))))),
        130004);
  }
}
