package io.github.vertxtim.tests.emulator.callback;

import io.github.vertxtim.TimErrorCode;
import io.github.vertxtim.emulator.impl.moderation.ModerationState;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;


import static org.assertj.core.api.Assertions.assertThat;

/** ContentCallback.ResultNotify: a message the cloud review refuses is reported; the local word list is not. */
class ContentResultNotifyTest extends CallbackTestBase {

  static final String NOTIFY = "ContentCallback.ResultNotify";

  @BeforeEach
  void wordsAndPeople() {
    importAccounts("alice", "bob");
    call("im_msg_audit_mgr/add_cloud_audit_keywords", new JsonObject().put("LibID", ModerationState.DEFAULT_LIBRARY_ID)
        .put("UserKeywords", new JsonArray().add(new JsonObject().put("Content", "giveaway").put("Label", "Ad"))));
    call("im_msg_audit_mgr/add_local_audit_keywords", new JsonObject().put("LocalAuditWords", new JsonArray()
        .add(new JsonObject().put("Keyword", "idiot").put("FilterType", 2))));
  }

  void refusedC2c(String text, int random) {
    awaitFailure(() -> client.call("openim", "sendmsg", new JsonObject().put("From_Account", "alice")
        .put("To_Account", "bob").put("MsgRandom", random).put("MsgBody", text(text))),
        TimErrorCode.SENSITIVE_TEXT.code());
  }

  @Test
  void aCloudBlockOfAOneToOneMessageIsReportedAsThePageShowsIt() {
    refusedC2c("you idiot", 1); // refused by the local word list only: not the cloud review's result
    refusedC2c("free giveaway", 2);
    Received notify = await(NOTIFY, 1).get(0);
    JsonObject body = notify.body();
    assertThat(body.containsKey("CallbackCommand")).isFalse();
    assertThat(body.getString("Scene")).isEqualTo("C2C");
    assertThat(body.getLong("SdkAppId")).isEqualTo(SDK_APP_ID);
    assertThat(body.getString("From_Account")).isEqualTo("alice");
    assertThat(body.getJsonObject("ContactItem"))
        .isEqualTo(new JsonObject().put("ContactType", 1).put("To_Account", "bob"));
    assertThat(body.getString("ContentType")).isEqualTo("Text");
    assertThat(body.getJsonArray("TextContent")).containsExactly("free giveaway");
    assertThat(body.getInteger("CtxcbResult")).isEqualTo(1);
    assertThat(body.getString("CtxcbRequestId")).isNotBlank();
    assertThat(body.getJsonArray("CtxcbKeywords")).containsExactly("giveaway");
    assertThat(body.getString("CtxcbSuggestion")).isEqualTo("Block");
    assertThat(body.getString("CtxcbLabel")).isEqualTo("Ad");
    assertThat(body.getString("CtxcbLibName")).isEqualTo("emulator_default");
    assertThat(body.containsKey("MsgID")).as("a refused message has no MsgKey").isFalse();
    assertThat(notify.paramNames()).as("no ClientIP or OptPlatform on the page")
        .containsExactly("SdkAppid", "CallbackCommand", "contenttype", "Sign", "RequestTime");
    assertThat(state().c2cMessageCount("alice", "bob")).isZero();
    assertThat(of(NOTIFY)).hasSize(1);
  }

  @Test
  void aCloudBlockOfAGroupMessageNamesTheGroup() {
    String groupId = call("group_open_http_svc/create_group", new JsonObject().put("Owner_Account", "alice")
        .put("Type", "Public").put("Name", "club")).getString("GroupId");
    awaitFailure(() -> client.call("group_open_http_svc", "send_group_msg", new JsonObject().put("GroupId", groupId)
        .put("From_Account", "alice").put("Random", 7).put("MsgBody", text("a giveaway for all"))),
        TimErrorCode.SENSITIVE_TEXT.code());
    JsonObject body = await(NOTIFY, 1).get(0).body();
    assertThat(body.getString("Scene")).isEqualTo("Group");
    assertThat(body.getJsonObject("ContactItem"))
        .isEqualTo(new JsonObject().put("ContactType", 2).put("ToGroupId", groupId));
    assertThat(body.getJsonArray("TextContent")).containsExactly("a giveaway for all");
    assertThat(state().groupMessageCount(groupId)).isZero();
  }
}
