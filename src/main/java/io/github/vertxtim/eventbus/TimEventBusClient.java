package io.github.vertxtim.eventbus;

import io.github.vertxtim.TimApi;
import io.github.vertxtim.eventbus.impl.TimEventBusClientImpl;
import io.vertx.core.Future;
import io.vertx.core.Vertx;

/**
 * The requester side of the admin verticle: the same calls as a {@link io.github.vertxtim.TimClient} ({@link TimApi}:
 * {@code call}, the typed families, bulk jobs, paged streams), carried over the event bus to a
 * {@link TimAdminVerticle} on this node or on any node of the cluster. It holds no credentials and no connections.
 *
 * <p>Failures are {@link io.github.vertxtim.TimException}s, as with the HTTP client: the service's ErrorCode and
 * ErrorInfo, or a client code (the verticle's, or this side's: {@code TIMEOUT} when no answer came within
 * {@link TimEventBusOptions#getTimeoutMillis()}, {@code NO_HANDLERS} when no verticle took the request,
 * {@code OVERLOADED} when the verticles refused it for load). A request that no verticle took is sent again for up
 * to {@link TimEventBusOptions#getNoHandlersRetryMillis()}; it was never executed, so that is always safe.
 */
public interface TimEventBusClient extends TimApi {

  /** A requester on the default address {@value TimAddresses#DEFAULT_BASE}. */
  static TimEventBusClient create(Vertx vertx) {
    return create(vertx, new TimEventBusOptions());
  }

  /** A requester on {@code address}, the base address the verticles were deployed with. */
  static TimEventBusClient create(Vertx vertx, String address) {
    return create(vertx, new TimEventBusOptions().setAddress(address));
  }

  static TimEventBusClient create(Vertx vertx, TimEventBusOptions options) {
    return new TimEventBusClientImpl(vertx, options);
  }

  /** New calls fail with CLIENT_CLOSED; running bulk jobs are cancelled. Nothing else is held. */
  Future<Void> close();
}
