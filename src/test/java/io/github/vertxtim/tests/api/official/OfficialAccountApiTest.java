package io.github.vertxtim.tests.api.official;

import io.github.vertxtim.api.account.Account;
import io.github.vertxtim.api.account.ImportAccountsRequest;
import io.github.vertxtim.api.message.MsgBody;
import io.github.vertxtim.api.official.AddSubscribersRequest;
import io.github.vertxtim.api.official.AddSubscribersResult;
import io.github.vertxtim.api.official.CreateOfficialAccountRequest;
import io.github.vertxtim.api.official.DeleteSubscribersRequest;
import io.github.vertxtim.api.official.DestroyOfficialAccountRequest;
import io.github.vertxtim.api.official.GetOfficialAccountInfoRequest;
import io.github.vertxtim.api.official.GetOfficialAccountInfoResult;
import io.github.vertxtim.api.official.GetOfficialAccountMsgSimpleRequest;
import io.github.vertxtim.api.official.GetOfficialAccountMsgSimpleResult;
import io.github.vertxtim.api.official.GetSubscribedOfficialAccountListRequest;
import io.github.vertxtim.api.official.GetSubscribedOfficialAccountListResult;
import io.github.vertxtim.api.official.GetSubscriberInfoRequest;
import io.github.vertxtim.api.official.GetSubscriberInfoResult;
import io.github.vertxtim.api.official.ModifyOfficialAccountBaseInfoRequest;
import io.github.vertxtim.api.official.ModifySubscriberInfoRequest;
import io.github.vertxtim.api.official.OfficialAccountInfo;
import io.github.vertxtim.api.official.OfficialAccountResponseFilter;
import io.github.vertxtim.api.official.RecallOfficialAccountMsgRequest;
import io.github.vertxtim.api.official.RecallOfficialAccountMsgResult;
import io.github.vertxtim.api.official.SendOfficialAccountMsgRequest;
import io.github.vertxtim.api.official.SendOfficialAccountMsgResult;
import io.github.vertxtim.api.official.SubscriberResult;
import io.github.vertxtim.emulator.impl.shared.EmulatorClock;
import io.github.vertxtim.emulator.impl.shared.ManualClock;
import io.github.vertxtim.tests.api.FamilyTestBase;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every official-account endpoint through the typed API, its error paths, and its paged walks. */
class OfficialAccountApiTest extends FamilyTestBase {

  static final String OWNER = "oa-owner";
  private final ManualClock clock = new ManualClock(System.currentTimeMillis());

  @Override
  protected EmulatorClock emulatorClock() {
    return clock;
  }

  private void importUsers(String... ids) {
    List<Account> accounts = java.util.Arrays.stream(ids).map(Account::of).toList();
    assertThat(await(() -> client.accounts().importAccounts(new ImportAccountsRequest(accounts))).failAccounts())
        .isEmpty();
  }

  private String create(String id, String name) {
    return await(() -> client.officialAccounts().createOfficialAccount(
        new CreateOfficialAccountRequest(OWNER, id, name, null, null, null, null, null))).officialAccountUserId();
  }

  private SendOfficialAccountMsgResult send(String oa, String text) {
    return await(() -> client.officialAccounts().sendOfficialAccountMsg(
        SendOfficialAccountMsgRequest.of(oa, 7, MsgBody.text(text))));
  }

