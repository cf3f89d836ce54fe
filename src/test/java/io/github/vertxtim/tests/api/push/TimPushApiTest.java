package io.github.vertxtim.tests.api.push;

import io.github.vertxtim.TimException;
import io.github.vertxtim.api.message.MsgBody;
import io.github.vertxtim.api.message.OfflinePushInfo;
import io.github.vertxtim.api.push.AccountErrorsResult;
import io.github.vertxtim.api.push.AccountListRequest;
import io.github.vertxtim.api.push.AddTagsRequest;
import io.github.vertxtim.api.push.BatchPushRequest;
import io.github.vertxtim.api.push.BatchPushResult;
import io.github.vertxtim.api.push.GetAttrsResult;
import io.github.vertxtim.api.push.GetTagsResult;
import io.github.vertxtim.api.push.PushAccountError;
import io.github.vertxtim.api.push.PushCondition;
import io.github.vertxtim.api.push.PushRequest;
import io.github.vertxtim.api.push.RemoveAttrsRequest;
import io.github.vertxtim.api.push.RemoveTagsRequest;
import io.github.vertxtim.api.push.RevokeRequest;
import io.github.vertxtim.api.push.SetAttrNamesRequest;
import io.github.vertxtim.api.push.SetAttrsRequest;
import io.github.vertxtim.api.push.UserAttrNames;
import io.github.vertxtim.api.push.UserAttrs;
import io.github.vertxtim.api.push.UserTags;
import io.github.vertxtim.emulator.EmulatorLimit;
import io.github.vertxtim.emulator.EmulatorState;
import io.github.vertxtim.emulator.TimEmulatorOptions;
import io.github.vertxtim.emulator.impl.shared.EmulatorClock;
import io.github.vertxtim.emulator.impl.shared.ManualClock;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The Push service (TIMPush) through the typed API: a round trip per endpoint, the error paths, a scenario. */
class TimPushApiTest extends PushTestSupport {

  private static final String SVC = EmulatorState.TIMPUSH;
  private static final OfflinePushInfo NOTE = OfflinePushInfo.of("Title", "Something new");
  private final ManualClock clock = new ManualClock(System.currentTimeMillis());

  @Override
  protected EmulatorClock emulatorClock() {
    return clock;
  }

  @Override
  protected TimEmulatorOptions emulatorOptions() {
    return new TimEmulatorOptions().setRateLimitEnabled(false).setLimit(EmulatorLimit.TIMPUSH_DAILY_QUOTA, 3);
  }

  @Test
  void attributeNamesAndAttributesRoundTrip() {
    importAccounts("mary", "xiaoming");
    await(() -> client.timPush().setAttrNames(SetAttrNamesRequest.of(Map.of("0", "sex", "1", "city"))));
    assertThat(await(() -> client.timPush().getAttrNames()).attrNames())
        .containsExactlyInAnyOrderEntriesOf(Map.of("0", "sex", "1", "city"));
    AccountErrorsResult set = await(() -> client.timPush().setAttrs(SetAttrsRequest.of(List.of(
        new UserAttrs("mary", Map.of("sex", "female", "city", "NewYork")),
        new UserAttrs("ghost", Map.of("sex", "male"))))));
    assertThat(set.errors()).extracting(PushAccountError::account, PushAccountError::errorCode)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("ghost", 70107));

