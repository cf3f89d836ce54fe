package io.github.vertxtim.emulator.impl.callback;

import java.util.Objects;

/**
 * A before-callback to ask, and what its answer means: {@code decider} for an answer, {@code rejected} when the
 * timeout policy is reject and no usable answer came.
 */
public record BeforeCallback(OutgoingCallback callback, Decider decider, Outcome rejected) {

  public BeforeCallback {
    Objects.requireNonNull(callback, "callback");
    Objects.requireNonNull(decider, "decider");
    Objects.requireNonNull(rejected, "rejected");
  }
}
