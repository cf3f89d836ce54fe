package io.github.vertxtim.tests.api.push;

import io.github.vertxtim.api.message.MsgBody;
import io.github.vertxtim.api.message.OfflinePushInfo;
import io.github.vertxtim.api.push.AccountListRequest;
import io.github.vertxtim.api.push.AddTagsRequest;
import io.github.vertxtim.api.push.GetAttrsResult;
import io.github.vertxtim.api.push.GetTagsResult;
import io.github.vertxtim.api.push.PushCondition;
import io.github.vertxtim.api.push.PushRequest;
import io.github.vertxtim.api.push.PushResult;
import io.github.vertxtim.api.push.RemoveAttrsRequest;
import io.github.vertxtim.api.push.RemoveTagsRequest;
import io.github.vertxtim.api.push.SetAttrNamesRequest;
import io.github.vertxtim.api.push.SetAttrsRequest;
import io.github.vertxtim.api.push.UserAttrNames;
import io.github.vertxtim.api.push.UserAttrs;
import io.github.vertxtim.api.push.UserTags;
import io.github.vertxtim.emulator.EmulatorState;
import io.github.vertxtim.emulator.TimEmulatorOptions;
import io.github.vertxtim.emulator.impl.shared.EmulatorClock;
import io.github.vertxtim.emulator.impl.shared.ManualClock;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Legacy all-member push through the typed API: a round trip per endpoint, the error paths, a scenario. */
class AllMemberPushApiTest extends PushTestSupport {

  private static final String SVC = EmulatorState.ALL_MEMBER_PUSH;
  private final ManualClock clock = new ManualClock(System.currentTimeMillis());

  @Override
  protected EmulatorClock emulatorClock() {
    return clock;
  }

  @Override
  protected TimEmulatorOptions emulatorOptions() {
    // the interval and quota are the handler's to answer here (90024, 90047), not the 1/s call limit's (60007)
    return new TimEmulatorOptions().setRateLimitEnabled(false);
  }

  @Test
  void attributeNamesRoundTrip() {
    await(() -> client.allMemberPush().setAttrNames(SetAttrNamesRequest.of(Map.of("0", "sex", "1", "city"))));
    assertThat(await(() -> client.allMemberPush().getAttrNames()).attrNames())
        .containsExactlyInAnyOrderEntriesOf(Map.of("0", "sex", "1", "city"));
    // renaming one number keeps the other
    await(() -> client.allMemberPush().setAttrNames(SetAttrNamesRequest.of(Map.of("1", "region"))));
    assertThat(await(() -> client.allMemberPush().getAttrNames()).attrNames())
        .containsExactlyInAnyOrderEntriesOf(Map.of("0", "sex", "1", "region"));
  }

  @Test
  void userAttributesRoundTrip() {
    importAccounts("alice", "bob");
    await(() -> client.allMemberPush().setAttrNames(SetAttrNamesRequest.of(Map.of("0", "sex", "1", "city"))));
    await(() -> client.allMemberPush().setAttrs(SetAttrsRequest.of(List.of(
        new UserAttrs("alice", Map.of("sex", "female", "city", "Shenzhen")),
        new UserAttrs("bob", Map.of("city", "Paris"))))));
    GetAttrsResult got = await(() -> client.allMemberPush().getAttrs(AccountListRequest.of("alice", "bob")));
    assertThat(got.attrsOf("alice")).isEqualTo(Map.of("sex", "female", "city", "Shenzhen"));
    assertThat(got.attrsOf("bob")).isEqualTo(Map.of("city", "Paris"));
    assertThat(got.errors()).isEmpty();

    await(() -> client.allMemberPush().removeAttrs(RemoveAttrsRequest.of(List.of(
        new UserAttrNames("alice", List.of("city"))))));
    assertThat(state().pushAttrs(SVC, "alice")).isEqualTo(Map.of("sex", "female"));
    assertThat(await(() -> client.allMemberPush().getAttrs(AccountListRequest.of("alice"))).attrsOf("alice"))
        .isEqualTo(Map.of("sex", "female"));
  }

