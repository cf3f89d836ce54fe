package io.github.vertxtim.tests.api.conversation;

import com.tencentcloudapi.im.api.RecentContactApi;
import com.tencentcloudapi.im.model.GetRecentContactListGroupDeleteRequest;
import com.tencentcloudapi.im.model.GetRecentContactListGroupDeleteResponse;
import com.tencentcloudapi.im.model.GetRecentContactListGroupGetRequest;
import com.tencentcloudapi.im.model.GetRecentContactListGroupGetResponse;
import com.tencentcloudapi.im.model.GetRecentContactListGroupGetResponseAllOfSessionItem;
import io.github.vertxtim.api.account.Account;
import io.github.vertxtim.api.account.ImportAccountsRequest;
import io.github.vertxtim.api.conversation.ContactItem;
import io.github.vertxtim.tests.api.FamilyTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The official Tencent Java SDK's RecentContactApi (get_list, delete) drives the emulator and parses its answers. */
class OfficialSdkRecentContactTest extends FamilyTestBase {

  /** Binds the families on the test thread: the first binding in a JVM builds readers, too slow for a loop. */
  @BeforeEach
  void bindFamilies() {
    client.accounts();
  }

  @Test
  void getListPagesAndDeleteThroughTheOfficialSdk() throws Exception {
    await(() -> client.accounts().importAccounts(new ImportAccountsRequest(List.of(Account.of("alice")))));
    for (int i = 0; i < 150; i++) {
      state().touchConversation("alice", ContactItem.C2C, "peer" + i, 1_000 + i);
    }
    state().touchConversation("alice", ContactItem.GROUP, "@TGS#g", 5_000);
    state().pinConversation("alice", ContactItem.C2C, "peer0", true);
    RecentContactApi sdk = new RecentContactApi(officialSdk());

    GetRecentContactListGroupGetRequest request = new GetRecentContactListGroupGetRequest();
    request.setFromAccount("alice");
    request.setTimeStamp(0);
    request.setStartIndex(0);
    request.setTopTimeStamp(0);
    request.setTopStartIndex(0);
    request.setAssistFlags(1);
    List<GetRecentContactListGroupGetResponseAllOfSessionItem> all = new ArrayList<>();
    GetRecentContactListGroupGetResponse page;
    do {
      page = sdk.getRecentContactList(1, request);
      assertThat(page.getErrorCode()).isZero();
      all.addAll(page.getSessionItem());
      request.setTimeStamp(page.getTimeStamp());
      request.setStartIndex(page.getStartIndex());
    } while (page.getCompleteFlag() == 0);
    assertThat(all).hasSize(151);
    assertThat(all.get(0).getToAccount()).isEqualTo("peer0");
    assertThat(all.get(0).getTopFlag()).isEqualTo(1);
    assertThat(all.get(1).getGroupId()).isEqualTo("@TGS#g");
    assertThat(all.get(1).getType()).isEqualTo(2);
    assertThat(all.get(1).getMsgTime()).isEqualTo(5_000);

    GetRecentContactListGroupDeleteRequest delete = new GetRecentContactListGroupDeleteRequest();
    delete.setFromAccount("alice");
    delete.setType(GetRecentContactListGroupDeleteRequest.TypeEnum.NUMBER_2);
    delete.setToGroupid("@TGS#g");
    delete.setClearRamble(GetRecentContactListGroupDeleteRequest.ClearRambleEnum.NUMBER_1);
    GetRecentContactListGroupDeleteResponse deleted = sdk.deleteRecentContact(2, delete);
    assertThat(deleted.getActionStatus()).isEqualTo("OK");
    assertThat(state().conversations("alice")).hasSize(150).doesNotContain("2:@TGS#g");

    delete.setFromAccount("nobody");
    assertThat(sdk.deleteRecentContact(3, delete).getErrorCode()).isEqualTo(50001);
  }
}
