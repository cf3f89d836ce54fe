package io.github.vertxtim.tests.callback;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vertxtim.registry.CallbackCommand;
import io.github.vertxtim.registry.CallbackDecision;
import io.github.vertxtim.registry.CallbackDirection;
import io.github.vertxtim.registry.CallbackRegistry;
import org.junit.jupiter.api.Test;

class CallbackRegistryTest {

  private final CallbackRegistry registry = CallbackRegistry.defaultRegistry();

  @Test
  void holdsTheDocumentedCommands() {
    // shared/api/callbacks.md §6: 57 commands, 12 before (counting Chatbot.OnC2CSignalMessage)
    assertThat(registry.commands()).hasSize(57);
    assertThat(registry.commands()).filteredOn(c -> c.direction() == CallbackDirection.BEFORE).hasSize(12);
  }

  @Test
  void beforeCallbacksTakeADecisionAndAfterCallbacksNone() {
    for (CallbackCommand c : registry.commands()) {
      assertThat(c.decision() == CallbackDecision.NONE).as(c.command()).isEqualTo(c.direction() == CallbackDirection.AFTER);
      assertThat(c.doc()).as(c.command()).startsWith("https://trtc.io/document/");
    }
  }

  @Test
  void customRangesAreTheDocumentedOnes() {
    CallbackCommand c2c = registry.find("C2C.CallbackBeforeSendMsg").orElseThrow();
    assertThat(c2c.isCustomCode(120001)).isTrue();
    assertThat(c2c.isCustomCode(130000)).isTrue();
    assertThat(c2c.isCustomCode(130001)).isFalse();
    assertThat(registry.find("Group.CallbackBeforeCreateTopic").orElseThrow().isCustomCode(10100)).isTrue();
    assertThat(registry.find("Group.CallbackBeforeCreateGroup").orElseThrow().isCustomCode(120001)).isFalse();
  }
}