  @Test
  void tagsRoundTrip() {
    importAccounts("alice", "bob");
    await(() -> client.allMemberPush().addTags(AddTagsRequest.of(List.of(
        new UserTags("alice", List.of("stock-a", "stock-b")), new UserTags("bob", List.of("stock-a"))))));
    GetTagsResult got = await(() -> client.allMemberPush().getTags(AccountListRequest.of("alice", "bob")));
    assertThat(got.tagsOf("alice")).containsExactlyInAnyOrder("stock-a", "stock-b");
    assertThat(got.tagsOf("bob")).containsExactly("stock-a");

    await(() -> client.allMemberPush().removeTags(RemoveTagsRequest.of(List.of(
        new UserTags("alice", List.of("stock-a"))))));
    assertThat(state().pushTags(SVC, "alice")).containsExactly("stock-b");

    await(() -> client.allMemberPush().removeAllTags(AccountListRequest.of("alice", "bob")));
    GetTagsResult cleared = await(() -> client.allMemberPush().getTags(AccountListRequest.of("alice", "bob")));
    assertThat(cleared.tagsOf("alice")).isEmpty();
    assertThat(cleared.tagsOf("bob")).isEmpty();
  }

  @Test
  void pushToAllReturnsATaskThatReachedEveryImportedAccount() {
    importAccounts("alice", "bob", "carol");
    PushResult pushed = await(() -> client.allMemberPush().push(PushRequest.toAll(MsgBody.text("hello all"))
        .withMsgLifeTime(120).withOfflinePushInfo(OfflinePushInfo.of("News", "hello all"))));
    assertThat(pushed.taskId()).isNotBlank();
    assertThat(state().pushTaskIds(SVC)).containsExactly(pushed.taskId());
    assertThat(state().pushRecipients(pushed.taskId())).containsExactly("alice", "bob", "carol");
  }

  @Test
  void pushByTagAndByAttributeReachesOnlyTheMatchingAccounts() {
    importAccounts("alice", "bob", "carol");
    await(() -> client.allMemberPush().addTags(AddTagsRequest.of(List.of(
        new UserTags("alice", List.of("a", "b")), new UserTags("bob", List.of("a")),
        new UserTags("carol", List.of("c"))))));
    String both = await(() -> client.allMemberPush().push(PushRequest.toAll(MsgBody.text("x"))
        .withCondition(PushCondition.allTags(List.of("a", "b"))))).taskId();
    assertThat(state().pushRecipients(both)).containsExactly("alice");
    clock.advance(Duration.ofMillis(1001));
    String any = await(() -> client.allMemberPush().push(PushRequest.toAll(MsgBody.text("y"))
        .withCondition(PushCondition.anyTag(List.of("b", "c"))))).taskId();
    assertThat(state().pushRecipients(any)).containsExactly("alice", "carol");

    await(() -> client.allMemberPush().setAttrNames(SetAttrNamesRequest.of(Map.of("0", "city"))));
    await(() -> client.allMemberPush().setAttrs(SetAttrsRequest.of(List.of(
        new UserAttrs("bob", Map.of("city", "Paris")), new UserAttrs("carol", Map.of("city", "Rome"))))));
    clock.advance(Duration.ofMillis(1001));
    String byAttr = await(() -> client.allMemberPush().push(PushRequest.toAll(MsgBody.text("z"))
        .withCondition(PushCondition.anyAttr(Map.of("city", "Paris"))))).taskId();
    assertThat(state().pushRecipients(byAttr)).containsExactly("bob");
  }

  @Test
  void theSameMsgRandomIsTheSameTaskAndTakesNoQuota() {
    importAccounts("alice");
    PushRequest request = PushRequest.toAll(MsgBody.text("once")).withMsgRandom(424242);
    String first = await(() -> client.allMemberPush().push(request)).taskId();
    // a retry of an unknown outcome, inside the interval: the same task, not 90024
    String again = await(() -> client.allMemberPush().push(request)).taskId();
    assertThat(again).isEqualTo(first);
    assertThat(state().pushTaskIds(SVC)).hasSize(1);
  }

  @Test
  void intervalAndDailyQuotaAreEnforced() {
    importAccounts("alice");
    await(() -> client.allMemberPush().push(PushRequest.toAll(MsgBody.text("1"))));
    clock.advance(Duration.ofMillis(1000));
    awaitFailure(() -> client.allMemberPush().push(PushRequest.toAll(MsgBody.text("2"))), 90024);
    for (int i = 2; i <= 100; i++) {
      clock.advance(Duration.ofMillis(1001));
      String text = "n" + i;
      await(() -> client.allMemberPush().push(PushRequest.toAll(MsgBody.text(text))));
    }
    clock.advance(Duration.ofMillis(1001));
    awaitFailure(() -> client.allMemberPush().push(PushRequest.toAll(MsgBody.text("101"))), 90047);
    assertThat(state().pushTaskIds(SVC)).hasSize(100);
    // the quota is per day: the next day (a client whose usersig outlives the clock's jump) pushes again
    clock.advance(Duration.ofDays(1));
    withWeekLongUserSig(nextDay -> assertThat(await(() -> nextDay.allMemberPush().push(
        PushRequest.toAll(MsgBody.text("next day")))).taskId()).isNotBlank());
  }

