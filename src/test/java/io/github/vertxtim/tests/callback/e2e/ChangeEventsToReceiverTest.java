package io.github.vertxtim.tests.callback.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vertxtim.TimErrorCode;
import io.github.vertxtim.api.group.GroupAttrItem;
import io.github.vertxtim.callback.CallbackEvent;
import io.github.vertxtim.callback.TimCallbackReceiver;
import io.github.vertxtim.callback.TimCallbackReceiverOptions;
import io.github.vertxtim.callback.event.group.GroupAfterGroupAttrChangedEvent;
import io.github.vertxtim.callback.event.group.GroupAfterMemberFieldChangedEvent;
import io.github.vertxtim.callback.event.group.GroupAfterReadReceiptEvent;
import io.github.vertxtim.callback.event.group.GroupAfterTopicInfoChangedEvent;
import io.github.vertxtim.callback.event.group.MemberAccountItem;
import io.github.vertxtim.callback.event.moderation.ContentResultNotifyEvent;
import io.github.vertxtim.emulator.EmulatorCallbackOptions;
import io.github.vertxtim.emulator.TimEmulatorOptions;
import io.github.vertxtim.emulator.impl.moderation.ModerationState;
import io.github.vertxtim.tests.Poll;
import io.github.vertxtim.tests.api.FamilyTestBase;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The topic, member-field, attribute, read-receipt and moderation-result events as the emulator sends them, verified
 * and decoded by the project's receiver into their typed records, every field typed (no unknown fields).
 */
class ChangeEventsToReceiverTest extends FamilyTestBase {

  private static final String TOKEN = "e2e-change-token";
  private static final List<Class<? extends CallbackEvent>> TYPES = List.of(GroupAfterTopicInfoChangedEvent.class,
      GroupAfterMemberFieldChangedEvent.class, GroupAfterGroupAttrChangedEvent.class,
      GroupAfterReadReceiptEvent.class, ContentResultNotifyEvent.class);

  private final Queue<CallbackEvent> events = new ConcurrentLinkedQueue<>();
  private TimCallbackReceiver receiver;
  private LoopbackReceiver server;

  @Override
  protected TimEmulatorOptions emulatorOptions() {
    receiver = TimCallbackReceiver.create(vertx, new TimCallbackReceiverOptions().setSdkAppId(SDK_APP_ID)
        .addToken(TOKEN));
    for (Class<? extends CallbackEvent> type : TYPES) {
      receiver.after(type, r -> {
        events.add(r.event());
        return Future.succeededFuture();
      });
    }
    server = new LoopbackReceiver(vertx, receiver);
    return new TimEmulatorOptions().setRateLimitEnabled(false).setCallbacks(new EmulatorCallbackOptions()
        .setUrl(server.url).setToken(TOKEN));
  }

  @BeforeEach
  void accounts() throws Exception {
    useClientWithoutRetries();
    for (String id : List.of("owner", "ann")) {
      state().addAccount(id);
    }
  }

  @AfterEach
  void closeReceiver() throws Exception {
    server.close();
  }

  private JsonObject call(String path, JsonObject body) {
    int slash = path.indexOf('/');
    return await(() -> client.call(path.substring(0, slash), path.substring(slash + 1), body));
  }

  private String group(String type) {
    JsonObject request = new JsonObject().put("Owner_Account", "owner").put("Type", type).put("Name", "club")
        .put("MemberList", new JsonArray().add(new JsonObject().put("Member_Account", "ann")));
    if (type.equals("Community")) {
      request.put("SupportTopic", 1);
    }
    return call("group_open_http_svc/create_group", request).getString("GroupId");
  }

  private static JsonArray text(String text) {
    return new JsonArray().add(new JsonObject().put("MsgType", "TIMTextElem")
        .put("MsgContent", new JsonObject().put("Text", text)));
  }

  private <E> E awaitEvent(Class<E> type) {
    Poll.until("a " + type.getSimpleName(), () -> events.stream().anyMatch(type::isInstance), 10_000);
    return events.stream().filter(type::isInstance).map(type::cast).findFirst().orElseThrow();
  }

