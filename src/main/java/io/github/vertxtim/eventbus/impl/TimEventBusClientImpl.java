package io.github.vertxtim.eventbus.impl;

import io.github.vertxtim.TimErrorCategory;
import io.github.vertxtim.TimErrorCode;
import io.github.vertxtim.TimException;
import io.github.vertxtim.bulk.BulkJob;
import io.github.vertxtim.bulk.BulkOptions;
import io.github.vertxtim.eventbus.TimAddresses;
import io.github.vertxtim.eventbus.TimEventBusClient;
import io.github.vertxtim.eventbus.TimEventBusOptions;
import io.github.vertxtim.internal.CarrierBase;
import io.github.vertxtim.internal.JsonCodec;
import io.github.vertxtim.internal.ResultType;
import io.github.vertxtim.registry.Endpoint;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.eventbus.Message;
import io.vertx.core.eventbus.ReplyException;
import io.vertx.core.eventbus.ReplyFailure;
import io.vertx.core.internal.ContextInternal;
import io.vertx.core.json.JsonObject;
import io.vertx.core.streams.ReadStream;

import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/** The requester: a {@link io.github.vertxtim.internal.Carrier} over the event bus. */
public final class TimEventBusClientImpl extends CarrierBase implements TimEventBusClient {

  /** How Vert.x answers a request it dropped from a full (or closing) consumer buffer. */
  private static final String DISCARDED = "Discarded the request";
  private static final long MAX_RESEND_DELAY_MILLIS = 200;

  private final TimEventBusOptions options;
  private final Set<BusBulkJob<?>> jobs = ConcurrentHashMap.newKeySet();
  private volatile boolean closed;

  public TimEventBusClientImpl(Vertx vertx, TimEventBusOptions options) {
    super(vertx);
    this.options = new TimEventBusOptions(Objects.requireNonNull(options, "options"));
  }

  TimEventBusOptions options() {
    return options;
  }

  @Override
  public <T> Future<T> invoke(Endpoint endpoint, Object body, ResultType<T> type) {
    if (closed) {
      return Future.failedFuture(new TimException(TimErrorCode.CLIENT_CLOSED, null, endpoint.service(),
          endpoint.command(), false, null));
    }
    JsonObject request;
    try {
      request = new JsonObject()
          .put(TimAddresses.SERVICE, endpoint.service())
          .put(TimAddresses.COMMAND, endpoint.command())
          .put(TimAddresses.BODY, JsonCodec.toJsonObject(body));
    } catch (IllegalArgumentException e) {
      return Future.failedFuture(new TimException(TimErrorCode.INVALID_ARGUMENT, e.getMessage(), endpoint.service(),
          endpoint.command(), false, null));
    }
    ContextInternal ctx = (ContextInternal) vertx.getOrCreateContext();
    Future<JsonObject> answer = ask(ctx, TimAddresses.call(options.getAddress()), request, options.getTimeoutMillis(),
        endpoint, true);
    return type == ResultType.JSON ? (Future<T>) answer : answer.map(type::convert);
  }

  /**
   * Sends {@code body} to {@code address} and gives the answer's body, on {@code ctx}; failures mapped to
   * TimException. With {@code resend}, a request that no verticle took is sent again until
   * {@code noHandlersRetryMillis} has passed.
   */
  Future<JsonObject> ask(ContextInternal ctx, String address, JsonObject body, long timeoutMillis, Endpoint endpoint,
                         boolean resend) {
    Promise<JsonObject> promise = ctx.promise();
    DeliveryOptions delivery = new DeliveryOptions().setSendTimeout(timeoutMillis).setLocalOnly(options.isLocalOnly());
    long giveUp = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(resend ? options.getNoHandlersRetryMillis() : 0);
    ctx.execute(() -> send(ctx, address, body, delivery, endpoint, giveUp, 0, promise));
    return promise.future();
  }

