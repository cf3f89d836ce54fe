package io.github.vertxtim.tests.emulator;

import io.github.vertxtim.emulator.EmulatorFeature;
import io.github.vertxtim.emulator.TimEmulatorOptions;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

/** With official accounts and moderation switched off, every endpoint of theirs answers the "not enabled" code. */
class OfficialAndModerationOffTest extends EmulatorTestBase {

  @Override
  protected TimEmulatorOptions options() {
    return super.options().setFeatureEnabled(EmulatorFeature.OFFICIAL_ACCOUNT, false)
        .setFeatureEnabled(EmulatorFeature.MODERATION, false);
  }

  @Test
  void everyEndpointAnswersNotEnabled() {
    for (String command : new String[]{"create_official_account", "destroy_official_account",
        "modify_official_account_base_info", "send_official_account_msg", "get_official_account_info",
        "get_subscriber_info", "official_account_msg_recall", "official_account_msg_get_simple", "add_subscriber",
        "delete_subscriber", "modify_subscriber_info", "get_subscribed_official_account_list"}) {
      assertFail(call("official_account_open_http_svc/" + command, new JsonObject()), 131000);
    }
    for (String path : new String[]{"im_msg_audit_mgr/add_local_audit_keywords",
        "im_msg_audit_mgr/delete_local_audit_keywords", "im_msg_audit_mgr/get_local_audit_keywords",
        "im_msg_audit/content_moderation", "im_msg_audit/batch_content_moderation",
        "im_msg_audit_mgr/get_cloud_audit_keywords_ids", "im_msg_audit_mgr/get_cloud_audit_keywords",
        "im_msg_audit_mgr/add_cloud_audit_keywords", "im_msg_audit_mgr/delete_cloud_audit_keywords"}) {
      assertFail(call(path, new JsonObject()), 2015);
    }
  }
}
