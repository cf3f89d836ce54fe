package io.github.vertxtim.tests.callback.event;

import io.github.vertxtim.api.message.TextContent;
import io.github.vertxtim.callback.event.official.OfficialAfterAddSubscriberEvent;
import io.github.vertxtim.callback.event.official.OfficialAfterCreateOfficialAccountEvent;
import io.github.vertxtim.callback.event.official.OfficialAfterDeleteSubscriberEvent;
import io.github.vertxtim.callback.event.official.OfficialAfterMsgWithDrawEvent;
import io.github.vertxtim.callback.event.official.OfficialAfterOfficialAccountDestroyedEvent;
import io.github.vertxtim.callback.event.official.OfficialAfterOfficialAccountFullEvent;
import io.github.vertxtim.callback.event.official.OfficialAfterOfficialAccountInfoChangedEvent;
import io.github.vertxtim.callback.event.official.OfficialAfterSendMsgEvent;
import io.github.vertxtim.callback.event.official.OfficialBeforeAddSubscriberEvent;
import io.github.vertxtim.callback.event.official.OfficialBeforeCreateOfficialAccountEvent;
import io.github.vertxtim.callback.event.official.OfficialBeforeSendMsgEvent;
import io.github.vertxtim.callback.event.official.SubscriberItem;
import io.github.vertxtim.callback.event.push.PushAllMemberPushEvent;
import io.github.vertxtim.callback.event.push.PushOfflinePushEvent;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.github.vertxtim.tests.callback.event.EventSamples.decode;
import static io.github.vertxtim.tests.callback.event.EventSamples.encode;
import static io.github.vertxtim.tests.callback.event.EventSamples.event;
import static org.assertj.core.api.Assertions.assertThat;

/** The documented samples of the official-account and push-result callbacks, field by field. */
class OfficialAndPushEventSamplesTest {

  private static List<String> subscribers(List<SubscriberItem> items) {
    return items.stream().map(SubscriberItem::subscriberAccount).toList();
  }

  @Test
  void beforeCreateOfficialAccount() {
    OfficialBeforeCreateOfficialAccountEvent e = event("OfficialAccount.CallbackBeforeCreateOfficialAccount",
        OfficialBeforeCreateOfficialAccountEvent.class);
    assertThat(e.operatorAccount()).isEqualTo("107867");
    assertThat(e.ownerAccount()).isEqualTo("107867");
    assertThat(e.name()).isEqualTo("TestOfficialAccount");
    assertThat(e.eventTime()).isEqualTo(1670574414123L);
  }

  @Test
  void afterCreateOfficialAccount() {
    OfficialAfterCreateOfficialAccountEvent e = event("OfficialAccount.CallbackAfterCreateOfficialAccount",
        OfficialAfterCreateOfficialAccountEvent.class);
    assertThat(e.officialAccount()).isEqualTo("@TOA#_test_OA_for_penn");
    assertThat(e.operatorAccount()).isEqualTo("107867");
    assertThat(e.name()).isEqualTo("TestOfficialAccount");
  }

  @Test
  void afterOfficialAccountInfoChanged() {
    OfficialAfterOfficialAccountInfoChangedEvent e = event("OfficialAccount.CallbackAfterOfficialAccountInfoChanged",
        OfficialAfterOfficialAccountInfoChangedEvent.class);
    assertThat(e.officialAccount()).isEqualTo("@TOA#_test_OA_for_penn");
    assertThat(e.operatorAccount()).isEqualTo("leckie");
    assertThat(e.introduction()).isEqualTo("NewNotification");
    assertThat(e.name()).isEqualTo("NewName");
    assertThat(e.faceUrl()).isEqualTo("http://this.is.newface.url");
    assertThat(e.organization()).isEqualTo("NewOrganization");
  }

  @Test
  void afterOfficialAccountDestroyed() {
    OfficialAfterOfficialAccountDestroyedEvent e = event("OfficialAccount.CallbackAfterOfficialAccountDestroyed",
        OfficialAfterOfficialAccountDestroyedEvent.class);
    assertThat(e.officialAccount()).isEqualTo("@TOA#_test_OA_for_penn");
    assertThat(e.ownerAccount()).isEqualTo("107867");
    assertThat(e.name()).isEqualTo("TestOfficialAccount");
  }

