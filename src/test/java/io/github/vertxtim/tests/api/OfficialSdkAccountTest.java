package io.github.vertxtim.tests.api;

import com.tencentcloudapi.im.api.AccountApi;
import com.tencentcloudapi.im.model.AccountCheckRequest;
import com.tencentcloudapi.im.model.AccountCheckRequestCheckItemInner;
import com.tencentcloudapi.im.model.AccountCheckResponse;
import com.tencentcloudapi.im.model.AccountImportRequest;
import com.tencentcloudapi.im.model.CommonResponse;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The official Tencent Java SDK drives the emulator's account family and parses its answers. */
class OfficialSdkAccountTest extends FamilyTestBase {

  @Test
  void importThenCheckThroughTheOfficialSdk() throws Exception {
    AccountApi sdk = new AccountApi(officialSdk());
    AccountImportRequest importRequest = new AccountImportRequest();
    importRequest.setUserID("sdk-alice");
    importRequest.setNick("Alice");
    CommonResponse imported = sdk.accountImport(1, importRequest);
    assertThat(imported.getActionStatus()).isEqualTo("OK");
    assertThat(state().hasAccount("sdk-alice")).isTrue();

    AccountCheckRequest check = new AccountCheckRequest();
    AccountCheckRequestCheckItemInner alice = new AccountCheckRequestCheckItemInner();
    alice.setUserID("sdk-alice");
    AccountCheckRequestCheckItemInner bob = new AccountCheckRequestCheckItemInner();
    bob.setUserID("sdk-bob");
    check.setCheckItem(List.of(alice, bob));
    AccountCheckResponse answer = sdk.accountCheck(2, check);
    assertThat(answer.getErrorCode()).isZero();
    assertThat(answer.getResultItem()).extracting(i -> i.getUserID() + "=" + i.getAccountStatus())
        .containsExactly("sdk-alice=Imported", "sdk-bob=NotImported");
  }
}
