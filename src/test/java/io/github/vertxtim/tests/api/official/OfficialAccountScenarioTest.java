package io.github.vertxtim.tests.api.official;

import io.github.vertxtim.api.account.Account;
import io.github.vertxtim.api.account.ImportAccountsRequest;
import io.github.vertxtim.api.message.MsgBody;
import io.github.vertxtim.api.official.AddSubscribersRequest;
import io.github.vertxtim.api.official.CreateOfficialAccountRequest;
import io.github.vertxtim.api.official.DeleteSubscribersRequest;
import io.github.vertxtim.api.official.DestroyOfficialAccountRequest;
import io.github.vertxtim.api.official.GetOfficialAccountInfoRequest;
import io.github.vertxtim.api.official.GetOfficialAccountMsgSimpleRequest;
import io.github.vertxtim.api.official.GetOfficialAccountMsgSimpleResult;
import io.github.vertxtim.api.official.GetSubscribedOfficialAccountListRequest;
import io.github.vertxtim.api.official.ModifyOfficialAccountBaseInfoRequest;
import io.github.vertxtim.api.official.OfficialAccountApi;
import io.github.vertxtim.api.official.OfficialAccountInfo;
import io.github.vertxtim.api.official.RecallOfficialAccountMsgRequest;
import io.github.vertxtim.api.official.SendOfficialAccountMsgRequest;
import io.github.vertxtim.emulator.impl.shared.EmulatorClock;
import io.github.vertxtim.emulator.impl.shared.ManualClock;
import io.github.vertxtim.tests.api.FamilyTestBase;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A newsroom's official account from creation to destruction, through the typed API, with the emulator's state
 * checked after every step.
 */
class OfficialAccountScenarioTest extends FamilyTestBase {

  private final ManualClock clock = new ManualClock(System.currentTimeMillis());

  @Override
  protected EmulatorClock emulatorClock() {
    return clock;
  }

  @Test
  void aNewsroomBroadcastsToItsReaders() {
    OfficialAccountApi oa = client.officialAccounts();
    await(() -> client.accounts().importAccounts(new ImportAccountsRequest(List.of(Account.of("editor"),
        Account.of("ann"), Account.of("ben"), Account.of("cat")))));

    // 1. the editor creates the account
    String id = await(() -> oa.createOfficialAccount(new CreateOfficialAccountRequest("editor", "@TOA#_daily",
        "The Daily", "News every morning", null, null, "Newsroom", null))).officialAccountUserId();
    assertThat(state().hasOfficialAccount(id)).isTrue();
    assertThat(state().officialAccountSubscribers(id)).isEmpty();

    // 2. three readers subscribe
    await(() -> oa.addSubscribers(AddSubscribersRequest.of(id, List.of("ann", "ben", "cat"))));
    assertThat(state().officialAccountSubscribers(id)).containsExactly("ann", "ben", "cat");

    // 3. the morning edition goes out
    String morning = await(() -> oa.sendOfficialAccountMsg(SendOfficialAccountMsgRequest.of(id, 1,
        MsgBody.text("Morning edition")))).msgKey();
    assertThat(state().officialAccountMessageCount(id)).isEqualTo(1);
    OfficialAccountInfo info = await(() -> oa.getOfficialAccountInfo(GetOfficialAccountInfoRequest.of(List.of(id))))
        .officialAccountInfoList().get(0);
    assertThat(info.lastMsgTime()).isEqualTo(clock.seconds());
    assertThat(info.subscriberNum()).isEqualTo(3);

    // 4. ben leaves; the account is renamed
    await(() -> oa.deleteSubscribers(new DeleteSubscribersRequest(id, List.of("ben"))));
    assertThat(state().officialAccountSubscribers(id)).containsExactly("ann", "cat");
    await(() -> oa.modifyOfficialAccountBaseInfo(ModifyOfficialAccountBaseInfoRequest.name(id, "The Daily Post")));
    assertThat(await(() -> oa.getSubscribedOfficialAccountList(GetSubscribedOfficialAccountListRequest.of("ann")))
        .officialAccountInfoList()).extracting(OfficialAccountInfo::name).containsExactly("The Daily Post");
    assertThat(await(() -> oa.getSubscribedOfficialAccountList(GetSubscribedOfficialAccountListRequest.of("ben")))
        .officialAccountInfoList()).isEmpty();

    // 5. the evening edition, then a correction: the morning one is recalled
    clock.advance(Duration.ofHours(10));
    String evening = await(() -> oa.sendOfficialAccountMsg(SendOfficialAccountMsgRequest.of(id, 2,
        MsgBody.text("Evening edition")))).msgKey();
    assertThat(state().officialAccountMessageCount(id)).isEqualTo(2);
    await(() -> oa.recallOfficialAccountMsg(RecallOfficialAccountMsgRequest.of(id, List.of(morning))));
    GetOfficialAccountMsgSimpleResult history = await(() -> oa.getOfficialAccountMsgSimple(
        GetOfficialAccountMsgSimpleRequest.newest(id, 10)));
    assertThat(history.rspMsgList()).extracting(GetOfficialAccountMsgSimpleResult.Msg::msgKey).containsExactly(evening);
    assertThat(history.finished()).isTrue();
    assertThat(state().officialAccountMessageCount(id)).as("a recalled message keeps its place").isEqualTo(2);

    // 6. the paper closes
    await(() -> oa.destroyOfficialAccount(new DestroyOfficialAccountRequest(id)));
    assertThat(state().hasOfficialAccount(id)).isFalse();
    assertThat(state().officialAccountSubscribers(id)).isEmpty();
    assertThat(state().officialAccountMessageCount(id)).isZero();
    assertThat(await(() -> oa.getSubscribedOfficialAccountList(GetSubscribedOfficialAccountListRequest.of("ann")))
        .totalCount()).isZero();

    // 7. a new account under the same ID starts with no history
    await(() -> oa.createOfficialAccount(CreateOfficialAccountRequest.of("editor", "Reborn")));
    String again = await(() -> oa.createOfficialAccount(new CreateOfficialAccountRequest("editor", id, "Again",
        null, null, null, null, null))).officialAccountUserId();
    assertThat(again).isEqualTo(id);
    assertThat(await(() -> oa.getOfficialAccountMsgSimple(GetOfficialAccountMsgSimpleRequest.newest(id, 10)))
        .rspMsgList()).isEmpty();
  }
}
