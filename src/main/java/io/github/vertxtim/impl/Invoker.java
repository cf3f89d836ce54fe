package io.github.vertxtim.impl;

import io.github.vertxtim.registry.Endpoint;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;

/**
 * Sends one request to an endpoint and returns its OK answer. The HTTP client implements it, and so can anything
 * else that reaches the service (the event bus), so that every typed family works over it unchanged.
 */
@FunctionalInterface
public interface Invoker {

  /** @param body a JsonObject or a request record ({@code null}: {@code {}}) */
  Future<JsonObject> invoke(Endpoint endpoint, Object body);
}
