package io.github.vertxtim.tests.api.group;

import com.tencentcloudapi.im.api.GroupApi;
import com.tencentcloudapi.im.model.ClearGroupAttrRequest;
import com.tencentcloudapi.im.model.CommonResponse;
import com.tencentcloudapi.im.model.DeleteGroupMsgBySenderRequest;
import com.tencentcloudapi.im.model.GetGroupAttrRequest;
import com.tencentcloudapi.im.model.GetGroupAttrResponse;
import com.tencentcloudapi.im.model.GetGroupAttrResponseAllOfGroupAttrAry;
import com.tencentcloudapi.im.model.GroupMsgGetSimpleRequest;
import com.tencentcloudapi.im.model.GroupMsgGetSimpleResponse;
import com.tencentcloudapi.im.model.GroupMsgGetSimpleResponseAllOfRspMsgList;
import com.tencentcloudapi.im.model.GroupMsgRecallRequest;
import com.tencentcloudapi.im.model.GroupMsgRecallRequestMsgSeqListInner;
import com.tencentcloudapi.im.model.GroupMsgRecallResponse;
import com.tencentcloudapi.im.model.ImportGroupMsgRequest;
import com.tencentcloudapi.im.model.ImportGroupMsgRequestMsgListInner;
import com.tencentcloudapi.im.model.ImportGroupMsgResponse;
import com.tencentcloudapi.im.model.ModifyGroupAttrRequest;
import com.tencentcloudapi.im.model.ModifyGroupAttrRequestGroupAttrInner;
import com.tencentcloudapi.im.model.ModifyGroupMsgRequest;
import com.tencentcloudapi.im.model.SendGroupMsgRequest;
import com.tencentcloudapi.im.model.SendGroupMsgResponse;
import com.tencentcloudapi.im.model.SendGroupSystemNotificationRequest;
import com.tencentcloudapi.im.model.SetGroupAttrRequest;
import com.tencentcloudapi.im.model.TIMMsgElement;
import com.tencentcloudapi.im.model.TIMTextElem;
import com.tencentcloudapi.im.model.TIMTextElemMsgContent;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The official Tencent Java SDK's GroupApi drives every group-message and attribute endpoint it covers against the
 * emulator: send_group_msg, send_group_system_notification, import_group_msg, group_msg_get_simple,
 * group_msg_recall, openim/modify_group_msg, delete_group_msg_by_sender, and get (through the legacy
 * group_open_http_svc/get_group_attr path), modify, set and clear_group_attr. Its calls block: JUnit thread only.
 */
class OfficialSdkGroupMessageTest extends GroupMessageTestBase {

  private static List<TIMMsgElement> text(String s) {
    TIMTextElemMsgContent content = new TIMTextElemMsgContent();
    content.setText(s);
    TIMMsgElement element = new TIMMsgElement();
    element.setActualInstance(new TIMTextElem().msgType("TIMTextElem").msgContent(content));
    return List.of(element);
  }

  private static GroupMsgRecallRequestMsgSeqListInner seq(int s) {
    GroupMsgRecallRequestMsgSeqListInner item = new GroupMsgRecallRequestMsgSeqListInner();
    item.setMsgSeq(s);
    return item;
  }

  private static ModifyGroupAttrRequestGroupAttrInner attr(String k, String v) {
    ModifyGroupAttrRequestGroupAttrInner a = new ModifyGroupAttrRequestGroupAttrInner();
    a.setKey(k);
    a.setValue(v);
    return a;
  }

