package io.github.vertxtim.registry;

import java.util.List;
import java.util.Objects;

/**
 * One callback command: a row of {@code callbacks.tsv}.
 *
 * @param command     the command word as sent in the query's {@code CallbackCommand}
 * @param family      the package of its event record, {@code io.github.vertxtim.callback.event.<family>}
 * @param direction   before (the answer decides) or after (ignored)
 * @param decision    the kind of answer a before handler gives; {@code NONE} for after-callbacks
 * @param customCodeMin first custom reject code the documents allow, 0 when none
 * @param customCodeMax last custom reject code, 0 when none
 * @param event       the simple name of the event record
 * @param dedupeKey   body fields identifying an after event (empty: the whole body)
 * @param doc         the official page
 */
public record CallbackCommand(String command, String family, CallbackDirection direction, CallbackDecision decision,
                              int customCodeMin, int customCodeMax, String event, List<String> dedupeKey,
                              String doc) {

  public CallbackCommand {
    Objects.requireNonNull(command, "command");
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(decision, "decision");
    dedupeKey = List.copyOf(dedupeKey);
  }

  /** The fully qualified name of the event record class. */
  public String eventClassName() {
    return "io.github.vertxtim.callback.event." + family + "." + event;
  }

  /** Whether {@code code} is a custom reject code the documents allow for this command. */
  public boolean isCustomCode(int code) {
    return customCodeMin > 0 && code >= customCodeMin && code <= customCodeMax;
  }
}
