package io.github.vertxtim.tests.api.group;

import io.github.vertxtim.TimErrorCode;
import io.github.vertxtim.api.group.ClearGroupAttrRequest;
import io.github.vertxtim.api.group.DeleteGroupAttrRequest;
import io.github.vertxtim.api.group.DeleteGroupCounterRequest;
import io.github.vertxtim.api.group.GetGroupAttrRequest;
import io.github.vertxtim.api.group.GetGroupCounterRequest;
import io.github.vertxtim.api.group.GroupCounterItem;
import io.github.vertxtim.api.group.ModifyGroupAttrRequest;
import io.github.vertxtim.api.group.SetGroupAttrRequest;
import io.github.vertxtim.api.group.UpdateGroupCounterRequest;
import io.github.vertxtim.api.group.UpdateGroupCounterResult;
import io.github.vertxtim.emulator.EmulatorLimit;
import io.github.vertxtim.emulator.TimEmulatorOptions;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Custom group attributes and group counters through GroupAttributeApi. */
class GroupAttributeApiTest extends GroupMessageTestBase {

  /** A write quota that these round trips cannot reach; GroupRateLimitTest covers the 5/s default. */
  @Override
  protected TimEmulatorOptions emulatorOptions() {
    return new TimEmulatorOptions().setLimit(EmulatorLimit.GROUP_ATTR_WRITES_PER_SECOND, 1000);
  }

  @Test
  void modifySetDeleteClear() {
    String g = group("AVChatRoom", "anchor");
    await(() -> client.groupAttributes().modifyGroupAttr(ModifyGroupAttrRequest.of(g, Map.of("topic", "news"))));
    await(() -> client.groupAttributes().modifyGroupAttr(ModifyGroupAttrRequest.of(g, Map.of("seat", "3"))));
    assertThat(await(() -> client.groupAttributes().getGroupAttr(new GetGroupAttrRequest(g))).asMap())
        .containsExactly(Map.entry("topic", "news"), Map.entry("seat", "3"));

    await(() -> client.groupAttributes().setGroupAttr(SetGroupAttrRequest.of(g, Map.of("only", "this"))));
    assertThat(state().groupAttributes(g)).containsOnly(Map.entry("only", "this"));

    await(() -> client.groupAttributes().modifyGroupAttr(ModifyGroupAttrRequest.of(g, Map.of("b", "2"))));
    await(() -> client.groupAttributes().deleteGroupAttr(DeleteGroupAttrRequest.of(g, "only")));
    assertThat(state().groupAttributes(g)).containsOnly(Map.entry("b", "2"));
    awaitFailure(() -> client.groupAttributes().deleteGroupAttr(DeleteGroupAttrRequest.of(g, "b", "missing")),
        TimErrorCode.GROUP_ATTR_KEY_NOT_FOUND.code());
    assertThat(state().groupAttributes(g)).containsKey("b"); // nothing deleted

    await(() -> client.groupAttributes().clearGroupAttr(new ClearGroupAttrRequest(g)));
    assertThat(state().groupAttributes(g)).isEmpty();
    String community = state().addGroup("Community");
    awaitFailure(() -> client.groupAttributes().clearGroupAttr(new ClearGroupAttrRequest(community)),
        TimErrorCode.GROUP_NO_PERMISSION.code());
    awaitFailure(() -> client.groupAttributes().getGroupAttr(new GetGroupAttrRequest("@TGS#1NOSUCHGRP")),
        TimErrorCode.GROUP_NOT_FOUND.code());
  }

