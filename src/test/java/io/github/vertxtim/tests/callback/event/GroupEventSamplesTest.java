package io.github.vertxtim.tests.callback.event;

import io.github.vertxtim.api.group.AppDefinedDataItem;
import io.github.vertxtim.api.group.GroupAttrItem;
import io.github.vertxtim.api.group.MsgExtension;
import io.github.vertxtim.api.message.TextContent;
import io.github.vertxtim.callback.event.group.GroupAfterChangeGroupOwnerEvent;
import io.github.vertxtim.callback.event.group.GroupAfterCreateGroupEvent;
import io.github.vertxtim.callback.event.group.GroupAfterCreateTopicEvent;
import io.github.vertxtim.callback.event.group.GroupAfterGroupAttrChangedEvent;
import io.github.vertxtim.callback.event.group.GroupAfterGroupDestroyedEvent;
import io.github.vertxtim.callback.event.group.GroupAfterGroupFullEvent;
import io.github.vertxtim.callback.event.group.GroupAfterGroupInfoChangedEvent;
import io.github.vertxtim.callback.event.group.GroupAfterGroupMsgExtensionEvent;
import io.github.vertxtim.callback.event.group.GroupAfterMemberExitEvent;
import io.github.vertxtim.callback.event.group.GroupAfterMemberFieldChangedEvent;
import io.github.vertxtim.callback.event.group.GroupAfterNewMemberJoinEvent;
import io.github.vertxtim.callback.event.group.GroupAfterReadReceiptEvent;
import io.github.vertxtim.callback.event.group.GroupAfterRecallMsgEvent;
import io.github.vertxtim.callback.event.group.GroupAfterSendMsgEvent;
import io.github.vertxtim.callback.event.group.GroupAfterTopicDestroyedEvent;
import io.github.vertxtim.callback.event.group.GroupAfterTopicInfoChangedEvent;
import io.github.vertxtim.callback.event.group.GroupBeforeApplyJoinGroupEvent;
import io.github.vertxtim.callback.event.group.GroupBeforeCreateGroupEvent;
import io.github.vertxtim.callback.event.group.GroupBeforeCreateTopicEvent;
import io.github.vertxtim.callback.event.group.GroupBeforeInviteJoinGroupEvent;
import io.github.vertxtim.callback.event.group.GroupBeforeSendMsgEvent;
import io.github.vertxtim.callback.event.group.GroupOnDailyGroupQuotaAlarmEvent;
import io.github.vertxtim.callback.event.group.GroupOnMemberStateChangeEvent;
import io.github.vertxtim.callback.event.group.GroupSendMsgExceptionEvent;
import io.github.vertxtim.callback.event.group.GroupType;
import io.github.vertxtim.callback.event.group.MemberAccountItem;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.github.vertxtim.tests.callback.event.EventSamples.event;
import static org.assertj.core.api.Assertions.assertThat;

/** The documented sample of each group and topic callback, field by field (see samples/README.md for their source). */
class GroupEventSamplesTest {

  private static List<String> accounts(List<MemberAccountItem> members) {
    return members.stream().map(MemberAccountItem::memberAccount).toList();
  }

  @Test
  void beforeCreateGroup() {
    GroupBeforeCreateGroupEvent e = event("Group.CallbackBeforeCreateGroup", GroupBeforeCreateGroupEvent.class);
    assertThat(e.callbackCommand()).isEqualTo("Group.CallbackBeforeCreateGroup");
    assertThat(e.operatorAccount()).isEqualTo("leckie");
    assertThat(e.ownerAccount()).isEqualTo("leckie");
    assertThat(e.type()).isEqualTo(GroupType.PUBLIC);
    assertThat(e.name()).isEqualTo("MyFirstGroup");
    assertThat(e.createGroupNum()).isEqualTo(123);
    assertThat(accounts(e.memberList())).containsExactly("bob", "peter");
    assertThat(e.eventTime()).isEqualTo(1670574414123L);
  }

