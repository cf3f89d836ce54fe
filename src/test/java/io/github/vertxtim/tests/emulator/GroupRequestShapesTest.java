package io.github.vertxtim.tests.emulator;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The group handlers against raw bodies, as the documents write them and as clients other than ours send them:
 * missing required fields, older field and command names.
 */
class GroupRequestShapesTest extends EmulatorTestBase {

  private String publicGroup(String owner, String... members) {
    assertOk(call("im_open_login_svc/account_import", new JsonObject().put("UserID", owner)));
    JsonArray list = new JsonArray();
    for (String m : members) {
      assertOk(call("im_open_login_svc/account_import", new JsonObject().put("UserID", m)));
      list.add(new JsonObject().put("Member_Account", m));
    }
    JsonObject a = call("group_open_http_svc/create_group", new JsonObject().put("Owner_Account", owner)
        .put("Type", "Public").put("Name", "g").put("MemberList", list));
    assertOk(a);
    return a.getString("GroupId");
  }

  @Test
  void missingRequiredFieldsAnswer10004() {
    String id = publicGroup("owner", "ann");
    assertFail(call("group_open_http_svc/create_group", new JsonObject().put("Name", "g")), 10004);
    assertFail(call("group_open_http_svc/create_group", new JsonObject().put("Type", "Public")), 10004);
    assertFail(call("group_open_http_svc/destroy_group", new JsonObject()), 10004);
    assertFail(call("group_open_http_svc/add_group_member", new JsonObject().put("GroupId", id)), 10004);
    assertFail(call("group_open_http_svc/forbid_send_msg", new JsonObject().put("GroupId", id)
        .put("Members_Account", new JsonArray().add("ann"))), 10004);
    assertFail(call("group_open_http_svc/get_role_in_group", new JsonObject().put("GroupId", id)), 10004);
    assertFail(call("group_open_http_svc/set_unread_msg_num", new JsonObject().put("GroupId", id)
        .put("Member_Account", "ann")), 10004);
    assertFail(call("group_open_http_svc/destroy_group", new JsonObject().put("GroupId", 42)), 10015);
  }

  @Test
  void olderNamesAreAccepted() {
    String id = publicGroup("owner", "ann");
    // ShutUpTime and the legacy command name get_group_shutted_uin
    assertOk(call("group_open_http_svc/forbid_send_msg", new JsonObject().put("GroupId", id)
        .put("Members_Account", new JsonArray().add("ann")).put("ShutUpTime", 60)));
    JsonObject muted = call("group_open_http_svc/get_group_shutted_uin", new JsonObject().put("GroupId", id));
    assertOk(muted);
    assertThat(muted.getJsonArray("ShuttedUinList").getJsonObject(0).getString("Member_Account")).isEqualTo("ann");
    // ShutUpAllMember, and a lower-case key in member fields
    assertOk(call("group_open_http_svc/modify_group_base_info", new JsonObject().put("GroupId", id)
        .put("ShutUpAllMember", "On")));
    assertOk(call("group_open_http_svc/modify_group_member_info", new JsonObject().put("GroupId", id)
        .put("Member_Account", "ann").put("AppMemberDefinedData",
            new JsonArray().add(new JsonObject().put("key", "Level").put("Value", "5")))));
    JsonObject info = call("group_open_http_svc/get_group_info", new JsonObject()
        .put("GroupIdList", new JsonArray().add(id)));
    JsonObject group = info.getJsonArray("GroupInfo").getJsonObject(0);
    assertThat(group.getString("ShutUpAllMember")).isEqualTo("On");
    assertThat(group.getString("MuteAllMember")).isEqualTo("On");
    JsonObject ann = group.getJsonArray("MemberList").getJsonObject(1);
    assertThat(ann.getJsonArray("AppMemberDefinedData").getJsonObject(0).getString("Value")).isEqualTo("5");
    // Work is the newer name of Private
    JsonObject work = call("group_open_http_svc/create_group", new JsonObject().put("Type", "Work").put("Name", "w"));
    assertOk(work);
    JsonObject workInfo = call("group_open_http_svc/get_group_info", new JsonObject()
        .put("GroupIdList", new JsonArray().add(work.getString("GroupId"))));
    assertThat(workInfo.getJsonArray("GroupInfo").getJsonObject(0).getString("Type")).isEqualTo("Private");
  }
}
