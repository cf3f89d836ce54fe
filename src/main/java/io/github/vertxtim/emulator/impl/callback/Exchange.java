package io.github.vertxtim.emulator.impl.callback;

import io.vertx.core.json.JsonObject;

import java.util.List;

/**
 * The callbacks of one request, prepared before its handler runs (so the after-callbacks may read state the
 * handler then removes, such as a destroyed group's members): the before-callback, or null, and how the
 * after-callbacks are built from the request (as the before-callback left it) and the handler's answer.
 */
public record Exchange(BeforeCallback before, After after) {

  /** Builds the after-callbacks of a successful request. */
  @FunctionalInterface
  public interface After {
    List<OutgoingCallback> build(JsonObject request, JsonObject answer);
  }

  public static final Exchange NONE = new Exchange(null, (request, answer) -> List.of());

  public static Exchange after(After after) {
    return new Exchange(null, after);
  }
}
