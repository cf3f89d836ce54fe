package io.github.vertxtim.tests.emulator.snapshot;

import io.github.vertxtim.TimClient;
import io.github.vertxtim.TimClientOptions;
import io.github.vertxtim.api.account.Account;
import io.github.vertxtim.api.account.ImportAccountsRequest;
import io.github.vertxtim.api.c2c.SendMessageRequest;
import io.github.vertxtim.api.c2c.SendMessageResult;
import io.github.vertxtim.api.c2c.SetMessagesReadRequest;
import io.github.vertxtim.api.c2c.WithdrawMessageRequest;
import io.github.vertxtim.api.group.AddGroupMemberRequest;
import io.github.vertxtim.api.group.CreateGroupRequest;
import io.github.vertxtim.api.group.CreateTopicRequest;
import io.github.vertxtim.api.group.ForbidSendMsgRequest;
import io.github.vertxtim.api.group.ModifyGroupAttrRequest;
import io.github.vertxtim.api.group.RecallGroupMsgRequest;
import io.github.vertxtim.api.group.SendGroupMsgRequest;
import io.github.vertxtim.api.group.SetGroupMsgKeyValuesRequest;
import io.github.vertxtim.api.group.UpdateGroupCounterRequest;
import io.github.vertxtim.api.message.MsgBody;
import io.github.vertxtim.api.group.MsgExtension;
import io.github.vertxtim.api.moderation.AddCloudAuditKeywordsRequest;
import io.github.vertxtim.api.moderation.AddLocalAuditKeywordsRequest;
import io.github.vertxtim.api.moderation.LocalAuditWord;
import io.github.vertxtim.api.mute.SetNoSpeakingRequest;
import io.github.vertxtim.api.robot.CreateRobotRequest;
import io.github.vertxtim.api.sns.AddFollowsRequest;
import io.github.vertxtim.api.sns.PeersRequest;
import io.github.vertxtim.emulator.EmulatorState;
import io.github.vertxtim.emulator.TimEmulatorOptions;
import io.github.vertxtim.emulator.impl.TimEmulatorImpl;
import io.github.vertxtim.emulator.impl.moderation.ModerationState;
import io.github.vertxtim.emulator.impl.shared.EmulatorClock;
import io.github.vertxtim.emulator.impl.shared.ManualClock;
import io.github.vertxtim.tests.api.FamilyTestBase;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;


import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every family populated through the client, snapshotted, and read back from a new emulator started from the file:
 * every read answers what it answered before the restart, and counters (MsgSeq, MsgKey, IDs) go on from where
 * they were.
 */
class EveryFamilySnapshotTest extends FamilyTestBase {

  private static final String KEY = "0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0";
  private static final String OA = "@TOA#_snapshot";

  @TempDir
  Path dir;

  private final Map<String, String> groups = new LinkedHashMap<>();
  private String community;
  private String topic;
  private SendMessageResult firstC2c;
  private static final long C2C_RANDOM = 777_001;

  /** One clock for both emulators, standing still, so a remaining mute time reads the same across the restart. */
  private final ManualClock clock = new ManualClock(System.currentTimeMillis());

  @Override
  protected EmulatorClock emulatorClock() {
    return clock;
  }

  @Override
  protected TimEmulatorOptions emulatorOptions() {
    return new TimEmulatorOptions().setSecretKey(KEY).setRateLimitEnabled(false);
  }

  private JsonObject call(String service, String command, JsonObject body) {
    return await(() -> client.call(service, command, body));
  }

  private static JsonArray text(String text) {
    return new JsonArray().add(new JsonObject().put("MsgType", "TIMTextElem")
        .put("MsgContent", new JsonObject().put("Text", text)));
  }

