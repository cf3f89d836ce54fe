package io.github.vertxtim.internal;

import io.github.vertxtim.registry.Endpoint;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;

/**
 * Sends one request to an endpoint and gives its OK answer as {@code type} says: the HTTP client decodes it from
 * the response bytes, the event-bus requester from the answer it received. Every typed family, the bulk engine and
 * the page streams run over either unchanged.
 */
public interface Carrier {

  /**
   * @param request a JsonObject or a request record ({@code null}: {@code {}})
   * @param type    what the OK answer becomes (the whole JsonObject, nothing, or a result record)
   */
  <T> Future<T> invoke(Endpoint endpoint, Object request, ResultType<T> type);

  /** The whole OK answer as a JsonObject. */
  default Future<JsonObject> invoke(Endpoint endpoint, Object request) {
    return invoke(endpoint, request, ResultType.JSON);
  }
}
