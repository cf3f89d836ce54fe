package io.github.vertxtim.internal;

import io.github.vertxtim.TimApi;
import io.github.vertxtim.TimErrorCode;
import io.github.vertxtim.TimException;
import io.github.vertxtim.bulk.BulkJob;
import io.github.vertxtim.bulk.BulkOptions;
import io.github.vertxtim.registry.Endpoint;
import io.github.vertxtim.registry.EndpointRegistry;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.internal.ContextInternal;
import io.vertx.core.json.JsonObject;
import io.vertx.core.streams.ReadStream;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the HTTP client and the event-bus requester share: call validation, the typed families (made once per
 * carrier), bulk jobs over lists and the page streams. A carrier adds {@link #invoke} and how it runs a bulk job.
 */
public abstract class CarrierBase implements TimApi, Carrier {

  protected final Vertx vertx;
  protected final EndpointRegistry registry = EndpointRegistry.defaultRegistry();
  private final Map<Class<?>, Object> families = new ConcurrentHashMap<>();

  protected CarrierBase(Vertx vertx) {
    this.vertx = Objects.requireNonNull(vertx, "vertx");
  }

  @Override
  public final Future<JsonObject> call(String service, String command, JsonObject body) {
    if (!validSegment(service) || !validSegment(command)) {
      return Future.failedFuture(new TimException(TimErrorCode.INVALID_ARGUMENT,
          "service and command must be non-empty URL path segments, got '" + service + "/" + command + "'",
          service, command, false, null));
    }
    return invoke(registry.resolve(service, command), body, ResultType.JSON);
  }

  @Override
  public final <F> F family(Class<F> type) {
    Object family = families.get(type); // per call: no capturing lambda unless the family is new
    if (family == null) {
      family = families.computeIfAbsent(type, t -> TypedApis.create(t, registry, this));
    }
    return type.cast(family);
  }

  @Override
  public <I> BulkJob<I> bulk(String service, String command, ReadStream<I> items, BulkOptions options) {
    ContextInternal ctx = (ContextInternal) vertx.getOrCreateContext();
    return startBulk(ctx, registry.resolve(service, command), items, -1, options);
  }

  @Override
  public <I> BulkJob<I> bulk(String service, String command, List<I> items, BulkOptions options) {
    ContextInternal ctx = (ContextInternal) vertx.getOrCreateContext();
    return startBulk(ctx, registry.resolve(service, command), new IteratorStream<>(ctx, List.copyOf(items).iterator()),
        items.size(), options);
  }

  /** Starts a bulk job of this carrier; {@code total} is the number of items, or -1 when unknown. */
  protected abstract <I> BulkJob<I> startBulk(ContextInternal ctx, Endpoint endpoint, ReadStream<I> items, long total,
                                              BulkOptions options);

  @Override
  public ReadStream<JsonObject> pages(String service, String command, JsonObject request) {
    return pages(registry.resolve(service, command), request);
  }

  public ReadStream<JsonObject> pages(Endpoint endpoint, JsonObject request) {
    return new PageStream((ContextInternal) vertx.getOrCreateContext(), this, endpoint, request);
  }

  /** Whether {@code s} can be a service or command path segment as it is, without escaping. */
  public static boolean validSegment(String s) {
    if (s == null || s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!(Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.')) {
        return false;
      }
    }
    return true;
  }
}