  @Test
  void theCreatedCountIsReadUnderEveryDocumentedName() {
    for (String name : List.of("CreateGroupNum", "CreatedGroupNum", "CreatedNum")) {
      GroupBeforeCreateGroupEvent e = EventSamples.decode(new JsonObject().put(name, 7),
          GroupBeforeCreateGroupEvent.class);
      assertThat(e.createGroupNum()).as(name).isEqualTo(7);
      assertThat(e.unknownFields()).as(name).isEmpty();
      assertThat(EventSamples.encode(e).getInteger("CreateGroupNum")).as(name + " is sent as").isEqualTo(7);
    }
  }

  @Test
  void afterCreateGroup() {
    GroupAfterCreateGroupEvent e = event("Group.CallbackAfterCreateGroup", GroupAfterCreateGroupEvent.class);
    assertThat(e.groupId()).isEqualTo("@TGS#2J4SZEAEL");
    assertThat(e.operatorAccount()).isEqualTo("group_root");
    assertThat(e.ownerAccount()).isEqualTo("leckie");
    assertThat(e.type()).isEqualTo("Public");
    assertThat(e.name()).isEqualTo("MyFirstGroup");
    assertThat(accounts(e.memberList())).containsExactly("bob", "peter");
    assertThat(e.userDefinedDataList()).containsExactly(new AppDefinedDataItem("UserDefined1", "hello"),
        new AppDefinedDataItem("UserDefined2", "world"));
    // the page sends this EventTime as a JSON string
    assertThat(e.eventTime()).isEqualTo(1670574414123L);
  }

  @Test
  void afterCreateGroupReadsTheFieldTablesGroupIdSpelling() {
    GroupAfterCreateGroupEvent e = EventSamples.decode(new JsonObject().put("groupID", "@TGS#1"),
        GroupAfterCreateGroupEvent.class);
    assertThat(e.groupId()).isEqualTo("@TGS#1");
  }

  @Test
  void beforeApplyJoinGroup() {
    GroupBeforeApplyJoinGroupEvent e =
        event("Group.CallbackBeforeApplyJoinGroup", GroupBeforeApplyJoinGroupEvent.class);
    assertThat(e.groupId()).isEqualTo("@TGS#2J4SZEAEL");
    assertThat(e.type()).isEqualTo("Public");
    assertThat(e.requestorAccount()).isEqualTo("jared");
    assertThat(e.eventTime()).isEqualTo(1670574414123L);
  }

  @Test
  void beforeInviteJoinGroup() {
    GroupBeforeInviteJoinGroupEvent e =
        event("Group.CallbackBeforeInviteJoinGroup", GroupBeforeInviteJoinGroupEvent.class);
    assertThat(e.groupId()).isEqualTo("@TGS#2J4SZEAEL");
    assertThat(e.operatorAccount()).isEqualTo("leckie");
    assertThat(accounts(e.destinationMembers())).containsExactly("jared", "leckie");
    assertThat(e.eventTime()).isNull();
  }

  @Test
  void afterNewMemberJoin() {
    GroupAfterNewMemberJoinEvent e = event("Group.CallbackAfterNewMemberJoin", GroupAfterNewMemberJoinEvent.class);
    assertThat(e.groupId()).isEqualTo("@TGS#2J4SZEAEL");
    assertThat(e.joinType()).isEqualTo(GroupAfterNewMemberJoinEvent.APPLY);
    assertThat(e.operatorAccount()).isEqualTo("leckie");
    assertThat(accounts(e.newMemberList())).containsExactly("jared", "tommy");
    assertThat(e.eventTime()).isEqualTo(1670574414123L);
  }

  @Test
  void afterMemberExit() {
    GroupAfterMemberExitEvent e = event("Group.CallbackAfterMemberExit", GroupAfterMemberExitEvent.class);
    assertThat(e.exitType()).isEqualTo(GroupAfterMemberExitEvent.KICKED);
    assertThat(e.operatorAccount()).isEqualTo("leckie");
    assertThat(accounts(e.exitMemberList())).containsExactly("jared", "tommy");
  }