  @Test
  void createReadModifyAndDestroyAnAccount() {
    importUsers(OWNER);
    String id = await(() -> client.officialAccounts().createOfficialAccount(new CreateOfficialAccountRequest(
        OWNER, "@TOA#_news", "News", "Daily news", "https://example.com/n.png", 500, "Example Org", "c1")))
        .officialAccountUserId();
    assertThat(id).isEqualTo("@TOA#_news");
    assertThat(state().hasOfficialAccount(id)).isTrue();

    GetOfficialAccountInfoResult info = await(() -> client.officialAccounts().getOfficialAccountInfo(
        GetOfficialAccountInfoRequest.of(List.of(id, "@TOA#_missing"))));
    assertThat(info.officialAccountInfoList()).hasSize(2);
    OfficialAccountInfo news = info.officialAccountInfoList().get(0);
    assertThat(news.ok()).isTrue();
    assertThat(news.officialAccount()).isEqualTo(id);
    assertThat(news.name()).isEqualTo("News");
    assertThat(news.ownerAccount()).isEqualTo(OWNER);
    assertThat(news.introduction()).isEqualTo("Daily news");
    assertThat(news.faceUrl()).isEqualTo("https://example.com/n.png");
    assertThat(news.organization()).isEqualTo("Example Org");
    assertThat(news.customString()).isEqualTo("c1");
    assertThat(news.maxSubscriberNum()).isEqualTo(500);
    assertThat(news.subscriberNum()).isZero();
    assertThat(news.createTime()).isEqualTo(clock.seconds());
    assertThat(info.officialAccountInfoList().get(1).errorCode()).isEqualTo(130004);

    await(() -> client.officialAccounts().modifyOfficialAccountBaseInfo(
        ModifyOfficialAccountBaseInfoRequest.name(id, "World News")));
    OfficialAccountInfo filtered = await(() -> client.officialAccounts().getOfficialAccountInfo(
        new GetOfficialAccountInfoRequest(List.of(new io.github.vertxtim.api.official.OfficialAccountItem(id)),
            new OfficialAccountResponseFilter(List.of("Name"), null)))).officialAccountInfoList().get(0);
    assertThat(filtered.name()).isEqualTo("World News");
    assertThat(filtered.introduction()).as("not in the filter").isNull();

    await(() -> client.officialAccounts().destroyOfficialAccount(new DestroyOfficialAccountRequest(id)));
    assertThat(state().hasOfficialAccount(id)).isFalse();
    awaitFailure(() -> client.officialAccounts().destroyOfficialAccount(new DestroyOfficialAccountRequest(id)),
        130004);
  }

  @Test
  void aGeneratedIdHasThePrefix() {
    importUsers(OWNER);
    String id = create(null, "Generated");
    assertThat(id).startsWith("@TOA#_").hasSize("@TOA#_".length() + 9);
    assertThat(create(null, "Another")).isNotEqualTo(id);
  }

  @Test
  void createRefusesWhatThePageForbids() {
    awaitFailure(() -> client.officialAccounts().createOfficialAccount(
        CreateOfficialAccountRequest.of(OWNER, "x")), 70107);
    importUsers(OWNER);
    awaitFailure(() -> client.officialAccounts().createOfficialAccount(
        new CreateOfficialAccountRequest(OWNER, "news", "News", null, null, null, null, null)), 130007);
    create("@TOA#_taken", "Taken");
    awaitFailure(() -> client.officialAccounts().createOfficialAccount(
        new CreateOfficialAccountRequest(OWNER, "@TOA#_taken", "Again", null, null, null, null, null)), 130008);
    awaitFailure(() -> client.officialAccounts().createOfficialAccount(
        CreateOfficialAccountRequest.of(OWNER, "n".repeat(151))), 10004);
    awaitFailure(() -> client.officialAccounts().createOfficialAccount(
        new CreateOfficialAccountRequest(OWNER, null, "ok", "i".repeat(401), null, null, null, null)), 10004);
    awaitFailure(() -> client.officialAccounts().createOfficialAccount(
        new CreateOfficialAccountRequest(OWNER, null, "ok", null, "f".repeat(501), null, null, null)), 10004);
    awaitFailure(() -> client.officialAccounts().createOfficialAccount(
        new CreateOfficialAccountRequest(OWNER, null, "ok", null, null, null, null, "c".repeat(3001))), 10004);
    // exactly at the limits passes; 50 CJK characters are 150 bytes
    assertThat(create(null, "用".repeat(50))).startsWith("@TOA#_");
    awaitFailure(() -> client.officialAccounts().modifyOfficialAccountBaseInfo(
        ModifyOfficialAccountBaseInfoRequest.name("@TOA#_missing", "x")), 130004);
  }

