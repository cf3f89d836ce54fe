package io.github.vertxtim.tests.api.group;

import io.github.vertxtim.api.group.CreateTopicRequest;
import io.github.vertxtim.api.group.GetAdminListRequest;
import io.github.vertxtim.emulator.EmulatorFeature;
import io.github.vertxtim.emulator.TimEmulatorOptions;
import io.github.vertxtim.registry.EndpointRegistry;
import io.github.vertxtim.tests.api.FamilyTestBase;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** With the console's Community feature off, topics and permission groups answer 11000; AVChatRooms still work. */
class CommunityFeatureOffTest extends FamilyTestBase {

  /** The 16 Community endpoints of catalog §4.8.5. */
  private static final List<String> COMMUNITY_PATHS = List.of(
      "million_group_open_http_svc/create_topic", "million_group_open_http_svc/get_topic",
      "million_group_open_http_svc/modify_topic", "million_group_open_http_svc/destroy_topic",
      "group_open_http_svc/import_topic", "group_open_http_svc/create_permission_group",
      "group_open_http_svc/destroy_permission_group", "group_open_http_svc/modify_permission_group",
      "group_open_http_svc/get_permission_group", "group_open_http_svc/add_topic_permission_group",
      "group_open_http_svc/set_topic_permission_group", "group_open_http_svc/delete_topic_permission_group",
      "group_open_http_svc/get_topic_permission_group", "group_open_http_svc/add_permission_group_member",
      "group_open_http_svc/delete_permission_group_member", "group_open_http_svc/get_permission_group_member_list");

  @Override
  protected TimEmulatorOptions emulatorOptions() {
    return new TimEmulatorOptions().setFeatureEnabled(EmulatorFeature.COMMUNITY, false);
  }

  @Test
  void everyCommunityEndpointAnswers11000() {
    String community = state().addGroup("Community");
    EndpointRegistry registry = EndpointRegistry.defaultRegistry();
    for (String path : COMMUNITY_PATHS) {
      String[] sc = path.split("/");
      assertThat(registry.get(sc[0], sc[1]).family()).isEqualTo("group");
      awaitFailure(() -> client.call(sc[0], sc[1], new JsonObject().put("GroupId", community)), 11000);
    }
    awaitFailure(() -> client.communities().createTopic(new CreateTopicRequest(community, null, "t")), 11000);
    assertThat(state().topicIds(community)).isEmpty();
  }

  @Test
  void avChatRoomsDoNotDependOnTheCommunityFeature() {
    String room = state().addGroup("AVChatRoom");
    assertThat(await(() -> client.avChatRooms().getAdminList(new GetAdminListRequest(room))).admins()).isEmpty();
  }
}
