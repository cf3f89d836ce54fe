package io.github.vertxtim.emulator.impl.callback;

import io.github.vertxtim.emulator.impl.shared.EmulatorError;
import io.vertx.core.json.JsonObject;

import java.util.function.UnaryOperator;

/**
 * What a before-callback's answer does to the request: proceed (with the request as the answer left it, and a
 * change to the handler's answer, e.g. the refused members' results), reject with an error, or drop silently (the
 * caller gets {@code dropAnswer} as a success and the handler never runs).
 */
public record Outcome(JsonObject request, UnaryOperator<JsonObject> answerPatch, EmulatorError error,
                      JsonObject dropAnswer) {

  public static Outcome proceed(JsonObject request) {
    return new Outcome(request, UnaryOperator.identity(), null, null);
  }

  public static Outcome proceed(JsonObject request, UnaryOperator<JsonObject> answerPatch) {
    return new Outcome(request, answerPatch, null, null);
  }

  public static Outcome reject(int code, String info) {
    return new Outcome(null, null, new EmulatorError(code, info), null);
  }

  public static Outcome drop(JsonObject answer) {
    return new Outcome(null, null, null, answer);
  }
}