  @Test
  void messagesThroughTheOfficialSdk() throws Exception {
    importAccounts("bob");
    String g = group("Public", "alice", "bob");
    GroupApi sdk = new GroupApi(officialSdk());

    long now = System.currentTimeMillis() / 1000;
    ImportGroupMsgRequestMsgListInner old = new ImportGroupMsgRequestMsgListInner();
    old.setFromAccount("alice");
    old.setSendTime((int) now);
    old.setRandom(11);
    old.setMsgBody(text("imported"));
    ImportGroupMsgRequest importRequest = new ImportGroupMsgRequest();
    importRequest.setGroupId(g);
    importRequest.setMsgList(List.of(old));
    ImportGroupMsgResponse imported = sdk.importGroupMsg(1, importRequest);
    assertThat(imported.getErrorCode()).isZero();
    assertThat(imported.getImportMsgResult()).singleElement()
        .satisfies(r -> assertThat(r.getMsgSeq() + "/" + r.getResult()).isEqualTo("1/0"));

    SendGroupMsgRequest send = new SendGroupMsgRequest();
    send.setGroupId(g);
    send.setRandom(1234);
    send.setFromAccount("bob");
    send.setMsgBody(text("hello via the SDK"));
    SendGroupMsgResponse sent = sdk.sendGroupMsg(2, send);
    assertThat(sent.getActionStatus()).isEqualTo("OK");
    assertThat(sent.getMsgSeq()).isEqualTo(2);
    assertThat(sent.getMsgTime()).isPositive();

    SendGroupSystemNotificationRequest notice = new SendGroupSystemNotificationRequest();
    notice.setGroupId(g);
    notice.setContent("system says hi");
    assertThat(sdk.sendGroupSystemNotification(3, notice).getErrorCode()).isZero();
    assertThat(state().groupNotices(g)).extracting(n -> n.getString("Content")).containsExactly("system says hi");

    ModifyGroupMsgRequest modify = new ModifyGroupMsgRequest();
    modify.setGroupId(g);
    modify.setMsgSeq(2);
    modify.setMsgBody(text("edited via the SDK"));
    assertThat(sdk.modifyGroupMsg(4, modify).getErrorCode()).isZero();

    GroupMsgGetSimpleRequest pull = new GroupMsgGetSimpleRequest();
    pull.setGroupId(g);
    pull.setReqMsgNumber(10);
    GroupMsgGetSimpleResponse history = sdk.groupMsgGetSimple(5, pull);
    assertThat(history.getErrorCode()).isZero();
    assertThat(history.getGroupId()).isEqualTo(g);
    assertThat(history.getRspMsgList()).extracting(GroupMsgGetSimpleResponseAllOfRspMsgList::getMsgSeq)
        .containsExactly(2, 1);
    assertThat(history.getRspMsgList()).extracting(GroupMsgGetSimpleResponseAllOfRspMsgList::getFromAccount)
        .containsExactly("bob", "alice");
    assertThat(history.getRspMsgList().get(0).getMsgRandom()).isEqualTo(1234);
    assertThat(String.valueOf(history.getRspMsgList().get(0).getMsgBody())).contains("edited via the SDK");

    GroupMsgRecallRequest recall = new GroupMsgRecallRequest();
    recall.setGroupId(g);
    recall.setMsgSeqList(List.of(seq(1), seq(42)));
    GroupMsgRecallResponse recalled = sdk.groupMsgRecall(6, recall);
    assertThat(recalled.getRecallRetList()).extracting(r -> r.getMsgSeq() + "=" + r.getRetCode())
        .containsExactly("1=0", "42=10030");
    assertThat(state().groupMessageRecalled(g, 1)).isTrue();

    DeleteGroupMsgBySenderRequest delete = new DeleteGroupMsgBySenderRequest();
    delete.setGroupId(g);
    delete.setSenderAccount("bob");
    CommonResponse deleted = sdk.deleteGroupMsgBySender(7, delete);
    assertThat(deleted.getErrorCode()).isZero();
    GroupMsgGetSimpleResponse after = sdk.groupMsgGetSimple(8, pull);
    assertThat(after.getRspMsgList()).singleElement().satisfies(m -> {
      assertThat(m.getMsgSeq()).isEqualTo(2);
      assertThat(m.getIsPlaceMsg()).isEqualTo(1);
    });
  }

  @Test
  void attributesThroughTheOfficialSdk() throws Exception {
    String g = group("AVChatRoom", "anchor");
    GroupApi sdk = new GroupApi(officialSdk());

    ModifyGroupAttrRequest modify = new ModifyGroupAttrRequest();
    modify.setGroupId(g);
    modify.setGroupAttr(List.of(attr("title", "live now"), attr("seat", "1")));
    assertThat(sdk.modifyGroupAttr(1, modify).getErrorCode()).isZero();

    GetGroupAttrRequest get = new GetGroupAttrRequest();
    get.setGroupId(g);
    GetGroupAttrResponse got = sdk.getGroupAttr(2, get); // the SDK uses group_open_http_svc/get_group_attr
    assertThat(got.getErrorCode()).isZero();
    assertThat(got.getGroupAttrAry()).extracting(a -> a.getKey() + "=" + a.getValue())
        .containsExactly("title=live now", "seat=1");

    SetGroupAttrRequest set = new SetGroupAttrRequest();
    set.setGroupId(g);
    set.setGroupAttr(List.of(attr("only", "one")));
    assertThat(sdk.setGroupAttr(3, set).getErrorCode()).isZero();
    assertThat(sdk.getGroupAttr(4, get).getGroupAttrAry()).extracting(GetGroupAttrResponseAllOfGroupAttrAry::getKey)
        .containsExactly("only");

    ClearGroupAttrRequest clear = new ClearGroupAttrRequest();
    clear.setGroupId(g);
    assertThat(sdk.clearGroupAttr(5, clear).getErrorCode()).isZero();
    assertThat(state().groupAttributes(g)).isEmpty();

    ModifyGroupAttrRequest tooLong = new ModifyGroupAttrRequest();
    tooLong.setGroupId(g);
    tooLong.setGroupAttr(List.of(attr("k".repeat(33), "v")));
    assertThat(sdk.modifyGroupAttr(6, tooLong).getErrorCode()).isEqualTo(10045);
  }
}
