package io.github.vertxtim.emulator.impl.callback;

import io.vertx.core.json.JsonObject;

/** Turns a before-callback's answer into the request's {@link Outcome}. */
@FunctionalInterface
public interface Decider {

  /** {@code answer} is the backend's JSON object; {@code request} a copy the decider may change. */
  Outcome decide(JsonObject request, JsonObject answer);
}