  @Test
  void subscribersAreAddedPagedModifiedAndRemoved() {
    importUsers(OWNER, "u1", "u2", "u3");
    String oa = create("@TOA#_sub", "Sub");
    AddSubscribersResult added = await(() -> client.officialAccounts().addSubscribers(
        AddSubscribersRequest.of(oa, List.of("u1", "u2", "u3", "ghost"))));
    assertThat(added.subscriberList()).extracting(r -> r.subscriberAccount() + "=" + r.result())
        .containsExactly("u1=1", "u2=1", "u3=1", "ghost=0");
    assertThat(await(() -> client.officialAccounts().addSubscribers(AddSubscribersRequest.of(oa, List.of("u1"))))
        .subscriberList()).extracting(SubscriberResult::result).containsExactly(SubscriberResult.UNCHANGED);
    assertThat(state().officialAccountSubscribers(oa)).containsExactly("u1", "u2", "u3");

    GetSubscriberInfoResult first = await(() -> client.officialAccounts().getSubscriberInfo(
        GetSubscriberInfoRequest.first(oa, 2)));
    assertThat(first.subscriberNum()).isEqualTo(3);
    assertThat(first.subscriberList()).extracting(GetSubscriberInfoResult.Subscriber::subscriberAccount)
        .containsExactly("u1", "u2");
    assertThat(first.subscriberList().get(0).msgFlag()).isEqualTo(GetSubscriberInfoResult.ACCEPT_AND_NOTIFY);
    assertThat(first.subscriberList().get(0).subscribeTime()).isEqualTo(clock.seconds());
    assertThat(first.complete()).isFalse();
    GetSubscriberInfoResult second = await(() -> client.officialAccounts().getSubscriberInfo(
        new GetSubscriberInfoRequest(oa, 2, first.next())));
    assertThat(second.subscriberList()).extracting(GetSubscriberInfoResult.Subscriber::subscriberAccount)
        .containsExactly("u3");
    assertThat(second.complete()).isTrue();

    await(() -> client.officialAccounts().modifySubscriberInfo(new ModifySubscriberInfoRequest(oa, "u1", "vip")));
    assertThat(await(() -> client.officialAccounts().getSubscriberInfo(GetSubscriberInfoRequest.first(oa, 1)))
        .subscriberList().get(0).customString()).isEqualTo("vip");

    assertThat(await(() -> client.officialAccounts().deleteSubscribers(
        new DeleteSubscribersRequest(oa, List.of("u2", "u9")))).subscriberList())
        .extracting(r -> r.subscriberAccount() + "=" + r.result()).containsExactly("u2=1", "u9=2");
    assertThat(state().officialAccountSubscribers(oa)).containsExactly("u1", "u3");
    awaitFailure(() -> client.officialAccounts().modifySubscriberInfo(
        new ModifySubscriberInfoRequest(oa, "u2", "x")), 131003);
    awaitFailure(() -> client.officialAccounts().addSubscribers(AddSubscribersRequest.of("@TOA#_nope",
        List.of("u1"))), 130004);
  }

  @Test
  void aUsersSubscriptionsAreListedWithTheirOwnData() {
    importUsers(OWNER, "fan");
    String a = create("@TOA#_a", "A");
    String b = create("@TOA#_b", "B");
    await(() -> client.officialAccounts().addSubscribers(AddSubscribersRequest.of(a, List.of("fan"))));
    await(() -> client.officialAccounts().addSubscribers(AddSubscribersRequest.of(b, List.of("fan"))));
    await(() -> client.officialAccounts().modifySubscriberInfo(new ModifySubscriberInfoRequest(b, "fan", "pinned")));

    GetSubscribedOfficialAccountListResult all = await(() -> client.officialAccounts()
        .getSubscribedOfficialAccountList(GetSubscribedOfficialAccountListRequest.of("fan")));
    assertThat(all.totalCount()).isEqualTo(2);
    assertThat(all.complete()).isTrue();
    assertThat(all.officialAccountInfoList()).extracting(OfficialAccountInfo::officialAccount).containsExactly(a, b);
    assertThat(all.officialAccountInfoList().get(1).selfInfo().customString()).isEqualTo("pinned");
    assertThat(all.officialAccountInfoList().get(1).subscriberNum()).isEqualTo(1);

    GetSubscribedOfficialAccountListResult page = await(() -> client.officialAccounts()
        .getSubscribedOfficialAccountList(new GetSubscribedOfficialAccountListRequest("fan", 1, 1,
            new OfficialAccountResponseFilter(List.of("Name"), List.of("SubscribeTime")))));
    assertThat(page.officialAccountInfoList()).singleElement().satisfies(i -> {
      assertThat(i.name()).isEqualTo("B");
      assertThat(i.ownerAccount()).isNull();
      assertThat(i.selfInfo().subscribeTime()).isEqualTo(clock.seconds());
      assertThat(i.selfInfo().customString()).isNull();
    });
    assertThat(page.complete()).isTrue();
    assertThat(page.next()).isEqualTo(2);

    await(() -> client.officialAccounts().destroyOfficialAccount(new DestroyOfficialAccountRequest(a)));
    assertThat(await(() -> client.officialAccounts().getSubscribedOfficialAccountList(
        GetSubscribedOfficialAccountListRequest.of("fan"))).officialAccountInfoList())
        .extracting(OfficialAccountInfo::officialAccount).containsExactly(b);
  }