  @Test
  void beforeSendMsg() {
    GroupBeforeSendMsgEvent e = event("Group.CallbackBeforeSendMsg", GroupBeforeSendMsgEvent.class);
    assertThat(e.groupId()).isEqualTo("@TGS#2J4SZEAEL");
    assertThat(e.type()).isEqualTo(GroupType.COMMUNITY);
    assertThat(e.fromAccount()).isEqualTo("jared");
    assertThat(e.operatorAccount()).isEqualTo("admin");
    assertThat(e.random()).isEqualTo(123456L);
    assertThat(e.onlineOnlyFlag()).isEqualTo(1);
    assertThat(e.msgBody()).hasSize(1);
    assertThat(e.msgBody().get(0).msgType()).isEqualTo("TIMTextElem");
    assertThat(e.msgBody().get(0).msgContent()).isEqualTo(new TextContent("red packet"));
    assertThat(e.cloudCustomData()).isEqualTo("your cloud custom data");
    assertThat(e.topicId()).isEqualTo("@TGS#_@TGS#cQVLVHIM62CJ@TOPIC#_TestTopic");
    assertThat(e.eventTime()).isEqualTo(1670574414123L);
  }

  @Test
  void afterSendMsg() {
    GroupAfterSendMsgEvent e = event("Group.CallbackAfterSendMsg", GroupAfterSendMsgEvent.class);
    assertThat(e.random()).isEqualTo(123456L);
    assertThat(e.msgId()).isEqualTo("144115233406643804-1727580296-4026038328");
    assertThat(e.msgSeq()).isEqualTo(123L);
    assertThat(e.msgTime()).isEqualTo(1490686222L);
    assertThat(e.msgBody().get(0).msgContent()).isEqualTo(new TextContent("red packet"));
    assertThat(e.groupAtInfo()).isEmpty();
    assertThat(e.topicId()).isNull();
    assertThat(e.eventTime()).isEqualTo(1670574414123L);
  }

  @Test
  void afterSendMsgTakesMsgSeqAndRandomAsUnsigned32BitValues() {
    GroupAfterSendMsgEvent e = EventSamples.decode(new JsonObject()
        .put("MsgSeq", 4294967295L).put("Random", 4294967295L)
        .put("GroupAtInfo", new JsonArray()
            .add(new JsonObject().put("GroupAtAllFlag", 0).put("GroupAt_Account", "bob"))),
        GroupAfterSendMsgEvent.class);
    assertThat(e.msgSeq()).isEqualTo(4294967295L);
    assertThat(e.random()).isEqualTo(4294967295L);
    assertThat(e.groupAtInfo()).containsExactly(new GroupAfterSendMsgEvent.AtInfo(0, "bob"));
  }

  @Test
  void afterGroupFull() {
    GroupAfterGroupFullEvent e = event("Group.CallbackAfterGroupFull", GroupAfterGroupFullEvent.class);
    assertThat(e.groupId()).isEqualTo("@TGS#2J4SZEAEL");
    assertThat(e.eventTime()).isNull();
  }

  @Test
  void afterGroupDestroyed() {
    GroupAfterGroupDestroyedEvent e = event("Group.CallbackAfterGroupDestroyed", GroupAfterGroupDestroyedEvent.class);
    assertThat(e.groupId()).isEqualTo("@TGS#2J4SZEAEL");
    assertThat(e.ownerAccount()).isEqualTo("leckie");
    assertThat(e.name()).isEqualTo("MyFirstGroup");
    assertThat(accounts(e.memberList())).containsExactly("bob", "peter");
    assertThat(e.eventTime()).isEqualTo(1670574414123L);
  }

  @Test
  void afterGroupInfoChangedCarriesOnlyTheChangedFields() {
    GroupAfterGroupInfoChangedEvent e =
        event("Group.CallbackAfterGroupInfoChanged", GroupAfterGroupInfoChangedEvent.class);
    assertThat(e.operatorAccount()).isEqualTo("leckie");
    assertThat(e.notification()).isEqualTo("NewNotification");
    assertThat(e.name()).isNull();
    assertThat(e.introduction()).isNull();
    assertThat(e.faceUrl()).isNull();
  }