  @Test
  void attributeLimitsHaveTheirCodes() {
    String g = group("Public", "alice");
    awaitFailure(() -> client.groupAttributes().modifyGroupAttr(ModifyGroupAttrRequest.of(g,
        Map.of("k".repeat(33), "v"))), TimErrorCode.GROUP_ATTR_KEY_TOO_LONG.code());
    awaitFailure(() -> client.groupAttributes().modifyGroupAttr(ModifyGroupAttrRequest.of(g,
        Map.of("k", "v".repeat(4001)))), TimErrorCode.GROUP_ATTR_VALUE_TOO_LONG.code());
    Map<String, String> seventeen = IntStream.range(0, 17).boxed()
        .collect(Collectors.toMap(i -> "k" + i, i -> "v", (a, b) -> a, LinkedHashMap::new));
    awaitFailure(() -> client.groupAttributes().modifyGroupAttr(ModifyGroupAttrRequest.of(g, seventeen)),
        TimErrorCode.GROUP_ATTR_TOO_MANY_KEYS.code());
    Map<String, String> big = IntStream.range(0, 4).boxed()
        .collect(Collectors.toMap(i -> "key" + i, i -> "v".repeat(4000), (a, b) -> a, LinkedHashMap::new));
    awaitFailure(() -> client.groupAttributes().modifyGroupAttr(ModifyGroupAttrRequest.of(g, big)),
        TimErrorCode.GROUP_ATTR_TOO_LARGE.code());
    assertThat(state().groupAttributes(g)).isEmpty();
    // 16 keys are fine
    Map<String, String> sixteen = new LinkedHashMap<>(seventeen);
    sixteen.remove("k16");
    await(() -> client.groupAttributes().setGroupAttr(SetGroupAttrRequest.of(g, sixteen)));
    assertThat(state().groupAttributes(g)).hasSize(16);
  }

  @Test
  void countersSetIncreaseDecrease() {
    String g = group("Public", "alice");
    UpdateGroupCounterResult set = await(() -> client.groupAttributes().updateGroupCounter(
        UpdateGroupCounterRequest.of(g, UpdateGroupCounterRequest.SET, Map.of("likes", 5L))));
    assertThat(set.groupCounter()).extracting(c -> c.key() + "=" + c.value()).containsExactly("likes=5");
    UpdateGroupCounterResult up = await(() -> client.groupAttributes().updateGroupCounter(
        UpdateGroupCounterRequest.of(g, UpdateGroupCounterRequest.INCREASE, Map.of("likes", 2L))));
    assertThat(up.groupCounter()).extracting(GroupCounterItem::value).containsExactly(7L);
    await(() -> client.groupAttributes().updateGroupCounter(
        UpdateGroupCounterRequest.of(g, UpdateGroupCounterRequest.DECREASE, Map.of("seats", 3L))));
    assertThat(state().groupCounters(g)).containsExactly(Map.entry("likes", 7L), Map.entry("seats", -3L));

    assertThat(await(() -> client.groupAttributes().getGroupCounter(new GetGroupCounterRequest(g, null))).asMap())
        .containsExactly(Map.entry("likes", 7L), Map.entry("seats", -3L));
    assertThat(await(() -> client.groupAttributes().getGroupCounter(new GetGroupCounterRequest(g,
        List.of("seats", "nope")))).asMap()).containsOnly(Map.entry("seats", -3L));

    await(() -> client.groupAttributes().deleteGroupCounter(new DeleteGroupCounterRequest(g, List.of("likes"))));
    assertThat(state().groupCounters(g)).containsOnlyKeys("seats");
    await(() -> client.groupAttributes().deleteGroupCounter(new DeleteGroupCounterRequest(g, null)));
    assertThat(state().groupCounters(g)).isEmpty();
  }

  @Test
  void counterLimits() {
    String g = group("Public", "alice");
    Map<String, Long> twenty = IntStream.range(0, 20).boxed()
        .collect(Collectors.toMap(i -> "c" + i, i -> 1L, (a, b) -> a, LinkedHashMap::new));
    await(() -> client.groupAttributes().updateGroupCounter(UpdateGroupCounterRequest.of(g, "Set", twenty)));
    awaitFailure(() -> client.groupAttributes().updateGroupCounter(UpdateGroupCounterRequest.of(g, "Set",
        Map.of("one-more", 1L))), TimErrorCode.GROUP_TOO_MANY_COUNTERS.code());
    assertThat(state().groupCounters(g)).hasSize(20);
    awaitFailure(() -> client.groupAttributes().updateGroupCounter(UpdateGroupCounterRequest.of(g, "Increase",
        Map.of("c0", Long.MAX_VALUE))), TimErrorCode.GROUP_INVALID_PARAMETER.code());
    awaitFailure(() -> client.groupAttributes().updateGroupCounter(UpdateGroupCounterRequest.of(g, "Double",
        Map.of("c0", 1L))), TimErrorCode.GROUP_INVALID_PARAMETER.code());
    Map<String, Long> twentyOne = new LinkedHashMap<>(twenty);
    twentyOne.put("c20", 1L);
    assertThat(awaitThrown(() -> client.groupAttributes().updateGroupCounter(UpdateGroupCounterRequest.of(g, "Set",
        twentyOne)))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("20");
  }
}