  @Test
  void subscriberEventsShareTheSubscriberItem() {
    OfficialBeforeAddSubscriberEvent before = event("OfficialAccount.CallbackBeforeAddSubscriber",
        OfficialBeforeAddSubscriberEvent.class);
    assertThat(before.officialAccount()).isEqualTo("@TOA#_test_for_penn");
    assertThat(before.operatorAccount()).isEqualTo("107867");
    assertThat(subscribers(before.subscribeAccountList())).containsExactly("jared", "leckie");
    assertThat(before.eventTime()).isEqualTo(1670574414123L);
    OfficialAfterAddSubscriberEvent after = event("OfficialAccount.CallbackAfterAddSubscriber",
        OfficialAfterAddSubscriberEvent.class);
    assertThat(subscribers(after.subscribeAccountList())).containsExactly("jared", "leckie");
    OfficialAfterDeleteSubscriberEvent deleted = event("OfficialAccount.CallbackAfterDeleteSubscriber",
        OfficialAfterDeleteSubscriberEvent.class);
    assertThat(subscribers(deleted.subscribeAccountList())).containsExactly("jared");
  }

  @Test
  void afterOfficialAccountFull() {
    OfficialAfterOfficialAccountFullEvent e = event("OfficialAccount.CallbackAfterOfficialAccountFull",
        OfficialAfterOfficialAccountFullEvent.class);
    assertThat(e.officialAccount()).isEqualTo("@TOA#_test_OA_for_penn");
    assertThat(e.eventTime()).isEqualTo(1670574414123L);
  }

  @Test
  void beforeSendMsg() {
    OfficialBeforeSendMsgEvent e = event("OfficialAccount.CallbackBeforeSendMsg", OfficialBeforeSendMsgEvent.class);
    assertThat(e.officialAccount()).isEqualTo("@TOA#_2J4SZEAEL");
    assertThat(e.onlineOnlyFlag()).isEqualTo(1);
    assertThat(e.msgBody().get(0).msgContent()).isEqualTo(new TextContent("red packet"));
    assertThat(e.cloudCustomData()).isEqualTo("your cloud custom data");
  }

  @Test
  void afterSendMsg() {
    OfficialAfterSendMsgEvent e = event("OfficialAccount.CallbackAfterSendMsg", OfficialAfterSendMsgEvent.class);
    assertThat(e.msgKey()).isEqualTo("71_1_1698741698");
    assertThat(e.msgTime()).isEqualTo(1698741698L);
    assertThat(e.onlineOnlyFlag()).isEqualTo(0);
    assertThat(e.msgBody().get(0).msgType()).isEqualTo("TIMTextElem");
  }

  @Test
  void afterMsgWithDraw() {
    OfficialAfterMsgWithDrawEvent e = event("OfficialAccount.CallbackAfterMsgWithDraw", OfficialAfterMsgWithDrawEvent.class);
    assertThat(e.officialAccount()).isEqualTo("#TOA#_123");
    assertThat(e.withdrawMsgList()).containsExactly(new OfficialAfterMsgWithDrawEvent.WithdrawMsg("71_1_1698741698"));
  }