  @Test
  void aFullAccountTakesNoOneMore() {
    importUsers(OWNER, "u1", "u2", "u3");
    String oa = await(() -> client.officialAccounts().createOfficialAccount(new CreateOfficialAccountRequest(
        OWNER, null, "Small", null, null, 2, null, null))).officialAccountUserId();
    await(() -> client.officialAccounts().addSubscribers(AddSubscribersRequest.of(oa, List.of("u1", "u2"))));
    awaitFailure(() -> client.officialAccounts().addSubscribers(AddSubscribersRequest.of(oa, List.of("u3"))),
        130006);
    assertThat(await(() -> client.officialAccounts().addSubscribers(AddSubscribersRequest.of(oa,
        List.of("u1", "u3")))).subscriberList()).extracting(SubscriberResult::result).containsExactly(2, 0);
    awaitFailure(() -> client.officialAccounts().modifyOfficialAccountBaseInfo(
        new ModifyOfficialAccountBaseInfoRequest(oa, null, null, null, null, null, 1)), 10004);
    assertThat(state().officialAccountSubscribers(oa)).containsExactly("u1", "u2");
  }

  @Test
  void broadcastsKeepThePerAccountLimits() {
    importUsers(OWNER);
    String oa = create("@TOA#_limits", "Limits");
    SendOfficialAccountMsgResult first = send(oa, "one");
    assertThat(first.msgKey()).matches("1_1_" + clock.seconds());
    assertThat(first.msgTime()).isEqualTo(clock.seconds());
    assertThat(state().officialAccountMessageCount(oa)).isEqualTo(1);

    // identical content within five minutes is dropped: the earlier answer, nothing stored
    clock.advance(Duration.ofSeconds(30));
    assertThat(send(oa, "one").msgKey()).isEqualTo(first.msgKey());
    assertThat(state().officialAccountMessageCount(oa)).isEqualTo(1);

    SendOfficialAccountMsgResult second = send(oa, "two");
    assertThat(second.msgKey()).isEqualTo("2_1_" + clock.seconds());
    assertThat(state().officialAccountMessageCount(oa)).isEqualTo(2);

    // one message a second
    assertThat(awaitFailure(() -> client.officialAccounts().sendOfficialAccountMsg(
        SendOfficialAccountMsgRequest.of(oa, 1, MsgBody.text("three"))), 10023).errorInfo()).contains("per second");
    // two broadcasts an hour
    clock.advance(Duration.ofSeconds(2));
    assertThat(awaitFailure(() -> client.officialAccounts().sendOfficialAccountMsg(
        SendOfficialAccountMsgRequest.of(oa, 1, MsgBody.text("three"))), 10023).errorInfo()).contains("per hour");
    assertThat(state().officialAccountMessageCount(oa)).isEqualTo(2);

    clock.advance(Duration.ofHours(1));
    assertThat(send(oa, "three").msgKey()).startsWith("3_1_");
    clock.advance(Duration.ofSeconds(1));
    // the duplicate window (5 min) has passed: the same content is a new message
    assertThat(send(oa, "one").msgKey()).startsWith("4_1_");
    assertThat(state().officialAccountMessageCount(oa)).isEqualTo(4);
  }

  @Test
  void sendRefusesUnknownAccountsAndLargeBodies() {
    importUsers(OWNER);
    String oa = create(null, "Big");
    awaitFailure(() -> client.officialAccounts().sendOfficialAccountMsg(
        SendOfficialAccountMsgRequest.of("@TOA#_nope", 1, MsgBody.text("x"))), 130004);
    awaitFailure(() -> client.officialAccounts().sendOfficialAccountMsg(
        SendOfficialAccountMsgRequest.of(oa, 1, MsgBody.text("x".repeat(13 * 1024)))), 80002);
    assertThat(state().officialAccountMessageCount(oa)).isZero();
  }

  /** Sends {@code texts} an hour apart (so the hourly limit never bites); returns their MsgKeys. */
  private List<String> sendHourly(String oa, String... texts) {
    List<String> keys = new java.util.ArrayList<>();
    for (String t : texts) {
      keys.add(send(oa, t).msgKey());
      clock.advance(Duration.ofMinutes(31));
    }
    return keys;
  }

