package io.github.vertxtim.tests.api.mute;

import com.tencentcloudapi.im.api.MuteApi;
import com.tencentcloudapi.im.model.CommonResponse;
import com.tencentcloudapi.im.model.GetNoSpeakingRequest;
import com.tencentcloudapi.im.model.GetNoSpeakingResponse;
import com.tencentcloudapi.im.model.SetNoSpeakingRequest;
import io.github.vertxtim.api.account.Account;
import io.github.vertxtim.api.account.ImportAccountsRequest;
import io.github.vertxtim.tests.api.FamilyTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The official Tencent Java SDK's MuteApi (setnospeaking, getnospeaking) against the emulator. */
class OfficialSdkMuteTest extends FamilyTestBase {

  /** Binds the families on the test thread: the first binding in a JVM builds readers, too slow for a loop. */
  @BeforeEach
  void bindFamilies() {
    client.accounts();
  }

  @Test
  void setAndGetThroughTheOfficialSdk() throws Exception {
    await(() -> client.accounts().importAccounts(new ImportAccountsRequest(List.of(Account.of("alice")))));
    MuteApi sdk = new MuteApi(officialSdk());
    SetNoSpeakingRequest set = new SetNoSpeakingRequest();
    set.setSetAccount("alice");
    set.setC2CmsgNospeakingTime(3_600);   // the SDK's field is a signed 32-bit Integer: it cannot say "forever"
    set.setGroupmsgNospeakingTime(0);
    CommonResponse done = sdk.setnospeaking(1, set);
    assertThat(done.getActionStatus()).isEqualTo("OK");

    GetNoSpeakingRequest get = new GetNoSpeakingRequest();
    get.setGetAccount("alice");
    GetNoSpeakingResponse answer = sdk.getnospeaking(2, get);
    assertThat(answer.getErrorCode()).isZero();
    assertThat(answer.getC2CmsgNospeakingTime().longValue()).isBetween(3_590L, 3_600L);
    assertThat(answer.getGroupmsgNospeakingTime().longValue()).isZero();

    get.setGetAccount("nobody");
    assertThat(sdk.getnospeaking(3, get).getErrorCode()).isEqualTo(20003);
  }
}