  @Test
  void allMemberPushIsABatchOfItemsEachWithItsCommand() {
    PushAllMemberPushEvent e = event("Push.AllMemberPush", PushAllMemberPushEvent.class);
    assertThat(e.events()).hasSize(2);
    PushAllMemberPushEvent.Item first = e.events().get(0);
    assertThat(first.callbackCommand()).isEqualTo("Push.AllMemberPush");
    assertThat(first.eventType()).isEqualTo(PushAllMemberPushEvent.Item.OFFLINE_PUSH);
    assertThat(first.taskId()).isEqualTo("657bf434_537529d8_2000005e80aa873_2780d131_bc614e");
    assertThat(first.taskTime()).isEqualTo(1557481127L);
    assertThat(first.eventTime()).as("seconds, not milliseconds").isEqualTo(1557481128L);
    assertThat(first.toAccount()).isEqualTo("user2");
    assertThat(first.pushPlatform()).isEqualTo(1);
    assertThat(first.pushStage()).isEqualTo(1);
    assertThat(first.errCode()).isEqualTo(0);
    assertThat(first.errInfo()).isEqualTo("OK");
    PushAllMemberPushEvent.Item second = e.events().get(1);
    assertThat(second.eventType()).isEqualTo(PushAllMemberPushEvent.Item.ONLINE_PUSH);
    assertThat(second.toAccount()).isEqualTo("user3");
    assertThat(second.eventTime()).isEqualTo(1557481129L);
  }

  @Test
  void aBatchOfAHundredItemsKeepsEachItemsUnknownFields() {
    JsonArray items = new JsonArray();
    for (int i = 0; i < 100; i++) {
      items.add(new JsonObject().put("CallbackCommand", "Push.AllMemberPush").put("To_Account", "user" + i)
          .put("EventTime", String.valueOf(1557481128L + i)).put("Added" + (i % 2), i));
    }
    PushAllMemberPushEvent e = decode(new JsonObject().put("Events", items), PushAllMemberPushEvent.class);
    assertThat(e.events()).hasSize(100);
    assertThat(e.events().get(99).toAccount()).isEqualTo("user99");
    assertThat(e.events().get(99).eventTime()).isEqualTo(1557481227L);
    assertThat(e.events().get(98).unknownFields()).containsEntry("Added0", 98);
    assertThat(encode(e).getJsonArray("Events").getJsonObject(99).getInteger("Added1")).isEqualTo(99);
  }

  @Test
  void offlinePushIsABatchOfOneToOneAndGroupItems() {
    PushOfflinePushEvent e = event("Push.OfflinePush", PushOfflinePushEvent.class);
    assertThat(e.events()).hasSize(2);
    PushOfflinePushEvent.Item c2c = e.events().get(0);
    assertThat(c2c.callbackCommand()).isEqualTo("Push.OfflinePush");
    assertThat(c2c.eventType()).isEqualTo(PushOfflinePushEvent.Item.C2C);
    assertThat(c2c.eventTime()).isEqualTo(1557481127L);
    assertThat(c2c.fromAccount()).isEqualTo("user1");
    assertThat(c2c.toAccount()).isEqualTo("user2");
    assertThat(c2c.msgKey()).isEqualTo("48374_2837546_1557481126");
    assertThat(c2c.groupId()).isNull();
    assertThat(c2c.msgSeq()).isEqualTo(48374L);
    assertThat(c2c.msgRandom()).isEqualTo(2837546L);
    assertThat(c2c.msgTime()).isEqualTo(1557481126L);
    assertThat(c2c.pushId()).isEqualTo("67120c46_6a4086c0_9bf5fb50_200002d1089b322_2000005d8d46421");
    PushOfflinePushEvent.Item group = e.events().get(1);
    assertThat(group.eventType()).isEqualTo(PushOfflinePushEvent.Item.GROUP);
    assertThat(group.groupId()).isEqualTo("@TGS#12DEVUDHQ");
    assertThat(group.msgKey()).isNull();
    assertThat(group.msgSeq()).isEqualTo(48375L);
  }

  @Test
  void theGroupOfAnOfflinePushIsReadAsGroupIdOrGroupID() {
    for (String name : new String[] {"GroupID", "GroupId"}) {
      PushOfflinePushEvent e = decode(new JsonObject().put("Events",
          new JsonArray().add(new JsonObject().put(name, "@TGS#1"))), PushOfflinePushEvent.class);
      assertThat(e.events().get(0).groupId()).as(name).isEqualTo("@TGS#1");
      assertThat(e.events().get(0).unknownFields()).as(name).isEmpty();
      assertThat(encode(e).getJsonArray("Events").getJsonObject(0).getString("GroupID")).isEqualTo("@TGS#1");
    }
  }
}