  @Test
  void historyIsNewestFirstAndRecallLeavesAPlace() {
    importUsers(OWNER);
    String oa = create(null, "History");
    List<String> keys = sendHourly(oa, "m1", "m2", "m3");

    GetOfficialAccountMsgSimpleResult newest = await(() -> client.officialAccounts().getOfficialAccountMsgSimple(
        GetOfficialAccountMsgSimpleRequest.newest(oa, 2)));
    assertThat(newest.rspMsgList()).extracting(GetOfficialAccountMsgSimpleResult.Msg::msgKey)
        .containsExactly(keys.get(2), keys.get(1));
    assertThat(newest.rspMsgList().get(0).msgBody()).containsExactly(MsgBody.text("m3").get(0));
    assertThat(newest.rspMsgList().get(0).fromAccount()).isEqualTo(oa);
    assertThat(newest.rspMsgList().get(0).msgRandom()).isEqualTo(7);
    assertThat(newest.finished()).isFalse();
    assertThat(newest.lastMsgKey()).isEqualTo(keys.get(1));
    GetOfficialAccountMsgSimpleResult older = await(() -> client.officialAccounts().getOfficialAccountMsgSimple(
        new GetOfficialAccountMsgSimpleRequest(oa, newest.lastMsgKey(), 2, null)));
    assertThat(older.rspMsgList()).extracting(GetOfficialAccountMsgSimpleResult.Msg::msgKey)
        .containsExactly(keys.get(0));
    assertThat(older.finished()).isTrue();

    RecallOfficialAccountMsgResult recalled = await(() -> client.officialAccounts().recallOfficialAccountMsg(
        RecallOfficialAccountMsgRequest.of(oa, List.of(keys.get(1), "99_1_1"))));
    assertThat(recalled.recallRetList()).extracting(r -> r.msgKey() + "=" + r.retCode())
        .containsExactly(keys.get(1) + "=0", "99_1_1=10030");
    assertThat(recalled.recallRetList().get(0).msgSeq()).isEqualTo(2);

    assertThat(await(() -> client.officialAccounts().getOfficialAccountMsgSimple(
        GetOfficialAccountMsgSimpleRequest.newest(oa, 10))).rspMsgList())
        .extracting(GetOfficialAccountMsgSimpleResult.Msg::msgKey).containsExactly(keys.get(2), keys.get(0));
    List<GetOfficialAccountMsgSimpleResult.Msg> withRecalled = await(() -> client.officialAccounts()
        .getOfficialAccountMsgSimple(new GetOfficialAccountMsgSimpleRequest(oa, null, 10, 1))).rspMsgList();
    assertThat(withRecalled).extracting(m -> m.msgKey() + "/" + m.isPlaceMsg())
        .containsExactly(keys.get(2) + "/0", keys.get(1) + "/1", keys.get(0) + "/0");
    assertThat(withRecalled.get(1).msgBody()).isEmpty();
    awaitFailure(() -> client.officialAccounts().getOfficialAccountMsgSimple(
        new GetOfficialAccountMsgSimpleRequest(oa, "5_1_5", 2, null)), 10004);
  }

  @Test
  void recallTakesAtMostTenKeysBeforeAnyRequest() {
    List<String> eleven = java.util.stream.IntStream.range(0, 11).mapToObj(i -> i + "_1_1").toList();
    assertThat(awaitThrown(() -> client.officialAccounts().recallOfficialAccountMsg(
        RecallOfficialAccountMsgRequest.of("@TOA#_x", eleven)))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("10");
    assertThat(awaitThrown(() -> client.officialAccounts().getSubscriberInfo(
        GetSubscriberInfoRequest.first("@TOA#_x", 201)))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void pagesWalkSubscribersSubscriptionsAndHistory() {
    importUsers(OWNER, "p1", "p2", "p3", "p4", "p5");
    String oa = create(null, "Paged");
    String other = create(null, "Other");
    await(() -> client.officialAccounts().addSubscribers(AddSubscribersRequest.of(oa,
        List.of("p1", "p2", "p3", "p4", "p5"))));
    await(() -> client.officialAccounts().addSubscribers(AddSubscribersRequest.of(other, List.of("p1"))));
    List<String> keys = sendHourly(oa, "h1", "h2", "h3");

    String svc = "official_account_open_http_svc";
    List<JsonObject> subscribers = allPages(client.pages(svc, "get_subscriber_info",
        new JsonObject().put("Official_Account", oa).put("Limit", 2).put("Next", "")));
    assertThat(subscribers).extracting(o -> o.getString("Subscriber_Account"))
        .containsExactly("p1", "p2", "p3", "p4", "p5");
    assertThat(emulator.stats().requests(svc + "/get_subscriber_info")).isEqualTo(3);

    List<JsonObject> subscribed = allPages(client.pages(svc, "get_subscribed_official_account_list",
        new JsonObject().put("Subscriber_Account", "p1").put("Limit", 1)));
    assertThat(subscribed).extracting(o -> o.getString("Official_Account")).containsExactly(oa, other);

    List<JsonObject> history = allPages(client.pages(svc, "official_account_msg_get_simple",
        new JsonObject().put("Official_Account", oa).put("ReqMsgNumber", 2)));
    assertThat(history).extracting(o -> o.getString("MsgKey")).containsExactly(keys.get(2), keys.get(1), keys.get(0));
  }
}
