package io.github.vertxtim.emulator.impl.shared;

import io.vertx.core.json.JsonObject;

/**
 * The behaviour of one emulated endpoint. Gets the parsed request body (already authenticated, rate limited and
 * checked against verified batch caps) and returns the answer fields beside the envelope, or throws
 * {@link EmulatorError} when the whole request fails. Runs on an event loop: must not block.
 */
@FunctionalInterface
public interface EndpointHandler {

  JsonObject handle(JsonObject body);

  /**
   * The same, knowing the {@code Host} the request came to (null when unknown): an endpoint the service offers only
   * in some regions overrides this to tell the regions apart by their domains. The emulator calls this one.
   */
  default JsonObject handle(JsonObject body, String host) {
    return handle(body);
  }
}