  private void populate() {
    List<String> users = List.of("alice", "bob", "carol", "dave", "erin");
    await(() -> client.accounts().importAccounts(new ImportAccountsRequest(users.stream()
        .map(u -> new Account(u, "Nick " + u, "https://faces.example/" + u + ".png")).toList(), null)));
    state().setOnlineStatus("bob", "Online");

    // profiles with a custom field and a number field
    call("profile", "portrait_set", new JsonObject().put("From_Account", "alice").put("ProfileItem", new JsonArray()
        .add(new JsonObject().put("Tag", "Tag_Profile_IM_SelfSignature").put("Value", "hello"))
        .add(new JsonObject().put("Tag", "Tag_Profile_IM_Level").put("Value", 7))
        .add(new JsonObject().put("Tag", "Tag_Profile_Custom_Hobby").put("Value", "chess"))));

    // friends, friend lists, blocklists, follows
    call("sns", "friend_add", new JsonObject().put("From_Account", "alice").put("AddType", "Add_Type_Both")
        .put("ForceAddFlags", 1).put("AddFriendItem", new JsonArray()
            .add(new JsonObject().put("To_Account", "bob").put("AddSource", "AddSource_Type_Web").put("Remark", "B"))
            .add(new JsonObject().put("To_Account", "carol").put("AddSource", "AddSource_Type_Web"))));
    call("sns", "group_add", new JsonObject().put("From_Account", "alice").put("GroupName",
        new JsonArray().add("hiking"))
        .put("To_Account", new JsonArray().add("bob")));
    await(() -> client.friends().addBlocklist(new PeersRequest("dave", List.of("erin"))));
    await(() -> client.follows().addFollows(AddFollowsRequest.of("carol", List.of("alice", "bob"))));

    // groups of every type, with members, attributes, counters, mutes and a topic
    for (String type : List.of("Private", "Public", "ChatRoom", "Community")) {
      String id = type.equals("Community")
          ? call("group_open_http_svc", "create_group", new JsonObject().put("Owner_Account", "alice")
              .put("Type", type).put("Name", "topics").put("SupportTopic", 1)).getString("GroupId")
          : await(() -> client.groups().createGroup(CreateGroupRequest.of(type, type + " group", "alice"))).groupId();
      await(() -> client.groups().addGroupMember(AddGroupMemberRequest.of(id, List.of("bob", "carol"))));
      groups.put(type, id);
    }
    String live = await(() -> client.groups().createGroup(CreateGroupRequest.of("AVChatRoom", "live", "alice")))
        .groupId();
    groups.put("AVChatRoom", live);
    assertThat(state().joinGroup(live, "dave")).isTrue();
    String pub = groups.get("Public");
    await(() -> client.groups().forbidSendMsg(ForbidSendMsgRequest.of(pub, List.of("carol"), 3600)));
    await(() -> client.groupAttributes().modifyGroupAttr(ModifyGroupAttrRequest.of(groups.get("ChatRoom"),
        Map.of("seat", "3"))));
    await(() -> client.groupAttributes().updateGroupCounter(UpdateGroupCounterRequest.of(groups.get("ChatRoom"),
        UpdateGroupCounterRequest.INCREASE, Map.of("likes", 5L))));
    community = groups.get("Community");
    topic = await(() -> client.communities().createTopic(new CreateTopicRequest(community, null, "news"))).topicId();

    // group messages: a recall, a receipt-tracked message, extensions
    for (int i = 1; i <= 3; i++) {
      String body = "msg " + i;
      await(() -> client.groupMessages().sendGroupMsg(SendGroupMsgRequest.from(pub, "alice", MsgBody.text(body))
          .withSupportMessageExtension(true).withNeedReadReceipt(true)));
    }
    await(() -> client.groupMessages().recallGroupMsg(RecallGroupMsgRequest.of(pub, 2)));
    await(() -> client.groupMessages().setGroupMsgKeyValues(SetGroupMsgKeyValuesRequest.set(pub, 1,
        List.of(MsgExtension.of("votes", "4")))));
    call("group_open_http_svc", "send_group_msg", new JsonObject().put("GroupId", community).put("TopicId", topic)
        .put("From_Account", "bob").put("Random", 5).put("MsgBody", text("in topic")));

    // one-to-one messages: read marks, a recall, extensions, a remembered MsgRandom
    firstC2c = await(() -> client.c2c().sendMessage(SendMessageRequest.of("bob", MsgBody.text("hi bob"))
        .withFromAccount("alice").withMessageExtension().withMsgRandom(C2C_RANDOM)));
    SendMessageResult second = await(() -> client.c2c().sendMessage(SendMessageRequest.of("bob",
        MsgBody.text("oops")).withFromAccount("alice")));
    await(() -> client.c2c().sendMessage(SendMessageRequest.of("alice", MsgBody.text("unread"))
        .withFromAccount("carol")));
    await(() -> client.c2c().withdrawMessage(new WithdrawMessageRequest("alice", "bob", second.msgKey(), null)));
    await(() -> client.c2c().setMessagesRead(new SetMessagesReadRequest("bob", "alice")));
    call("openim_msg_ext_http_svc", "set_key_values", new JsonObject().put("From_Account", "alice")
        .put("To_Account", "bob").put("MsgKey", firstC2c.msgKey()).put("OperateType", 1).put("ExtensionList",
            new JsonArray()
            .add(new JsonObject().put("Key", "mood").put("Value", "happy"))));

    // conversations: a pinned one and a conversation group
    state().pinConversation("alice", 1, "carol", true);
    call("recentcontact", "create_contact_group", new JsonObject().put("From_Account", "alice")
        .put("GroupContactItem", new JsonArray().add(new JsonObject().put("GroupName", "friends")
            .put("ContactItem", new JsonArray().add(new JsonObject().put("Type", 1).put("To_Account", "bob"))))));

    // push: attributes, tags and a task in each service
    for (String service : List.of("all_member_push", "timpush")) {
      String prefix = service.equals("timpush") ? "" : "im_";
      call(service, prefix + "set_attr_name", new JsonObject().put("AttrNames", new JsonObject().put("0", "city")));
      call(service, prefix + "set_attr", new JsonObject().put("UserAttrs", new JsonArray().add(new JsonObject()
          .put("To_Account", "alice").put("Attrs", new JsonObject().put("city", "Paris")))));
      call(service, prefix + "add_tag", new JsonObject().put("UserTags", new JsonArray().add(new JsonObject()
          .put("To_Account", "bob").put("Tags", new JsonArray().add("vip")))));
    }
    call("all_member_push", "im_push", new JsonObject().put("MsgRandom", 4242).put("MsgBody", text("to all")));

    // official account with subscribers and messages
    call("official_account_open_http_svc", "create_official_account", new JsonObject().put("Owner_Account", "alice")
        .put("Name", "News").put("OfficialAccountUserID", OA).put("Introduction", "daily"));
    call("official_account_open_http_svc", "add_subscriber", new JsonObject().put("Official_Account", OA)
        .put("SubscriberList", new JsonArray().add(new JsonObject().put("Subscriber_Account", "bob"))
            .add(new JsonObject().put("Subscriber_Account", "carol"))));
    call("official_account_open_http_svc", "send_official_account_msg", new JsonObject().put("Official_Account", OA)
        .put("Random", 99).put("MsgBody", text("edition 1")));

    // moderation, global mute, bots, chat files
    await(() -> client.moderation().addLocalAuditKeywords(AddLocalAuditKeywordsRequest.of(List.of(
        new LocalAuditWord("spoiler", LocalAuditWord.WORD, LocalAuditWord.REPLACE, "***", null, null, null)))));
    await(() -> client.moderation().addCloudAuditKeywords(AddCloudAuditKeywordsRequest.of(
        ModerationState.DEFAULT_LIBRARY_ID,
        List.of(new AddCloudAuditKeywordsRequest.UserKeyword("scam", null, null)))));
    await(() -> client.globalMute().setNoSpeaking(new SetNoSpeakingRequest("erin", 3600L, SetNoSpeakingRequest.FOREVER,
        null)));
    await(() -> client.robots().createRobot(new CreateRobotRequest("@RBT#helper", "Helper", null, "I help")));
    state().addChatFile("https://cos.example/file.png");
  }