  @Test
  void onMemberStateChange() {
    GroupOnMemberStateChangeEvent e = event("Group.CallbackOnMemberStateChange", GroupOnMemberStateChangeEvent.class);
    assertThat(e.groupId()).isEqualTo("@TGS#2J4SZEAEL");
    assertThat(e.eventType()).isEqualTo(GroupOnMemberStateChangeEvent.OFFLINE);
    assertThat(accounts(e.memberList())).containsExactly("jared", "tommy");
    GroupOnMemberStateChangeEvent cause = EventSamples.decode(
        new JsonObject().put("EventCause", "HeartbeatInterrupt"), GroupOnMemberStateChangeEvent.class);
    assertThat(cause.eventCause()).isEqualTo(GroupOnMemberStateChangeEvent.HEARTBEAT_INTERRUPT);
  }

  @Test
  void sendMsgException() {
    GroupSendMsgExceptionEvent e = event("Group.CallbackSendMsgException", GroupSendMsgExceptionEvent.class);
    assertThat(e.fromAccount()).isEqualTo("jared");
    assertThat(e.random()).isEqualTo(123456L);
    assertThat(e.msgBody().get(0).msgContent()).isEqualTo(new TextContent("red packet"));
    assertThat(e.errorCode()).isEqualTo(10023);
    assertThat(e.errorInfo()).isEqualTo("msg count exceeds limit,please retry later");
    assertThat(e.eventTime()).isEqualTo(1670574414123L);
  }

  @Test
  void beforeCreateTopic() {
    GroupBeforeCreateTopicEvent e = event("Group.CallbackBeforeCreateTopic", GroupBeforeCreateTopicEvent.class);
    assertThat(e.operatorAccount()).isEqualTo("leckie");
    assertThat(e.type()).isEqualTo(GroupType.COMMUNITY);
    assertThat(e.name()).isEqualTo("MyFirstTopic");
  }

  @Test
  void afterCreateTopic() {
    GroupAfterCreateTopicEvent e = event("Group.CallbackAfterCreateTopic", GroupAfterCreateTopicEvent.class);
    assertThat(e.groupId()).isEqualTo("@TGS#2J4SZEAEL");
    assertThat(e.topicId()).isEqualTo("@TGS#_@TGS#cQVLVHIM62CJ@TOPIC#_@TOPIC#cRTE3HIM62C5");
    assertThat(e.operatorAccount()).isEqualTo("group_root");
    assertThat(e.ownerAccount()).isEqualTo("leckie");
    assertThat(e.name()).isEqualTo("MyFirstTopic");
    assertThat(e.userDefinedDataList()).extracting(AppDefinedDataItem::key)
        .containsExactly("UserDefined1", "UserDefined2");
  }

  @Test
  void afterTopicDestroyed() {
    GroupAfterTopicDestroyedEvent e = event("Group.CallbackAfterTopicDestroyed", GroupAfterTopicDestroyedEvent.class);
    assertThat(e.groupId()).isEqualTo("@TGS#_@TGS#cQVLVHIM62CJ");
    assertThat(e.topicIdList()).containsExactly("@TGS#_@TGS#cQVLVHIM62CJ@TOPIC#_TestTopic",
        "@TGS#_@TGS#cQVLVHIM62CJ@TOPIC#_TestTopic_1");
  }

  @Test
  void afterTopicInfoChanged() {
    GroupAfterTopicInfoChangedEvent e =
        event("Group.CallbackAfterTopicInfoChanged", GroupAfterTopicInfoChangedEvent.class);
    assertThat(e.name()).isEqualTo("TestTopic");
    assertThat(e.introduction()).isEqualTo("TestIntroduction");
    assertThat(e.notification()).isEqualTo("NewNotification");
    assertThat(e.faceUrl()).isEqualTo("http://this.is.face.url");
    assertThat(e.topicId()).as("the page's sample names no topic").isNull();
  }

  @Test
  void afterMemberFieldChanged() {
    GroupAfterMemberFieldChangedEvent e =
        event("Group.CallbackAfterMemberFieldChanged", GroupAfterMemberFieldChangedEvent.class);
    assertThat(e.groupId()).isEqualTo("@TGS#xxxx");
    assertThat(e.modifiedAccount()).isEqualTo("123456");
    assertThat(e.role()).isEqualTo("Admin");
    assertThat(e.nameCard()).isEqualTo("jacky");
    assertThat(e.eventTime()).isEqualTo(1670574414123L);
  }

