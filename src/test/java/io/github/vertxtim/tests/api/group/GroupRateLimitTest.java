package io.github.vertxtim.tests.api.group;

import io.github.vertxtim.TimClient;
import io.github.vertxtim.TimClientOptions;
import io.github.vertxtim.TimErrorCode;
import io.github.vertxtim.api.group.ModifyGroupAttrRequest;
import io.github.vertxtim.api.group.RecallGroupMsgRequest;
import io.github.vertxtim.api.group.SendGroupMsgRequest;
import io.github.vertxtim.api.message.MsgBody;
import io.github.vertxtim.emulator.EmulatorLimit;
import io.github.vertxtim.emulator.TimEmulator;
import io.github.vertxtim.emulator.TimEmulatorOptions;
import io.github.vertxtim.emulator.impl.TimEmulatorImpl;
import io.github.vertxtim.emulator.impl.shared.ManualClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The per-group quotas (40 messages a second: 10023; 5 attribute writes a second: 10049) and the recall window
 * (10031), on an emulator whose time is a {@link ManualClock}, so the windows never straddle a real second.
 */
class GroupRateLimitTest extends GroupMessageTestBase {

  private final ManualClock clock = new ManualClock(System.currentTimeMillis());
  private TimEmulator timed;
  private TimClient timedClient;

  @BeforeEach
  void startTimedEmulator() throws Exception {
    timed = new TimEmulatorImpl(vertx, new TimEmulatorOptions().setSdkAppId(SDK_APP_ID).setAdminIdentifier(ADMIN)
        .setLimit(EmulatorLimit.GROUP_RECALL_WINDOW_SECONDS, 120), clock);
    timed.start().toCompletionStage().toCompletableFuture().get();
    timedClient = TimClient.create(vertx, new TimClientOptions().setSdkAppId(SDK_APP_ID).setAdminIdentifier(ADMIN)
        .setSecretKey(timed.options().getSecretKey()).setEndpoint(timed.baseUrl()));
  }

  @AfterEach
  void closeTimedEmulator() throws Exception {
    timedClient.close().toCompletionStage().toCompletableFuture().get();
    timed.close().toCompletionStage().toCompletableFuture().get();
  }

  @Test
  void fortyMessagesASecondPerGroup() {
    String g = timed.state().addGroupWithMembers("Public", "alice", List.of());
    String other = timed.state().addGroupWithMembers("Public", "alice", List.of());
    for (int i = 0; i < 40; i++) {
      await(() -> timedClient.groupMessages().sendGroupMsg(SendGroupMsgRequest.of(g, MsgBody.text("m"))));
    }
    awaitFailure(() -> timedClient.groupMessages().sendGroupMsg(SendGroupMsgRequest.of(g, MsgBody.text("41st"))),
        TimErrorCode.GROUP_SEND_RATE_EXCEEDED.code());
    // another group has its own quota
    await(() -> timedClient.groupMessages().sendGroupMsg(SendGroupMsgRequest.of(other, MsgBody.text("ok"))));
    assertThat(timed.state().groupMessageCount(g)).isEqualTo(40);
    clock.advance(Duration.ofSeconds(1));
    assertThat(await(() -> timedClient.groupMessages().sendGroupMsg(SendGroupMsgRequest.of(g, MsgBody.text("next"))))
        .msgSeq()).isEqualTo(41);
  }

  @Test
  void fiveAttributeWritesASecondPerGroup() {
    String g = timed.state().addGroupWithMembers("Public", "alice", List.of());
    for (int i = 0; i < 5; i++) {
      int n = i;
      await(() -> timedClient.groupAttributes().modifyGroupAttr(ModifyGroupAttrRequest.of(g, Map.of("k", "v" + n))));
    }
    awaitFailure(() -> timedClient.groupAttributes().modifyGroupAttr(ModifyGroupAttrRequest.of(g,
        Map.of("k", "sixth"))), TimErrorCode.GROUP_ATTR_WRITE_RATE.code());
    assertThat(timed.state().groupAttributes(g)).containsEntry("k", "v4");
    clock.advance(Duration.ofSeconds(1));
    await(() -> timedClient.groupAttributes().modifyGroupAttr(ModifyGroupAttrRequest.of(g, Map.of("k", "later"))));
    assertThat(timed.state().groupAttributes(g)).containsEntry("k", "later");
  }

  @Test
  void recallWindowWhenConfigured() {
    String g = timed.state().addGroupWithMembers("Public", "alice", List.of());
    await(() -> timedClient.groupMessages().sendGroupMsg(SendGroupMsgRequest.of(g, MsgBody.text("old"))));
    clock.advance(Duration.ofSeconds(121));
    await(() -> timedClient.groupMessages().sendGroupMsg(SendGroupMsgRequest.of(g, MsgBody.text("new"))));
    assertThat(await(() -> timedClient.groupMessages().recallGroupMsg(RecallGroupMsgRequest.of(g, 1, 2)))
        .recallRetList()).extracting(r -> r.retCode())
        .containsExactly(TimErrorCode.GROUP_RECALL_TIME_LIMIT.code(), 0);
    assertThat(timed.state().groupMessageRecalled(g, 1)).isFalse();
    assertThat(timed.state().groupMessageRecalled(g, 2)).isTrue();
  }
}
