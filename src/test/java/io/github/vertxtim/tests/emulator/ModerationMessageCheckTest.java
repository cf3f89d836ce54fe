package io.github.vertxtim.tests.emulator;

import io.github.vertxtim.emulator.EmulatorFeature;
import io.github.vertxtim.emulator.TimEmulatorOptions;
import io.github.vertxtim.emulator.impl.moderation.ModerationHandlers;
import io.github.vertxtim.emulator.impl.moderation.ModerationState;
import io.github.vertxtim.emulator.impl.shared.EmulatorClock;
import io.github.vertxtim.emulator.impl.shared.EmulatorError;
import io.github.vertxtim.emulator.impl.shared.HandlerTable;
import io.github.vertxtim.emulator.impl.shared.MessageHooks;
import io.github.vertxtim.registry.EndpointRegistry;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The check moderation registers on MessageHooks, driven as the one-to-one and group senders drive it: text that
 * a blocking word matches fails the send with 80001; other text, other kinds and a disabled feature pass.
 */
class ModerationMessageCheckTest {

  private static JsonArray text(String t) {
    return new JsonArray().add(new JsonObject().put("MsgType", "TIMTextElem")
        .put("MsgContent", new JsonObject().put("Text", t)));
  }

  private static MessageHooks hooks(Set<EmulatorFeature> disabled, ModerationState state) {
    MessageHooks hooks = new MessageHooks();
    new ModerationHandlers(state, EmulatorClock.system(), new TimEmulatorOptions(), block -> { })
        .install(new HandlerTable(EndpointRegistry.defaultRegistry(), disabled), hooks);
    return hooks;
  }

  private static ModerationState withWords() {
    ModerationState state = new ModerationState();
    // seeded through the endpoint, as a user would
    JsonObject body = new JsonObject().put("LocalAuditWords", new JsonArray()
        .add(new JsonObject().put("Keyword", "forbidden")).add(new JsonObject().put("Keyword", "softer")
            .put("FilterType", 1).put("ReplacedContent", "***")));
    HandlerTable table = new HandlerTable(EndpointRegistry.defaultRegistry());
    new ModerationHandlers(state, EmulatorClock.system(), new TimEmulatorOptions(), block -> { }).install(table, new MessageHooks());
    table.get("im_msg_audit_mgr/add_local_audit_keywords").handle(body);
    return state;
  }

  @Test
  void blockedTextFailsOneToOneAndGroupSendsWith80001() {
    MessageHooks hooks = hooks(Set.of(), withWords());
    for (MessageHooks.Kind kind : new MessageHooks.Kind[]{MessageHooks.Kind.C2C, MessageHooks.Kind.GROUP}) {
      assertThatThrownBy(() -> hooks.check(new MessageHooks.Outgoing(kind, "alice", false, "bob",
          text("this is forbidden"))))
          .isInstanceOfSatisfying(EmulatorError.class, e -> {
            assertThat(e.code()).isEqualTo(80001);
            assertThat(e.info()).contains("forbidden");
          });
      assertThatCode(() -> hooks.check(new MessageHooks.Outgoing(kind, "alice", false, "bob", text("hello"))))
          .doesNotThrowAnyException();
      // a replacing word alters text on the client; it does not refuse the send
      assertThatCode(() -> hooks.check(new MessageHooks.Outgoing(kind, "alice", false, "bob", text("softer"))))
          .doesNotThrowAnyException();
    }
    assertThatCode(() -> hooks.check(new MessageHooks.Outgoing(MessageHooks.Kind.OFFICIAL_ACCOUNT, "@TOA#_a", true,
        "@TOA#_a", text("forbidden")))).doesNotThrowAnyException();
    JsonArray custom = new JsonArray().add(new JsonObject().put("MsgType", "TIMCustomElem")
        .put("MsgContent", new JsonObject().put("Data", "forbidden")));
    assertThatCode(() -> hooks.check(new MessageHooks.Outgoing(MessageHooks.Kind.C2C, "a", false, "b", custom)))
        .doesNotThrowAnyException();
  }

  @Test
  void withModerationOffNothingIsChecked() {
    MessageHooks hooks = hooks(Set.of(EmulatorFeature.MODERATION), withWords());
    assertThatCode(() -> hooks.check(new MessageHooks.Outgoing(MessageHooks.Kind.C2C, "a", false, "b",
        text("forbidden")))).doesNotThrowAnyException();
  }
}