  private void send(ContextInternal ctx, String address, JsonObject body, DeliveryOptions delivery, Endpoint endpoint,
                    long giveUpNanos, int attempt, Promise<JsonObject> promise) {
    vertx.eventBus().<JsonObject>request(address, body, delivery).onComplete(ar -> {
      if (ar.succeeded()) {
        promise.tryComplete(ar.result().body());
        return;
      }
      TimException e = map(ar.cause(), endpoint, delivery.getSendTimeout(), address);
      if (e.errorCode() == TimErrorCode.NO_HANDLERS.code() && System.nanoTime() < giveUpNanos && !closed) {
        long delay = Math.min(MAX_RESEND_DELAY_MILLIS, 5L << Math.min(attempt, 6));
        vertx.setTimer(delay, id -> ctx.execute(() ->
            send(ctx, address, body, delivery, endpoint, giveUpNanos, attempt + 1, promise)));
        return;
      }
      promise.tryFail(e);
    });
  }

  /** A failure on the bus as the TimException a direct call would have given. */
  static TimException map(Throwable t, Endpoint endpoint, long timeoutMillis, String address) {
    boolean retrySafe = endpoint.retrySafety().allowsRetry();
    String service = endpoint.service();
    String command = endpoint.command();
    if (!(t instanceof ReplyException re)) {
      return new TimException(TimErrorCode.NETWORK_ERROR, t.getClass().getSimpleName() + ": " + t.getMessage(),
          service, command, retrySafe, t);
    }
    ReplyFailure type = re.failureType();
    if (type == ReplyFailure.RECIPIENT_FAILURE) {
      int code = re.failureCode();
      TimErrorCategory category = TimErrorCode.categoryOf(code);
      boolean notExecuted = code == TimErrorCode.NO_HANDLERS.code() || code == TimErrorCode.OVERLOADED.code();
      return new TimException(code, re.getMessage(), service, command,
          category.isTransient() && (retrySafe || notExecuted), re);
    }
    if (type == ReplyFailure.NO_HANDLERS) {
      return new TimException(TimErrorCode.NO_HANDLERS, "no admin verticle listens on " + address, service, command,
          true, re);
    }
    if (type == ReplyFailure.TIMEOUT) {
      String message = String.valueOf(re.getMessage());
      if (message.startsWith(DISCARDED)) {
        return new TimException(TimErrorCode.OVERLOADED, "the verticle's node discarded the request (its consumer"
            + " buffer is full, or it is closing); it was not executed", service, command, false, re);
      }
      return new TimException(TimErrorCode.TIMEOUT, "no answer on the event bus within " + timeoutMillis
          + " ms (address " + address + ")", service, command, retrySafe, re);
    }
    return new TimException(TimErrorCode.NETWORK_ERROR, "event bus: " + re.getMessage(), service, command,
        retrySafe, re);
  }

  @Override
  protected <I> BulkJob<I> startBulk(ContextInternal ctx, Endpoint endpoint, ReadStream<I> items, long total,
                                     BulkOptions options) {
    if (endpoint.itemsField() == null || !endpoint.batchable() && options.getChunkSize() == 0) {
      throw new IllegalArgumentException(endpoint.path() + " takes no item list according to the endpoint registry;"
          + " give an endpoint with an items field and a per-request limit");
    }
    if (options.getJournal() != null) {
      // the verticle that runs the job would keep it, on whichever node took the job
      throw new IllegalArgumentException("a bulk job over the event bus keeps no journal; run a journaled job on a"
          + " TimClient (docs/resumable-jobs.md)");
    }
    BusBulkJob<I> job = new BusBulkJob<>(this, ctx, endpoint, items, total, options);
    jobs.add(job);
    if (closed) {
      job.cancel();
    }
    return job;
  }

  void jobEnded(BusBulkJob<?> job) {
    jobs.remove(job);
  }

  @Override
  public Future<Void> close() {
    closed = true;
    for (BusBulkJob<?> job : jobs) {
      job.cancel();
    }
    return Future.succeededFuture();
  }

  @Override
  public String toString() {
    return "TimEventBusClient[" + options.getAddress() + "]";
  }
}
