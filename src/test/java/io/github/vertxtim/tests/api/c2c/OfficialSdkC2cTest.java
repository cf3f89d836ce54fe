package io.github.vertxtim.tests.api.c2c;

import com.tencentcloudapi.im.api.SingleChatApi;
import com.tencentcloudapi.im.model.BatchSendSingleChatMsgRequest;
import com.tencentcloudapi.im.model.BatchSendSingleChatMsgResponse;
import com.tencentcloudapi.im.model.CommonResponse;
import com.tencentcloudapi.im.model.GetC2cUnreadMsgNumRequest;
import com.tencentcloudapi.im.model.GetC2cUnreadMsgNumResponse;
import com.tencentcloudapi.im.model.GetRoamMsgRequest;
import com.tencentcloudapi.im.model.GetRoamMsgResponse;
import com.tencentcloudapi.im.model.GetRoamMsgResponseAllOfMsgList;
import com.tencentcloudapi.im.model.ImportMsgRequest;
import com.tencentcloudapi.im.model.ModifyC2cMsgRequest;
import com.tencentcloudapi.im.model.MsgWithdrawRequest;
import com.tencentcloudapi.im.model.SendSingleChatMsgRequest;
import com.tencentcloudapi.im.model.SendSingleChatMsgResponse;
import com.tencentcloudapi.im.model.SetMsgReadRequest;
import com.tencentcloudapi.im.model.TIMMsgElement;
import com.tencentcloudapi.im.model.TIMTextElem;
import com.tencentcloudapi.im.model.TIMTextElemMsgContent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The official Tencent Java SDK's SingleChatApi drives the emulator for every one-to-one endpoint it covers
 * (sendmsg, batchsendmsg, importmsg, admin_getroammsg, admin_msgwithdraw, admin_set_msg_read,
 * get_c2c_unread_msg_num, modify_c2c_msg) and parses the answers. Its calls block: made from the JUnit thread.
 */
class OfficialSdkC2cTest extends C2cTestBase {

  private SingleChatApi sdk;

  @BeforeEach
  void setUp() {
    accounts("sdk-alice", "sdk-bob", "sdk-carol");
    sdk = new SingleChatApi(officialSdk());
  }

  private static List<TIMMsgElement> text(String text) {
    TIMTextElemMsgContent content = new TIMTextElemMsgContent();
    content.setText(text);
    TIMTextElem elem = new TIMTextElem();
    elem.setMsgType("TIMTextElem");
    elem.setMsgContent(content);
    return List.of(new TIMMsgElement(elem));
  }

  private static String textOf(GetRoamMsgResponseAllOfMsgList m) {
    return m.getMsgBody().get(0).getTIMTextElem().getMsgContent().getText();
  }

  private GetRoamMsgResponse roam(String from, String to) throws Exception {
    GetRoamMsgRequest r = new GetRoamMsgRequest();
    r.setFromAccount(from);
    r.setToAccount(to);
    r.setMaxCnt(100);
    r.setMinTime(0);
    r.setMaxTime(Integer.MAX_VALUE);
    return sdk.adminGetroammsg(11, r);
  }

  @Test
  void sendRoamModifyWithdrawThroughTheSdk() throws Exception {
    SendSingleChatMsgRequest send = new SendSingleChatMsgRequest();
    send.setSyncOtherMachine(SendSingleChatMsgRequest.SyncOtherMachineEnum.NUMBER_1);
    send.setFromAccount("sdk-alice");
    send.setToAccount("sdk-bob");
    send.setMsgRandom(1287657);
    send.setMsgBody(text("hi, beauty"));
    send.setCloudCustomData("your cloud custom data");
    SendSingleChatMsgResponse sent = sdk.sendmsg(1, send);
    assertThat(sent.getActionStatus()).isEqualTo("OK");
    assertThat(sent.getMsgKey()).endsWith("_1287657_" + sent.getMsgTime());

    GetRoamMsgResponse roam = roam("sdk-bob", "sdk-alice");
    assertThat(roam.getErrorCode()).isZero();
    assertThat(roam.getComplete()).isEqualTo(GetRoamMsgResponse.CompleteEnum.NUMBER_1);
    assertThat(roam.getMsgCnt()).isEqualTo(1);
    assertThat(roam.getLastMsgKey()).isEqualTo(sent.getMsgKey());
    GetRoamMsgResponseAllOfMsgList m = roam.getMsgList().get(0);
    assertThat(m.getFromAccount()).isEqualTo("sdk-alice");
    assertThat(m.getMsgRandom()).isEqualTo(1287657);
    assertThat(m.getCloudCustomData()).isEqualTo("your cloud custom data");
    assertThat(textOf(m)).isEqualTo("hi, beauty");

    ModifyC2cMsgRequest modify = new ModifyC2cMsgRequest();
    modify.setFromAccount("sdk-alice");
    modify.setToAccount("sdk-bob");
    modify.setMsgKey(sent.getMsgKey());
    modify.setMsgBody(text("hi, everyone"));
    assertThat(sdk.modifyC2cMsg(2, modify).getErrorCode()).isZero();
    assertThat(textOf(roam("sdk-bob", "sdk-alice").getMsgList().get(0))).isEqualTo("hi, everyone");

    MsgWithdrawRequest withdraw = new MsgWithdrawRequest();
    withdraw.setFromAccount("sdk-alice");
    withdraw.setToAccount("sdk-bob");
    withdraw.setMsgKey(sent.getMsgKey());
    CommonResponse recalled = sdk.adminMsgwithdraw(3, withdraw);
    assertThat(recalled.getActionStatus()).isEqualTo("OK");
    assertThat(roam("sdk-alice", "sdk-bob").getMsgList().get(0).getMsgFlagBits()).isEqualTo(8);
    CommonResponse again = sdk.adminMsgwithdraw(4, withdraw);
    assertThat(again.getActionStatus()).isEqualTo("FAIL");
    assertThat(again.getErrorCode()).isEqualTo(20023);
  }

