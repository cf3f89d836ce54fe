package io.github.vertxtim.tests.api.operations;

import com.tencentcloudapi.im.api.OperationApi;
import com.tencentcloudapi.im.model.AllowBannedObjectRequest;
import com.tencentcloudapi.im.model.ForbidIllegalObjectRequest;
import com.tencentcloudapi.im.model.GetAppInfoRequest;
import com.tencentcloudapi.im.model.GetAppInfoResponse;
import com.tencentcloudapi.im.model.GetCosSigRequest;
import com.tencentcloudapi.im.model.GetCosSigRequestRawURLsInner;
import com.tencentcloudapi.im.model.GetCosSigResponse;
import com.tencentcloudapi.im.model.GetIPListResponse;
import com.tencentcloudapi.im.model.GetOperateMsgHistoryRequest;
import com.tencentcloudapi.im.model.GetOperateMsgHistoryResponse;
import io.github.vertxtim.api.account.Account;
import io.github.vertxtim.api.account.ImportAccountsRequest;
import io.github.vertxtim.tests.api.FamilyTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The official Tencent Java SDK's OperationApi (all six operations endpoints) against the emulator. */
class OfficialSdkOperationTest extends FamilyTestBase {

  /** Binds the families on the test thread: the first binding in a JVM builds readers, too slow for a loop. */
  @BeforeEach
  void bindFamilies() {
    client.accounts();
  }

  @Test
  void appInfoHistoryAndIpListThroughTheOfficialSdk() throws Exception {
    await(() -> client.accounts().importAccounts(new ImportAccountsRequest(List.of(Account.of("a"), Account.of("b"),
        Account.of("c")))));
    OperationApi sdk = new OperationApi(officialSdk());
    GetAppInfoRequest info = new GetAppInfoRequest();
    info.setRequestField(List.of("RegistUserNumTotal", "C2CUpMsgNum", "Date"));
    GetAppInfoResponse stats = sdk.getappinfo(1, info);
    assertThat(stats.getErrorCode()).isZero();
    assertThat(stats.getResult().get(0).getRegistUserNumTotal()).isEqualTo("3");
    assertThat(stats.getResult().get(0).getC2CUpMsgNum()).isEqualTo("0");
    assertThat(stats.getResult().get(0).getDate()).hasSize(8);

    GetOperateMsgHistoryRequest history = new GetOperateMsgHistoryRequest();
    history.setChatType("C2C");
    history.setMsgTime("2015120121");   // long expired
    GetOperateMsgHistoryResponse old = sdk.getHistory(2, history);
    assertThat(old.getErrorCode()).isEqualTo(1005);
    assertThat(old.getFile()).isNullOrEmpty();

    GetIPListResponse ips = sdk.getIPList(3, Map.of());
    assertThat(ips.getErrorCode()).isZero();
    assertThat(ips.getIpList()).containsExactly("127.0.0.1");
  }

  @Test
  void chatFileBansThroughTheOfficialSdk() throws Exception {
    String url = "https://cos.example.com/chat/v.mp4";
    state().addChatFile(url);
    OperationApi sdk = new OperationApi(officialSdk());
    ForbidIllegalObjectRequest forbid = new ForbidIllegalObjectRequest();
    forbid.setRawURL(url);
    assertThat(sdk.forbidIllegalObject(1, forbid).getActionStatus()).isEqualTo("OK");
    assertThat(state().chatFileBanned(url)).isTrue();

    GetCosSigRequest sig = new GetCosSigRequest();
    GetCosSigRequestRawURLsInner item = new GetCosSigRequestRawURLsInner();
    item.setResourceID(7);
    item.setRawURL(url);
    sig.setRawURLs(List.of(item));
    GetCosSigResponse signed = sdk.getCosSig(2, sig);
    assertThat(signed.getErrorCode()).isZero();
    assertThat(signed.getPreSigURLs().get(0).getResourceID()).isEqualTo(7);
    assertThat(signed.getPreSigURLs().get(0).getStatus()).isEqualTo(1);
    assertThat(signed.getPreSigURLs().get(0).getPreSigURL()).startsWith(url);

    AllowBannedObjectRequest allow = new AllowBannedObjectRequest();
    allow.setRawURL(url);
    assertThat(sdk.allowBannedObject(3, allow).getActionStatus()).isEqualTo("OK");
    assertThat(state().chatFileBanned(url)).isFalse();
    assertThat(sdk.getCosSig(4, sig).getPreSigURLs().get(0).getStatus()).isZero();
  }
}
