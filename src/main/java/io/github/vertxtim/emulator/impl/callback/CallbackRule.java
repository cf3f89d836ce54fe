package io.github.vertxtim.emulator.impl.callback;

import io.vertx.core.json.JsonObject;

/**
 * The callbacks of one endpoint: given a request (already validated as far as the envelope goes) and the caller's
 * IP, the {@link Exchange} to run around its handler. Runs on the event loop; reads state, never changes it.
 */
@FunctionalInterface
public interface CallbackRule {

  Exchange open(JsonObject request, String clientIp);
}
