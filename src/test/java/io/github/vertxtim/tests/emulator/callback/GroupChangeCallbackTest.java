package io.github.vertxtim.tests.emulator.callback;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What topic profile changes, member field changes and group attribute changes tell, field by field. */
class GroupChangeCallbackTest extends CallbackTestBase {

  static final String TOPIC_INFO = "Group.CallbackAfterTopicInfoChanged";
  static final String MEMBER_FIELD = "Group.CallbackAfterMemberFieldChanged";
  static final String ATTR = "Group.CallbackAfterGroupAttrChanged";

  @BeforeEach
  void people() {
    importAccounts("owner", "ann", "ben");
  }

  String group(String type) {
    JsonObject request = new JsonObject().put("Owner_Account", "owner").put("Type", type).put("Name", "club")
        .put("MemberList", new JsonArray().add(new JsonObject().put("Member_Account", "ann")));
    if (type.equals("Community")) {
      request.put("SupportTopic", 1);
    }
    return call("group_open_http_svc/create_group", request).getString("GroupId");
  }

  static JsonArray attrs(String... keyValues) {
    JsonArray list = new JsonArray();
    for (int i = 0; i < keyValues.length; i += 2) {
      list.add(new JsonObject().put("key", keyValues[i]).put("value", keyValues[i + 1]));
    }
    return list;
  }

  @Test
  void aTopicProfileChangeCarriesTheChangedFieldsOnly() {
    String community = group("Community");
    String topic = call("million_group_open_http_svc/create_topic", new JsonObject().put("GroupId", community)
        .put("TopicName", "news")).getString("TopicId");
    call("million_group_open_http_svc/modify_topic", new JsonObject().put("GroupId", community)
        .put("TopicId", topic).put("TopicName", "headlines").put("Notification", "read the rules"));
    JsonObject body = await(TOPIC_INFO, 1).get(0).body();
    assertThat(body).isEqualTo(new JsonObject().put("CallbackCommand", TOPIC_INFO).put("GroupId", community)
        .put("Type", "Community").put("Operator_Account", ADMIN).put("Name", "headlines")
        .put("Notification", "read the rules"));
    Received received = of(TOPIC_INFO).get(0);
    assertThat(received.params()).containsEntry("OptPlatform", "RESTAPI").containsKey("ClientIP");

    // a change of no profile field the page names (here only the mute) calls back nothing
    call("million_group_open_http_svc/modify_topic", new JsonObject().put("GroupId", community)
        .put("TopicId", topic).put("MuteAllMember", "On"));
    call("million_group_open_http_svc/modify_topic", new JsonObject().put("GroupId", community)
        .put("TopicId", topic).put("FaceUrl", "https://example.com/f.png"));
    assertThat(await(TOPIC_INFO, 2)).extracting(r -> r.body().getString("FaceUrl"))
        .contains("https://example.com/f.png").hasSize(2);
  }

  @Test
  void aRoleOrNameCardChangeIsTold() {
    String groupId = group("Public");
    call("group_open_http_svc/modify_group_member_info", new JsonObject().put("GroupId", groupId)
        .put("Member_Account", "ann").put("Role", "Admin").put("NameCard", "Annie"));
    JsonObject body = await(MEMBER_FIELD, 1).get(0).body();
    assertThat(body.getString("GroupId")).isEqualTo(groupId);
    assertThat(body.getString("Type")).isEqualTo("Public");
    assertThat(body.getString("Operator_Account")).isEqualTo(ADMIN);
    assertThat(body.getString("Modified_Account")).isEqualTo("ann");
    assertThat(body.getString("Role")).isEqualTo("Admin");
    assertThat(body.getString("NameCard")).isEqualTo("Annie");
    assertThat(body.getLong("EventTime")).isPositive();

    // MsgFlag is no field the page names: no callback; a name card alone carries no Role
    call("group_open_http_svc/modify_group_member_info", new JsonObject().put("GroupId", groupId)
        .put("Member_Account", "ann").put("MsgFlag", "AcceptNotNotify"));
    call("group_open_http_svc/modify_group_member_info", new JsonObject().put("GroupId", groupId)
        .put("Member_Account", "ann").put("NameCard", "A."));
    JsonObject second = await(MEMBER_FIELD, 2).stream().map(Received::body)
        .filter(b -> "A.".equals(b.getString("NameCard"))).findFirst().orElseThrow();
    assertThat(second.containsKey("Role")).isFalse();
    assertThat(of(MEMBER_FIELD)).hasSize(2);
  }

  @Test
  void aRefusedChangeIsNotTold() {
    String groupId = group("Public");
    awaitFailure(() -> client.call("group_open_http_svc", "modify_group_member_info", new JsonObject()
        .put("GroupId", groupId).put("Member_Account", "ben").put("NameCard", "not a member")), 10004);
    call("group_open_http_svc/modify_group_member_info", new JsonObject().put("GroupId", groupId)
        .put("Member_Account", "ann").put("NameCard", "member"));
    assertThat(await(MEMBER_FIELD, 1).get(0).body().getString("Modified_Account")).isEqualTo("ann");
    assertThat(of(MEMBER_FIELD)).hasSize(1);
  }

  @Test
  void everyAttributeWriteTellsItsOptionTypeAndItsAttributes() {
    String groupId = group("Public");
    String g = "group_open_http_svc/";
    call(g + "set_group_attr", new JsonObject().put("GroupId", groupId).put("GroupAttr", attrs("a", "1", "b", "2")));
    call(g + "modify_group_attr", new JsonObject().put("GroupId", groupId).put("GroupAttr", attrs("c", "3")));
    call(g + "delete_group_attr", new JsonObject().put("GroupId", groupId)
        .put("GroupAttr", new JsonArray().add(new JsonObject().put("key", "a"))));
    call(g + "clear_group_attr", new JsonObject().put("GroupId", groupId));
    // each its own POST: compared as a set, not in arrival order
    assertThat(await(ATTR, 4)).extracting(r -> r.body().getString("OptionType") + " "
        + r.body().getJsonArray("GroupAttr").encode()).containsExactlyInAnyOrder(
        "set " + attrs("a", "1", "b", "2").encode(), "modify " + attrs("c", "3").encode(),
        "delete " + attrs("a", "1").encode(), "clear " + attrs("b", "2", "c", "3").encode());
    JsonObject first = of(ATTR).get(0).body();
    assertThat(first.getString("GroupId")).isEqualTo(groupId);
    assertThat(first.getString("Type")).isEqualTo("Public");
    assertThat(first.getString("Operator_Account")).isEqualTo(ADMIN);
    assertThat(first.getLong("EventTime")).isPositive();

    // deleting a key the group lacks fails (10050) and changes nothing: no callback
    awaitFailure(() -> client.call("group_open_http_svc", "delete_group_attr", new JsonObject()
        .put("GroupId", groupId).put("GroupAttr", new JsonArray().add(new JsonObject().put("key", "gone")))), 10050);
    call(g + "modify_group_attr", new JsonObject().put("GroupId", groupId).put("GroupAttr", attrs("d", "4")));
    assertThat(await(ATTR, 5)).extracting(r -> r.body().getJsonArray("GroupAttr")).contains(attrs("d", "4"))
        .hasSize(5);
  }
}