    GetAttrsResult got = await(() -> client.timPush().getAttrs(AccountListRequest.of("mary", "xiaoming", "ghost")));
    assertThat(got.attrsOf("mary")).isEqualTo(Map.of("sex", "female", "city", "NewYork"));
    assertThat(got.attrsOf("xiaoming")).isEmpty();
    assertThat(got.attrsOf("ghost")).isNull();
    assertThat(got.errors()).extracting(PushAccountError::account, PushAccountError::errorCode)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("ghost", 70107));

    AccountErrorsResult removed = await(() -> client.timPush().removeAttrs(RemoveAttrsRequest.of(List.of(
        new UserAttrNames("mary", List.of("sex"))))));
    assertThat(removed.errors()).isEmpty();
    assertThat(state().pushAttrs(SVC, "mary")).isEqualTo(Map.of("city", "NewYork"));
    // the legacy service keeps its own data
    assertThat(state().pushAttrs(EmulatorState.ALL_MEMBER_PUSH, "mary")).isEmpty();
  }

  @Test
  void tagsRoundTripWithReplace() {
    importAccounts("mary", "xiaoming");
    AccountErrorsResult added = await(() -> client.timPush().addTags(AddTagsRequest.of(List.of(
        new UserTags("mary", List.of("gold", "weekly")), new UserTags("xiaoming", List.of("gold"))))));
    assertThat(added.errors()).isEmpty();
    GetTagsResult got = await(() -> client.timPush().getTags(AccountListRequest.of("mary", "xiaoming", "ghost")));
    assertThat(got.tagsOf("mary")).containsExactlyInAnyOrder("gold", "weekly");
    assertThat(got.tagsOf("xiaoming")).containsExactly("gold");
    assertThat(got.errors()).extracting(PushAccountError::account).containsExactly("ghost");

    await(() -> client.timPush().addTags(AddTagsRequest.replacing(List.of(
        new UserTags("mary", List.of("platinum"))))));
    assertThat(state().pushTags(SVC, "mary")).containsExactly("platinum");

    await(() -> client.timPush().removeTags(RemoveTagsRequest.of(List.of(
        new UserTags("xiaoming", List.of("gold"))))));
    assertThat(state().pushTags(SVC, "xiaoming")).isEmpty();

    AccountErrorsResult cleared = await(() -> client.timPush().clearAllTags(AccountListRequest.of("mary", "ghost")));
    assertThat(cleared.errors()).extracting(PushAccountError::account, PushAccountError::errorCode)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("ghost", 70107));
    assertThat(state().pushTags(SVC, "mary")).isEmpty();
  }

  @Test
  void pushToATagThenRevokeIt() {
    importAccounts("mary", "xiaoming", "xiaohong");
    await(() -> client.timPush().addTags(AddTagsRequest.of(List.of(
        new UserTags("mary", List.of("stock-a")), new UserTags("xiaohong", List.of("stock-a", "stock-b"))))));
    String taskId = await(() -> client.timPush().push(PushRequest.notification(NOTE)
        .withCondition(PushCondition.anyTag(List.of("stock-a"))))).taskId();
    assertThat(state().pushRecipients(taskId)).containsExactly("mary", "xiaohong");

    await(() -> client.timPush().revoke(RevokeRequest.of(taskId, OfflinePushInfo.of("Recalled", "recalled"))));
    assertThat(state().pushRevoked(taskId)).isTrue();
    awaitFailure(() -> client.timPush().revoke(RevokeRequest.of(taskId, null)), 90050);
    awaitFailure(() -> client.timPush().revoke(RevokeRequest.of("660cc447_537ed82a_0", null)), 90049);
  }

  @Test
  void revokeWindowIs24Hours() {
    importAccounts("mary");
    String taskId = await(() -> client.timPush().push(PushRequest.notification(NOTE))).taskId();
    clock.advance(Duration.ofHours(24).plusSeconds(1));
    withWeekLongUserSig(later -> {
      TimException expired = awaitFailure(() -> later.timPush().revoke(RevokeRequest.of(taskId, null)), 90049);
      assertThat(expired.errorInfo()).contains("24 hours");
    });
    assertThat(state().pushRevoked(taskId)).isFalse();
  }

  @Test
  void batchPushAnswersPerRecipient() {
    importAccounts("user1", "user2");
    BatchPushResult result = await(() -> client.timPush().batchPush(BatchPushRequest.of(ADMIN,
        List.of("user1", "user2", "nobody"), NOTE)));
    assertThat(result.taskId()).startsWith("batch_");
    assertThat(result.errors()).extracting(PushAccountError::account, PushAccountError::errorCode)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("nobody", 70107));
    assertThat(state().pushRecipients(result.taskId())).containsExactly("user1", "user2");
    // batch pushes take nothing from the all-user daily quota, and a batch task can be revoked too
    await(() -> client.timPush().revoke(RevokeRequest.of(result.taskId(), null)));
    assertThat(state().pushRevoked(result.taskId())).isTrue();
  }

  @Test
  void batchPushRepeatWithinASecondIsTheSameTask() {
    importAccounts("user1");
    BatchPushRequest request = BatchPushRequest.of(ADMIN, List.of("user1"), NOTE).withMsgRandom(3674128);
    String first = await(() -> client.timPush().batchPush(request)).taskId();
    assertThat(await(() -> client.timPush().batchPush(request)).taskId()).isEqualTo(first);
    clock.advance(Duration.ofMillis(1000));
    assertThat(await(() -> client.timPush().batchPush(request)).taskId()).isNotEqualTo(first);
  }

  @Test
  void batchPushErrors() {
    importAccounts("user1");
    JsonObject ok = new JsonObject().put("From_Account", ADMIN).put("To_Account", new JsonArray().add("user1"))
        .put("MsgRandom", 1).put("OfflinePushInfo", new JsonObject().put("PushFlag", 0).put("Desc", "d"));
    assertFails("batch", ok.copy().put("MsgRandom", "x"), 90001);
    assertFails("batch", ok.copy().put("To_Account", new JsonArray()), 90001);
    JsonObject noFrom = ok.copy();
    noFrom.remove("From_Account");
    assertFails("batch", noFrom, 90001);
    JsonObject noPushInfo = ok.copy();
    noPushInfo.remove("OfflinePushInfo");
    assertFails("batch", noPushInfo, 90043);
    assertFails("batch", ok.copy().put("From_Account", "nobody"), 90048);
    assertFails("batch", ok.copy().put("To_Account", new JsonArray(IntStream.range(0, 501).mapToObj(i -> "u" + i)
        .toList())), 90018);
    Throwable over = awaitThrown(() -> client.timPush().batchPush(BatchPushRequest.of(ADMIN,
        IntStream.range(0, 501).mapToObj(i -> "u" + i).toList(), NOTE)));
    assertThat(over).hasMessageContaining("500");
  }

  @Test
  void pushErrorsAndQuota() {
    importAccounts("mary");
    assertFails("push", new JsonObject().put("MsgRandom", -1).put("OfflinePushInfo", new JsonObject()), 90001);
    assertFails("push", new JsonObject().put("MsgRandom", 1), 90043);
    assertFails("push", new JsonObject().put("MsgRandom", 1).put("OfflinePushInfo", new JsonObject())
        .put("Condition", new JsonObject().put("TagsAnd", new JsonArray().add("a").add("a"))), 90022);
    // the quota is set to 3 a day here
    for (int i = 0; i < 3; i++) {
      await(() -> client.timPush().push(PushRequest.notification(NOTE)));
      clock.advance(Duration.ofMillis(1001));
    }
    awaitFailure(() -> client.timPush().push(PushRequest.notification(NOTE)), 90047);
    assertThat(state().pushTaskIds(SVC)).hasSize(3);
  }

  @Test
  void olderPushBodyWithMsgBodyIsAccepted() {
    importAccounts("mary");
    String taskId = await(() -> client.timPush().push(PushRequest.toAll(MsgBody.text("hi, beauty")))).taskId();
    assertThat(state().pushRecipients(taskId)).containsExactly("mary");
  }

  @Test
  void tagCapsPerAccountAndPerApp() {
    importAccounts("mary", "xiaoming");
    // Replace 1 takes up to 100 tags for one account; more is refused before the call
    List<String> hundred = IntStream.range(0, 100).mapToObj(i -> "t" + i).toList();
    await(() -> client.timPush().addTags(AddTagsRequest.replacing(List.of(new UserTags("mary", hundred)))));
    AccountErrorsResult full = await(() -> client.timPush().addTags(AddTagsRequest.of(List.of(
        new UserTags("mary", List.of("more")), new UserTags("xiaoming", List.of("more"))))));
    assertThat(full.errors()).extracting(PushAccountError::account, PushAccountError::errorCode)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("mary", 90032));
    assertThat(state().pushTags(SVC, "xiaoming")).containsExactly("more");
    Throwable tooMany = awaitThrown(() -> client.timPush().addTags(AddTagsRequest.replacing(List.of(
        new UserTags("mary", IntStream.range(0, 101).mapToObj(i -> "t" + i).toList())))));
    assertThat(tooMany).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("100");
  }

  @Test
  void scenarioTaggingCampaignAndCleanup() {
    importAccounts("a", "b", "c");
    await(() -> client.timPush().addTags(AddTagsRequest.of(List.of(new UserTags("a", List.of("vip")),
        new UserTags("b", List.of("vip", "new"))))));
    assertThat(state().pushTags(SVC, "b")).containsExactly("new", "vip");
    String vip = await(() -> client.timPush().push(PushRequest.notification(NOTE)
        .withCondition(PushCondition.allTags(List.of("vip"))))).taskId();
    assertThat(state().pushRecipients(vip)).containsExactly("a", "b");
    // c signs up: a per-user push reaches it at once, without the interval
    BatchPushResult welcome = await(() -> client.timPush().batchPush(BatchPushRequest.of(ADMIN, List.of("c"),
        OfflinePushInfo.of("Welcome", "hello"))));
    assertThat(welcome.errors()).isEmpty();
    await(() -> client.timPush().addTags(AddTagsRequest.of(List.of(new UserTags("c", List.of("new"))))));
    clock.advance(Duration.ofSeconds(2));
    String fresh = await(() -> client.timPush().push(PushRequest.notification(NOTE)
        .withCondition(PushCondition.anyTag(List.of("new"))))).taskId();
    assertThat(state().pushRecipients(fresh)).containsExactly("b", "c");
    // the campaign is wrong: revoke it; the campaign ends and tags are cleared
    await(() -> client.timPush().revoke(RevokeRequest.of(fresh, null)));
    await(() -> client.timPush().clearAllTags(AccountListRequest.of("a", "b", "c")));
    assertThat(state().pushTags(SVC, "b")).isEmpty();
    assertThat(state().pushTaskIds(SVC)).containsExactly(vip, welcome.taskId(), fresh);
    assertThat(state().pushRevoked(fresh)).isTrue();
    assertThat(state().pushRevoked(vip)).isFalse();
  }

  private void assertFails(String command, JsonObject body, int code) {
    awaitFailure(() -> client.call("timpush", command, body), code);
  }
}