  @Test
  void conditionErrors() {
    importAccounts("alice");
    await(() -> client.allMemberPush().setAttrNames(SetAttrNamesRequest.of(Map.of("0", "city"))));
    JsonObject base = new JsonObject().put("MsgRandom", 1).put("MsgBody", new JsonArray(
        "[{\"MsgType\":\"TIMTextElem\",\"MsgContent\":{\"Text\":\"x\"}}]"));
    assertCallFails(base.copy().put("Condition", new JsonObject().put("TagsOr", new JsonArray().add("a"))
        .put("AttrsOr", new JsonObject().put("city", "Paris"))), 90039);
    assertCallFails(base.copy().put("Condition", new JsonObject().put("TagsOr", new JsonArray().add("a").add("a"))),
        90022);
    assertCallFails(base.copy().put("Condition", new JsonObject().put("TagsAnd", new JsonArray(
        IntStream.range(0, 11).mapToObj(i -> "t" + i).toList()))), 90032);
    assertCallFails(base.copy().put("Condition", new JsonObject().put("TagsOr", new JsonArray().add(""))), 90040);
    assertCallFails(base.copy().put("Condition", new JsonObject().put("TagsOr", new JsonArray()
        .add("x".repeat(51)))), 90034);
    assertCallFails(base.copy().put("Condition", new JsonObject().put("AttrsAnd", new JsonObject()
        .put("level", "gold"))), 90033);
    assertThat(state().pushTaskIds(SVC)).isEmpty();
  }

  @Test
  void messageErrors() {
    JsonObject text = new JsonObject().put("MsgType", "TIMTextElem").put("MsgContent",
        new JsonObject().put("Text", "x"));
    assertCallFails(new JsonObject().put("MsgRandom", "random").put("MsgBody", new JsonArray().add(text)), 90005);
    assertCallFails(new JsonObject().put("MsgRandom", 1), 90002);
    assertCallFails(new JsonObject().put("MsgRandom", 1).put("MsgBody", text), 90007);
    JsonObject big = new JsonObject().put("MsgType", "TIMTextElem").put("MsgContent",
        new JsonObject().put("Text", "x".repeat(12 * 1024)));
    assertCallFails(new JsonObject().put("MsgRandom", 1).put("MsgBody", new JsonArray().add(big)), 90055);
    assertCallFails(new JsonObject().put("MsgRandom", 1).put("MsgBody", new JsonArray().add(text))
        .put("MsgLifeTime", 604_801), 90026);
    assertCallFails(new JsonObject().put("MsgRandom", 1).put("MsgBody", new JsonArray().add(text))
        .put("MsgLifeTime", "long"), 90044);
    assertCallFails(new JsonObject().put("MsgRandom", 1).put("MsgBody", new JsonArray().add(text))
        .put("From_Account", "nobody"), 90048);
    assertCallFails(new JsonObject().put("MsgRandom", 1).put("MsgBody", new JsonArray().add(text))
        .put("OfflinePushInfo", "push"), 90043);
  }

