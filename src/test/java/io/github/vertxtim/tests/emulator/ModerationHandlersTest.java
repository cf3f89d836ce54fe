package io.github.vertxtim.tests.emulator;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The moderation endpoints over the wire: the server's own checks and codes. */
class ModerationHandlersTest extends EmulatorTestBase {

  static final String MGR = "im_msg_audit_mgr/";

  private static JsonArray words(int n) {
    JsonArray a = new JsonArray();
    IntStream.range(0, n).forEach(i -> a.add(new JsonObject().put("Keyword", "w" + i)));
    return a;
  }

  @Test
  void moreThanTenKeywordsAnswer2016AndMoreThanTenItems93008() {
    assertFail(call(MGR + "add_local_audit_keywords", new JsonObject().put("LocalAuditWords", words(11))), 2016);
    assertFail(call(MGR + "add_cloud_audit_keywords", new JsonObject().put("LibID", "x")
        .put("UserKeywords", new JsonArray(IntStream.range(0, 11).mapToObj(i -> new JsonObject()
            .put("Content", "c" + i)).toList()))), 2016);
    JsonArray items = new JsonArray();
    IntStream.range(0, 11).forEach(i -> items.add(new JsonObject().put("ContentId", i).put("ContentType", "Text")
        .put("Content", "t")));
    assertFail(call("im_msg_audit/batch_content_moderation", new JsonObject().put("AuditName", "C2C")
        .put("Contents", items)), 93008);
    assertThat(emulator.state().moderationKeywords()).isEmpty();
  }

  @Test
  void theBodyIsChecked() {
    assertOk(call(MGR + "add_local_audit_keywords", new JsonObject().put("SdkAppId", APP_ID)
        .put("LocalAuditWords", words(2))));
    assertFail(call(MGR + "add_local_audit_keywords", new JsonObject().put("SdkAppId", APP_ID + 1)
        .put("LocalAuditWords", words(1))), 2003);
    assertFail(call(MGR + "add_local_audit_keywords", new JsonObject().put("LocalAuditWords", new JsonArray()
        .add(new JsonObject().put("Keyword", "(unclosed").put("WordType", 2)))), 2003);
    assertFail(call(MGR + "add_local_audit_keywords", new JsonObject().put("LocalAuditWords", new JsonArray()
        .add(new JsonObject().put("Keyword", "x").put("FilterType", 3)))), 2003);
    assertFail(call(MGR + "add_local_audit_keywords", new JsonObject()), 2003);
    assertFail(call(MGR + "delete_local_audit_keywords", new JsonObject().put("LocalAuditWords", new JsonArray()
        .add(new JsonObject()))), 2003);
    assertFail(call(MGR + "get_local_audit_keywords", new JsonObject().put("Limit", 101)), 2003);
    assertFail(call(MGR + "get_cloud_audit_keywords_ids", new JsonObject().put("Limit", 10)), 2003);
    assertFail(call(MGR + "get_cloud_audit_keywords", new JsonObject().put("Offset", 0).put("Limit", 10)), 2003);
    assertFail(call("im_msg_audit/content_moderation", new JsonObject().put("ContentType", "Text")
        .put("Content", "x")), 2003);
    assertFail(call("im_msg_audit/batch_content_moderation", new JsonObject().put("AuditName", "C2C")
        .put("Contents", new JsonArray().add(new JsonObject().put("ContentType", "Text").put("Content", "x")))), 2003);
    assertThat(emulator.state().moderationKeywords()).containsExactly("w0", "w1");
  }
}