  @Test
  void afterGroupAttrChanged() {
    GroupAfterGroupAttrChangedEvent e =
        event("Group.CallbackAfterGroupAttrChanged", GroupAfterGroupAttrChangedEvent.class);
    assertThat(e.optionType()).isEqualTo("set");
    assertThat(e.groupAttr()).containsExactly(new GroupAttrItem("key1", "value1"),
        new GroupAttrItem("key2", "values"));
  }

  @Test
  void aNumericOptionTypeIsReadAsItsText() {
    GroupAfterGroupAttrChangedEvent e = EventSamples.decode(new JsonObject().put("OptionType", 1),
        GroupAfterGroupAttrChangedEvent.class);
    assertThat(e.optionType()).isEqualTo("1");
  }

  @Test
  void aRecalledMessagesMsgIdIsKeptInItsItem() {
    GroupAfterRecallMsgEvent e = EventSamples.decode(new JsonObject().put("MsgSeqList",
        new JsonArray().add(new JsonObject().put("MsgSeq", 130).put("MsgId", "m-130"))),
        GroupAfterRecallMsgEvent.class);
    assertThat(e.msgSeqList().get(0).msgSeq()).isEqualTo(130L);
    assertThat(e.msgSeqList().get(0).unknownFields()).containsEntry("MsgId", "m-130");
  }

  @Test
  void afterReadReceipt() {
    GroupAfterReadReceiptEvent e = event("Group.CallbackAfterReadReceipt", GroupAfterReadReceiptEvent.class);
    List<MemberAccountItem> readers = List.of(new MemberAccountItem("user0"));
    assertThat(e.groupMsgReceiptList()).containsExactly(new GroupAfterReadReceiptEvent.Receipt(1L, 1, 6, readers),
        new GroupAfterReadReceiptEvent.Receipt(2L, 1, 6, readers));
    assertThat(e.eventTime()).isEqualTo(1670574414123L);
  }

  @Test
  void afterChangeGroupOwner() {
    GroupAfterChangeGroupOwnerEvent e =
        event("Group.CallbackAfterChangeGroupOwner", GroupAfterChangeGroupOwnerEvent.class);
    assertThat(e.oldOwnerAccount()).isEqualTo("leckie");
    assertThat(e.newOwnerAccount()).isEqualTo("jared");
    assertThat(e.eventTime()).isEqualTo(1670574414123L);
  }

  @Test
  void onDailyGroupQuotaAlarm() {
    GroupOnDailyGroupQuotaAlarmEvent e =
        event("Group.CallbackOnDailyGroupQuotaAlarm", GroupOnDailyGroupQuotaAlarmEvent.class);
    assertThat(e.quotaUsed()).isEqualTo(7321);
    assertThat(e.quota()).isEqualTo(10000);
    assertThat(e.eventTime()).isEqualTo(1670574414123L);
  }

  @Test
  void afterRecallMsg() {
    GroupAfterRecallMsgEvent e = event("Group.CallbackAfterRecallMsg", GroupAfterRecallMsgEvent.class);
    assertThat(e.operatorAccount()).isEqualTo("admin");
    assertThat(e.type()).isEqualTo(GroupType.COMMUNITY);
    assertThat(e.groupId()).isEqualTo("1213456");
    assertThat(e.msgSeqList()).extracting(i -> i.msgSeq()).containsExactly(130L);
    assertThat(e.topicId()).isEqualTo("@TGS#_@TGS#cQVLVHIM62CJ@TOPIC#_TestTopic");
  }

  @Test
  void afterGroupMsgExtension() {
    GroupAfterGroupMsgExtensionEvent e =
        event("Group.CallbackAfterGroupMsgExtension", GroupAfterGroupMsgExtensionEvent.class);
    assertThat(e.groupId()).isEqualTo("test");
    assertThat(e.msgSeq()).isEqualTo(10L);
    assertThat(e.operateType()).isEqualTo(GroupAfterGroupMsgExtensionEvent.SET);
    assertThat(e.extensionList()).containsExactly(new MsgExtension("key2", "value2", 56L),
        new MsgExtension("key3", "12122", 56L));
    assertThat(e.seq()).isEqualTo(56L);
    assertThat(e.eventTime()).isEqualTo(1764688294360L);
  }
}