  @Test
  void attributeAndTagErrors() {
    importAccounts("alice");
    assertFails("im_set_attr_name", new JsonObject().put("AttrNames", new JsonObject().put("10", "x")), 90033);
    assertFails("im_set_attr_name", new JsonObject().put("AttrNames", new JsonObject().put("0", "x".repeat(51))),
        90033);
    // an attribute the app has not named
    assertFails("im_set_attr", new JsonObject().put("UserAttrs", new JsonArray().add(new JsonObject()
        .put("To_Account", "alice").put("Attrs", new JsonObject().put("sex", "f")))), 90033);
    // an unknown account: the whole (legacy) request fails with 90048 and nothing is applied
    assertFails("im_add_tag", new JsonObject().put("UserTags", new JsonArray()
        .add(new JsonObject().put("To_Account", "alice").put("Tags", new JsonArray().add("a")))
        .add(new JsonObject().put("To_Account", "ghost").put("Tags", new JsonArray().add("a")))), 90048);
    assertThat(state().pushTags(SVC, "alice")).isEmpty();
    assertFails("im_add_tag", new JsonObject().put("UserTags", new JsonArray().add(new JsonObject()
        .put("To_Account", "alice").put("Tags", new JsonArray(IntStream.range(0, 11).mapToObj(i -> "t" + i)
            .toList())))), 90032);
    assertFails("im_add_tag", new JsonObject().put("UserTags", new JsonArray().add(new JsonObject()
        .put("To_Account", "alice").put("Tags", new JsonArray().add("")))), 90040);
    assertFails("im_remove_all_tags", new JsonObject(), 90001);
    // over the verified 100-account cap: refused before any network I/O
    Throwable over = awaitThrown(() -> client.allMemberPush().getAttrs(AccountListRequest.of(
        IntStream.range(0, 101).mapToObj(i -> "u" + i).toList())));
    assertThat(over).hasMessageContaining("100");
    // legacy reads list an account that is not imported with nothing set
    assertThat(await(() -> client.allMemberPush().getTags(AccountListRequest.of("ghost"))).tagsOf("ghost"))
        .isEmpty();
  }

  @Test
  void tagsPerAccountAreCapped() {
    importAccounts("alice");
    for (int call = 0; call < 10; call++) {
      List<String> tags = IntStream.range(call * 10, call * 10 + 10).mapToObj(i -> "t" + i).toList();
      await(() -> client.allMemberPush().addTags(AddTagsRequest.of(List.of(new UserTags("alice", tags)))));
    }
    assertThat(state().pushTags(SVC, "alice")).hasSize(100);
    awaitFailure(() -> client.allMemberPush().addTags(AddTagsRequest.of(List.of(
        new UserTags("alice", Collections.singletonList("one-more"))))), 90032);
  }

  @Test
  void scenarioSegmentsUsersThenPushesToASegment() {
    importAccounts("u1", "u2", "u3", "u4");
    await(() -> client.allMemberPush().setAttrNames(SetAttrNamesRequest.of(Map.of("0", "level"))));
    assertThat(state().pushAttrs(SVC, "u1")).isEmpty();
    await(() -> client.allMemberPush().setAttrs(SetAttrsRequest.of(List.of(
        new UserAttrs("u1", Map.of("level", "gold")), new UserAttrs("u2", Map.of("level", "gold")),
        new UserAttrs("u3", Map.of("level", "silver"))))));
    assertThat(state().pushAttrs(SVC, "u2")).isEqualTo(Map.of("level", "gold"));
    String gold = await(() -> client.allMemberPush().push(PushRequest.toAll(MsgBody.text("gold offer"))
        .withCondition(PushCondition.allAttrs(Map.of("level", "gold"))))).taskId();
    assertThat(state().pushRecipients(gold)).containsExactly("u1", "u2");
    // u2 drops to silver; the next gold push does not reach it, the earlier task keeps its audience
    await(() -> client.allMemberPush().setAttrs(SetAttrsRequest.of(List.of(
        new UserAttrs("u2", Map.of("level", "silver"))))));
    clock.advance(Duration.ofSeconds(2));
    String gold2 = await(() -> client.allMemberPush().push(PushRequest.toAll(MsgBody.text("gold again"))
        .withCondition(PushCondition.allAttrs(Map.of("level", "gold"))))).taskId();
    assertThat(state().pushRecipients(gold2)).containsExactly("u1");
    assertThat(state().pushRecipients(gold)).containsExactly("u1", "u2");
    // the attribute removed: nobody is gold
    await(() -> client.allMemberPush().removeAttrs(RemoveAttrsRequest.of(List.of(
        new UserAttrNames("u1", List.of("level"))))));
    clock.advance(Duration.ofSeconds(2));
    String none = await(() -> client.allMemberPush().push(PushRequest.toAll(MsgBody.text("nobody"))
        .withCondition(PushCondition.allAttrs(Map.of("level", "gold"))))).taskId();
    assertThat(state().pushRecipients(none)).isEmpty();
    assertThat(state().pushTaskIds(SVC)).containsExactly(gold, gold2, none);
  }

  private void assertCallFails(JsonObject body, int code) {
    assertFails("im_push", body, code);
  }

  private void assertFails(String command, JsonObject body, int code) {
    awaitFailure(() -> client.call("all_member_push", command, body), code);
  }
}