  /** Everything read back: typed and raw answers, and the state's own inspection methods. */
  private Map<String, Object> readEverything() {
    Map<String, Object> r = new LinkedHashMap<>();
    EmulatorState s = state();
    List<String> users = List.of("alice", "bob", "carol", "dave", "erin");
    r.put("accounts", new java.util.TreeSet<>(s.accountIds()));
    r.put("online", answer("openim", "query_online_status", new JsonObject().put("To_Account", new JsonArray(users))));
    r.put("portraits", answer("profile", "portrait_get", new JsonObject().put("To_Account", new JsonArray(users))
        .put("TagList", new JsonArray().add("Tag_Profile_IM_Nick").add("Tag_Profile_IM_Image")
            .add("Tag_Profile_IM_SelfSignature").add("Tag_Profile_IM_Level").add("Tag_Profile_Custom_Hobby"))));
    for (String u : users) {
      r.put("profile " + u, s.profile(u));
      r.put("friends " + u, answer("sns", "friend_get", new JsonObject().put("From_Account", u).put("StartIndex", 0)));
      r.put("blocklist " + u, s.blocklist(u));
      r.put("friendGroups " + u, s.friendGroups(u));
      r.put("following " + u, s.following(u));
      r.put("followers " + u, answer("follow", "follow_get", new JsonObject().put("From_Account", u)
          .put("FollowType", 2).put("StartCursor", "").put("WantNum", 10)));
      r.put("conversations " + u, s.conversations(u));
      r.put("recent " + u, answer("recentcontact", "get_list", new JsonObject().put("From_Account", u)
          .put("TimeStamp", 0).put("StartIndex", 0).put("TopTimeStamp", 0).put("TopStartIndex", 0)
          .put("AssistFlags", 7)));
      r.put("contact groups " + u, answer("recentcontact", "get_contact_group", new JsonObject().put("From_Account", u)
          .put("StartIndex", 0)));
      r.put("joined " + u, answer("group_open_http_svc", "get_joined_group_list", new JsonObject()
          .put("Member_Account", u)));
      r.put("mute " + u, answer("openconfigsvr", "getnospeaking", new JsonObject().put("Get_Account", u)));
      r.put("unread " + u, answer("openim", "get_c2c_unread_msg_num", new JsonObject().put("To_Account", u)));
      for (String service : List.of(EmulatorState.ALL_MEMBER_PUSH, EmulatorState.TIMPUSH)) {
        r.put(service + " attrs " + u, s.pushAttrs(service, u));
        r.put(service + " tags " + u, s.pushTags(service, u));
      }
    }
    r.put("group list", answer("group_open_http_svc", "get_appid_group_list", new JsonObject()));
    JsonArray ids = new JsonArray(List.copyOf(groups.values()));
    r.put("group info", answer("group_open_http_svc", "get_group_info", new JsonObject().put("GroupIdList", ids)));
    for (String g : groups.values()) {
      r.put("members " + g, s.groupMemberIds(g));
      r.put("roles " + g, s.groupMemberIds(g).stream().map(m -> m + "=" + s.groupRole(g, m)).toList());
      r.put("muted " + g, s.isGroupMemberMuted(g, "carol"));
      r.put("attrs " + g, s.groupAttributes(g));
      r.put("counters " + g, s.groupCounters(g));
      r.put("notices " + g, s.groupNotices(g));
      r.put("topics " + g, s.topicIds(g));
      if (!g.equals(groups.get("AVChatRoom"))) {
        r.put("member info " + g, answer("group_open_http_svc", "get_group_member_info",
            new JsonObject().put("GroupId", g)));
        r.put("history " + g, answer("group_open_http_svc", "group_msg_get_simple", new JsonObject().put("GroupId", g)
            .put("ReqMsgNumber", 20)));
      }
    }
    String pub = groups.get("Public");
    r.put("muted accounts", answer("group_open_http_svc", "get_group_muted_account", new JsonObject()
        .put("GroupId", pub)));
    r.put("receipt", answer("group_open_http_svc", "get_group_msg_receipt_detail", new JsonObject().put("GroupId", pub)
        .put("MsgSeq", 1).put("Filter", 1).put("Cursor", "").put("Count", 10)));
    r.put("group extensions", answer("openim_msg_ext_http_svc", "group_get_key_values", new JsonObject()
        .put("GroupId", pub)
        .put("MsgSeq", 1)));
    r.put("topic info", answer("million_group_open_http_svc", "get_topic", new JsonObject().put("GroupId", community)));
    r.put("topic history", answer("group_open_http_svc", "group_msg_get_simple", new JsonObject()
        .put("GroupId", community)
        .put("TopicId", topic).put("ReqMsgNumber", 20)));
    r.put("c2c history", answer("openim", "admin_getroammsg", new JsonObject().put("Operator_Account", "alice")
        .put("Peer_Account", "bob").put("MaxCnt", 100).put("MinTime", 0).put("MaxTime", 4_294_967_295L)));
    r.put("c2c count", s.c2cMessageCount("alice", "bob"));
    r.put("c2c extensions", answer("openim_msg_ext_http_svc", "get_key_values", new JsonObject()
        .put("From_Account", "alice")
        .put("To_Account", "bob").put("MsgKey", firstC2c.msgKey()).put("StartSeq", 1)));
    r.put("push tasks", List.of(s.pushTaskIds(EmulatorState.ALL_MEMBER_PUSH), s.pushTaskIds(EmulatorState.TIMPUSH)));
    r.put("push recipients", s.pushTaskIds(EmulatorState.ALL_MEMBER_PUSH).stream().map(s::pushRecipients).toList());
    r.put("official info", answer("official_account_open_http_svc", "get_official_account_info", new JsonObject()
        .put("OfficialAccountIdList", new JsonArray().add(new JsonObject().put("Official_Account", OA)))));
    r.put("subscribers", answer("official_account_open_http_svc", "get_subscriber_info", new JsonObject()
        .put("Official_Account", OA)));
    r.put("official history", answer("official_account_open_http_svc", "official_account_msg_get_simple",
        new JsonObject().put("Official_Account", OA)));
    r.put("official count", s.officialAccountMessageCount(OA));
    r.put("moderation words", s.moderationKeywords());
    r.put("local words", answer("im_msg_audit_mgr", "get_local_audit_keywords", new JsonObject().put("Offset", 0)
        .put("Limit", 100)));
    r.put("cloud words", answer("im_msg_audit_mgr", "get_cloud_audit_keywords", new JsonObject()
        .put("LibID", ModerationState.DEFAULT_LIBRARY_ID).put("Offset", 0).put("Limit", 100)));
    r.put("bots", await(() -> client.robots().getAllRobots()));
    r.put("chat file banned", s.chatFileBanned("https://cos.example/file.png"));
    r.put("app info", answer("openconfigsvr", "getappinfo", new JsonObject()));
    return r;
  }