  @Test
  void batchSendImportUnreadAndReadThroughTheSdk() throws Exception {
    BatchSendSingleChatMsgRequest batch = new BatchSendSingleChatMsgRequest();
    batch.setSyncOtherMachine(BatchSendSingleChatMsgRequest.SyncOtherMachineEnum.NUMBER_2);
    batch.setFromAccount("sdk-alice");
    batch.setToAccount(List.of("sdk-bob", "sdk-carol", "sdk-nobody"));
    batch.setMsgRandom(19901224);
    batch.setMsgBody(text("hello all"));
    BatchSendSingleChatMsgResponse sent = sdk.batchsendmsg(5, batch);
    assertThat(sent.getActionStatus()).isEqualTo("OK");
    assertThat(sent.getMsgKey()).contains("_19901224_");
    assertThat(sent.getErrorList()).singleElement().satisfies(e -> {
      assertThat(e.getToAccount()).isEqualTo("sdk-nobody");
      assertThat(e.getErrorCode()).isEqualTo(70107);
    });

    ImportMsgRequest history = new ImportMsgRequest();
    history.setSyncFromOldSystem(ImportMsgRequest.SyncFromOldSystemEnum.NUMBER_2);
    history.setFromAccount("sdk-carol");
    history.setToAccount("sdk-bob");
    history.setMsgSeq(827092);
    history.setMsgRandom(1287657);
    history.setMsgTimeStamp(1556178721);
    history.setMsgBody(text("from the old system"));
    assertThat(sdk.importmsg(6, history).getActionStatus()).isEqualTo("OK");
    ImportMsgRequest live = new ImportMsgRequest();
    live.setSyncFromOldSystem(ImportMsgRequest.SyncFromOldSystemEnum.NUMBER_1);
    live.setFromAccount("sdk-carol");
    live.setToAccount("sdk-bob");
    live.setMsgSeq(827093);
    live.setMsgRandom(1287658);
    live.setMsgTimeStamp(1556178722);
    live.setMsgBody(text("real time"));
    assertThat(sdk.importmsg(7, live).getErrorCode()).isZero();
    assertThat(state().c2cMessageCount("sdk-carol", "sdk-bob")).isEqualTo(2);

    GetC2cUnreadMsgNumRequest unread = new GetC2cUnreadMsgNumRequest();
    unread.setToAccount("sdk-bob");
    unread.setPeerAccount(List.of("sdk-alice", "sdk-carol", "sdk-ghost"));
    GetC2cUnreadMsgNumResponse counts = sdk.getC2cUnreadMsgNum(8, unread);
    assertThat(counts.getAllC2CUnreadMsgNum()).as("the batch message and the real-time import").isEqualTo(2);
    assertThat(counts.getC2CUnreadMsgNumList()).extracting(c -> c.getPeerAccount() + "=" + c.getC2CUnreadMsgNum())
        .containsExactly("sdk-alice=1", "sdk-carol=1");
    assertThat(counts.getErrorList()).singleElement().satisfies(e -> assertThat(e.getErrorCode()).isEqualTo(70107));

    SetMsgReadRequest read = new SetMsgReadRequest();
    read.setReportAccount("sdk-bob");
    read.setPeerAccount("sdk-alice");
    assertThat(sdk.adminSetMsgRead(9, read).getErrorCode()).isZero();
    SetMsgReadRequest readUpTo = new SetMsgReadRequest();
    readUpTo.setReportAccount("sdk-bob");
    readUpTo.setPeerAccount("sdk-carol");
    readUpTo.setMsgReadTime(String.valueOf(1556178722));
    assertThat(sdk.adminSetMsgRead(10, readUpTo).getErrorCode()).isZero();
    assertThat(sdk.getC2cUnreadMsgNum(11, unread).getAllC2CUnreadMsgNum()).isZero();
    assertThat(roam("sdk-alice", "sdk-bob").getMsgCnt()).as("SyncOtherMachine 2: not in the sender's history")
        .isZero();
  }
}
