package io.github.vertxtim.tests.emulator;

import io.github.vertxtim.emulator.EmulatorLimit;
import io.github.vertxtim.emulator.TimEmulatorOptions;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

/** The app-level limits of official accounts and moderation are options: a small app. */
class OfficialAndModerationLimitsTest extends EmulatorTestBase {

  @Override
  protected TimEmulatorOptions options() {
    return super.options().setLimit(EmulatorLimit.OFFICIAL_ACCOUNTS_PER_APP, 1)
        .setLimit(EmulatorLimit.MODERATION_LOCAL_WORDS, 2);
  }

  @Test
  void theAppLimitsAnswer130010And2016() {
    assertOk(call(ACCOUNT_IMPORT, new JsonObject().put("UserID", "owner")));
    String create = "official_account_open_http_svc/create_official_account";
    assertOk(call(create, new JsonObject().put("Owner_Account", "owner").put("Name", "One")));
    assertFail(call(create, new JsonObject().put("Owner_Account", "owner").put("Name", "Two")), 130010);
    String add = "im_msg_audit_mgr/add_local_audit_keywords";
    assertOk(call(add, new JsonObject().put("LocalAuditWords", new JsonArray()
        .add(new JsonObject().put("Keyword", "a")).add(new JsonObject().put("Keyword", "b")))));
    // the same keyword again updates it: no new word
    assertOk(call(add, new JsonObject().put("LocalAuditWords", new JsonArray()
        .add(new JsonObject().put("Keyword", "a").put("FilterType", 1)))));
    assertFail(call(add, new JsonObject().put("LocalAuditWords", new JsonArray()
        .add(new JsonObject().put("Keyword", "c")))), 2016);
  }
}