  /** A raw answer without the per-request fields (RequestId) that differ between any two calls. */
  private JsonObject answer(String service, String command, JsonObject body) {
    JsonObject a = call(service, command, body).copy();
    a.remove("RequestId");
    return a;
  }

  @Test
  void everythingReadsBackTheSameFromANewEmulator() throws Exception {
    populate();
    Map<String, Object> before = readEverything();
    // the reads see what was made (so equal reads after the restart mean something)
    assertThat(before.get("friendGroups alice")).isEqualTo(List.of("hiking"));
    assertThat(before.get("blocklist dave")).isEqualTo(List.of("erin"));
    assertThat(before.get("following carol")).isEqualTo(List.of("alice", "bob"));
    assertThat(before.get("attrs " + groups.get("ChatRoom"))).isEqualTo(Map.of("seat", "3"));
    assertThat(before.get("counters " + groups.get("ChatRoom"))).isEqualTo(Map.of("likes", 5L));
    assertThat(before.get("topics " + groups.get("Community"))).isEqualTo(List.of(topic));
    assertThat(before.get("members " + groups.get("AVChatRoom"))).isEqualTo(List.of("alice", "dave"));
    assertThat(before.get("muted " + groups.get("Public"))).isEqualTo(true);
    assertThat(before.get("c2c count")).isEqualTo(2);
    assertThat(before.get("official count")).isEqualTo(1);
    assertThat(((List<?>) before.get("push tasks")).get(0)).asList().hasSize(1);
    assertThat(before.get("all_member_push attrs alice")).isEqualTo(Map.of("city", "Paris"));
    assertThat(before.get("timpush tags bob")).isEqualTo(java.util.Set.of("vip"));
    assertThat(before.get("moderation words").toString()).contains("spoiler", "scam");
    assertThat(before.get("profile alice").toString()).contains("chess");
    assertThat(before.get("conversations alice").toString()).contains("1:carol", "1:bob");
    assertThat(before.get("bots").toString()).contains("@RBT#helper");
    assertThat(before.get("c2c extensions").toString()).contains("happy");
    assertThat(before.get("group extensions").toString()).contains("votes");
    assertThat(before.get("history " + groups.get("Public")).toString()).contains("msg 3");
    long lastSeq = state().groupMessageCount(groups.get("Public"));
    int c2cCount = state().c2cMessageCount("alice", "bob");
    Path file = dir.resolve("emulator-state.json");

    restartFrom(file);

    Map<String, Object> after = readEverything();
    assertThat(after.keySet()).containsExactlyElementsOf(before.keySet());
    List<String> different = new ArrayList<>();
    before.forEach((k, v) -> {
      if (!v.equals(after.get(k))) {
        different.add(k + ":\n  before " + v + "\n  after  " + after.get(k));
      }
    });
    assertThat(different).as("reads that changed across the restart").isEmpty();

    // counters go on: the next group message takes the next MsgSeq, the next C2C message a new MsgKey
    long next = await(() -> client.groupMessages().sendGroupMsg(SendGroupMsgRequest.from(groups.get("Public"), "bob",
        MsgBody.text("after the restart")))).msgSeq();
    assertThat(next).isEqualTo(lastSeq + 1);
    SendMessageResult fresh = await(() -> client.c2c().sendMessage(SendMessageRequest.of("bob",
        MsgBody.text("after")).withFromAccount("alice")));
    assertThat(fresh.msgKey()).isNotEqualTo(firstC2c.msgKey());
    assertThat(state().c2cMessageCount("alice", "bob")).isEqualTo(c2cCount + 1);

    // a send repeated within its MsgRandom window is still recognised: the first answer again, nothing stored
    SendMessageResult repeat = await(() -> client.c2c().sendMessage(SendMessageRequest.of("bob", MsgBody.text("hi bob"))
        .withFromAccount("alice").withMessageExtension().withMsgRandom(C2C_RANDOM)));
    assertThat(repeat.msgKey()).isEqualTo(firstC2c.msgKey());
    assertThat(state().c2cMessageCount("alice", "bob")).isEqualTo(c2cCount + 1);

    // the mute of carol in the Public group (an absolute end time) still holds; a new group gets a new ID
    assertThat(state().isGroupMemberMuted(groups.get("Public"), "carol")).isTrue();
    String newGroup = await(() -> client.groups().createGroup(CreateGroupRequest.of("Public", "new", "bob"))).groupId();
    assertThat(groups.values()).doesNotContain(newGroup);
  }

  /** Snapshot, close both, then a new emulator from the file and a client that reaches it. */
  private void restartFrom(Path file) throws Exception {
    await(() -> emulator.snapshot(file));
    TimEmulatorOptions options = new TimEmulatorOptions(emulator.options()).setPort(0)
        .setStateFile(file.toString());
    client.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    emulator.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    emulator = new TimEmulatorImpl(vertx, options, emulatorClock());
    await(() -> emulator.start());
    client = TimClient.create(vertx, new TimClientOptions().setSdkAppId(SDK_APP_ID).setAdminIdentifier(ADMIN)
        .setSecretKey(KEY).setEndpoint(emulator.baseUrl()));
  }

}
