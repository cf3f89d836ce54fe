package io.github.vertxtim.tests.callback;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vertxtim.callback.CallbackEvent;
import io.github.vertxtim.callback.TimCallback;
import io.github.vertxtim.registry.CallbackCommand;
import io.github.vertxtim.registry.CallbackRegistry;
import java.io.InputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every row of callbacks.tsv has its event record and a documented sample body; the two never drift apart. */
class CallbackCoverageTest {

  static Iterable<CallbackCommand> commands() {
    return CallbackRegistry.defaultRegistry().commands();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("commands")
  void everyCommandHasItsEventRecord(CallbackCommand command) throws Exception {
    Class<?> type = Class.forName(command.eventClassName());
    assertThat(type.isRecord()).as("%s is a record", type.getName()).isTrue();
    assertThat(CallbackEvent.class).isAssignableFrom(type);
    TimCallback binding = type.getAnnotation(TimCallback.class);
    assertThat(binding).as("@TimCallback on %s", type.getName()).isNotNull();
    assertThat(binding.value()).isEqualTo(command.command());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("commands")
  void everyCommandHasASampleBody(CallbackCommand command) throws Exception {
    try (InputStream in = getClass().getResourceAsStream(
        "/io/github/vertxtim/callbacks/samples/" + command.command() + ".json")) {
      assertThat(in).as("sample of %s", command.command()).isNotNull();
    }
  }
}