  @Test
  void everyNewCommandDecodesIntoItsRecord() {
    String community = group("Community");
    String topic = call("million_group_open_http_svc/create_topic", new JsonObject().put("GroupId", community)
        .put("TopicName", "news")).getString("TopicId");
    call("million_group_open_http_svc/modify_topic", new JsonObject().put("GroupId", community).put("TopicId", topic)
        .put("TopicName", "headlines").put("Introduction", "what happened"));
    GroupAfterTopicInfoChangedEvent topicInfo = awaitEvent(GroupAfterTopicInfoChangedEvent.class);
    assertThat(topicInfo.groupId()).isEqualTo(community);
    assertThat(topicInfo.type()).isEqualTo("Community");
    assertThat(topicInfo.name()).isEqualTo("headlines");
    assertThat(topicInfo.introduction()).isEqualTo("what happened");
    assertThat(topicInfo.notification()).isNull();
    assertThat(topicInfo.unknownFields()).isEmpty();

    String groupId = group("Public");
    call("group_open_http_svc/modify_group_member_info", new JsonObject().put("GroupId", groupId)
        .put("Member_Account", "ann").put("Role", "Admin"));
    GroupAfterMemberFieldChangedEvent field = awaitEvent(GroupAfterMemberFieldChangedEvent.class);
    assertThat(field.modifiedAccount()).isEqualTo("ann");
    assertThat(field.role()).isEqualTo("Admin");
    assertThat(field.nameCard()).isNull();
    assertThat(field.operatorAccount()).isEqualTo(ADMIN);
    assertThat(field.eventTime()).isPositive();
    assertThat(field.unknownFields()).isEmpty();

    call("group_open_http_svc/set_group_attr", new JsonObject().put("GroupId", groupId).put("GroupAttr",
        new JsonArray().add(new JsonObject().put("key", "theme").put("value", "dark"))));
    GroupAfterGroupAttrChangedEvent attr = awaitEvent(GroupAfterGroupAttrChangedEvent.class);
    assertThat(attr.optionType()).isEqualTo("set");
    assertThat(attr.groupAttr()).containsExactly(new GroupAttrItem("theme", "dark"));
    assertThat(attr.unknownFields()).isEmpty();

    long seq = call("group_open_http_svc/send_group_msg", new JsonObject().put("GroupId", groupId)
        .put("From_Account", "owner").put("Random", 3).put("NeedReadReceipt", 1).put("MsgBody", text("read me")))
        .getLong("MsgSeq");
    GroupAfterReadReceiptEvent receipt = awaitEvent(GroupAfterReadReceiptEvent.class);
    assertThat(receipt.groupId()).isEqualTo(groupId);
    assertThat(receipt.groupMsgReceiptList()).hasSize(1);
    GroupAfterReadReceiptEvent.Receipt item = receipt.groupMsgReceiptList().get(0);
    assertThat(item.msgSeq()).isEqualTo(seq);
    assertThat(item.readNum()).isZero();
    assertThat(item.unreadNum()).isEqualTo(1);
    assertThat(item.readReceiptMembers()).as("nobody has read a message just sent").isEmpty();
    assertThat(item.unknownFields()).isEmpty();

    call("group_open_http_svc/group_msg_receipt", new JsonObject().put("GroupId", groupId).put("From_Account", "ann")
        .put("MsgSeqList", new JsonArray().add(new JsonObject().put("MsgSeq", seq))));
    Poll.until("the acknowledgement", () -> events.stream().filter(GroupAfterReadReceiptEvent.class::isInstance)
        .count() == 2, 10_000);
    GroupAfterReadReceiptEvent.Receipt read = events.stream().filter(GroupAfterReadReceiptEvent.class::isInstance)
        .map(e -> ((GroupAfterReadReceiptEvent) e).groupMsgReceiptList().get(0))
        .filter(r -> r.readNum() == 1).findFirst().orElseThrow();
    assertThat(read.unreadNum()).isZero();
    assertThat(read.readReceiptMembers()).containsExactly(new MemberAccountItem("ann"));

    call("im_msg_audit_mgr/add_cloud_audit_keywords", new JsonObject().put("LibID", ModerationState.DEFAULT_LIBRARY_ID)
        .put("UserKeywords", new JsonArray().add(new JsonObject().put("Content", "giveaway").put("Label", "Ad"))));
    awaitFailure(() -> client.call("openim", "sendmsg", new JsonObject().put("From_Account", "ann")
        .put("To_Account", "owner").put("MsgRandom", 4).put("MsgBody", text("free giveaway"))),
        TimErrorCode.SENSITIVE_TEXT.code());
    ContentResultNotifyEvent notify = awaitEvent(ContentResultNotifyEvent.class);
    assertThat(notify.scene()).isEqualTo(ContentResultNotifyEvent.C2C);
    assertThat(notify.sdkAppId()).isEqualTo(SDK_APP_ID);
    assertThat(notify.fromAccount()).isEqualTo("ann");
    assertThat(notify.contactItem()).isEqualTo(new ContentResultNotifyEvent.Contact(
        ContentResultNotifyEvent.Contact.ONE_TO_ONE, "owner", null));
    assertThat(notify.textContent()).containsExactly("free giveaway");
    assertThat(notify.ctxcbResult()).isEqualTo(ContentResultNotifyEvent.BLOCKED);
    assertThat(notify.ctxcbKeywords()).containsExactly("giveaway");
    assertThat(notify.ctxcbLabel()).isEqualTo("Ad");
    assertThat(notify.unknownFields()).isEmpty();

    // every request passed the receiver's Sign and SdkAppid checks
    assertThat(receiver.stats().rejected().values()).allMatch(n -> n == 0);
    assertThat(receiver.stats().handlerFailures()).isZero();
    assertThat(events).hasSize(6);
  }
}
