package io.github.vertxtim.bulk.impl;

import io.github.vertxtim.QuotaPacer;
import io.github.vertxtim.TimErrorCode;
import io.github.vertxtim.TimException;
import io.github.vertxtim.bulk.BulkOptions;
import io.github.vertxtim.bulk.BulkOutcome;
import io.github.vertxtim.bulk.BulkProgress;
import io.github.vertxtim.bulk.BulkSummary;
import io.github.vertxtim.internal.Backoff;
import io.github.vertxtim.internal.BulkJobBase;
import io.github.vertxtim.internal.Carrier;
import io.github.vertxtim.internal.JsonCodec;
import io.github.vertxtim.metrics.impl.ClientMetrics;
import io.github.vertxtim.registry.Endpoint;
import io.vertx.core.AsyncResult;
import io.vertx.core.Future;
import io.vertx.core.internal.ContextInternal;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.core.streams.ReadStream;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The bulk engine: items from a ReadStream are cut into chunks at the endpoint's limit, paced under the quota, sent
 * with a bounded number in flight, retried when safe, and each given exactly one outcome. All state lives on one
 * context, so there is no locking. The source is paused while enough chunks wait or the outcome buffer is full.
 */
public final class BulkJobImpl<I> extends BulkJobBase<I> {

  private static final class Pending<I> {
    final I item;
    final Object json;
    final String key;
    int attempts;

    Pending(I item) {
      this.item = item;
      this.json = JsonCodec.toJsonValue(item);
      this.key = ItemKeys.of(json);
    }
  }

  private final Carrier carrier;
  private final Endpoint endpoint;
  private final BulkOptions options;
  private final QuotaPacer pacer;
  private final double rate;
  private final int chunkSize;
  private final boolean retrySafe;
  private final Backoff backoff;
  private final ClientMetrics metrics;
  private final Map<Integer, Long> failuresByCode = new HashMap<>();
  private final ArrayDeque<List<Pending<I>>> ready = new ArrayDeque<>();
  private List<Pending<I>> filling = new ArrayList<>();
  private int inFlight;
  private long inFlightItems;
  private int waitingRetries;
  private long ok, failed, cancelledItems, calls, retriedItems;

  /**
   * @param total items the source will give, or -1 when unknown
   * @param pacer where the job's requests take their place under the endpoint's quota
   * @param rate  the rate to pace at (headroom applied), in calls or items per second as the endpoint counts
   * @param metrics where item outcomes and pacer waits are reported; the summary's counts come from the same emit
   */
  public BulkJobImpl(ContextInternal ctx, Carrier carrier, Endpoint endpoint, ReadStream<I> source, long total,
                     BulkOptions options, QuotaPacer pacer, double rate, ClientMetrics metrics) {
    super(ctx, source, total, options);
    if (!endpoint.batchable() && options.getChunkSize() == 0) {
      throw new IllegalArgumentException(endpoint.path() + " takes no item list according to the endpoint registry;"
          + " give an endpoint with an items field and a per-request limit");
    }
    if (endpoint.itemsField() == null) {
      throw new IllegalArgumentException(endpoint.path() + " has no items field in the endpoint registry");
    }
    this.carrier = carrier;
    this.endpoint = endpoint;
    this.options = options;
    this.pacer = pacer;
    this.rate = rate;
    this.metrics = metrics;
    int limit = endpoint.maxItems() > 0 ? endpoint.maxItems() : Integer.MAX_VALUE;
    this.chunkSize = options.getChunkSize() > 0 ? Math.min(options.getChunkSize(), limit) : limit;
    this.retrySafe = endpoint.retrySafety().allowsRetry();
    this.backoff = new Backoff(options.getRetryInitialBackoffMillis(), options.getRetryMaxBackoffMillis());
    startOnNextTurn();
  }

  @Override
  protected void start() {
    reportProgressEvery(options.getProgressIntervalMillis());
    pump();
  }

  @Override
  protected void onItem(I item) {
    Pending<I> p = new Pending<>(item);
    if (cancelled()) {
      emit(p, BulkOutcome.Status.CANCELLED, TimErrorCode.CANCELLED.code(), "job cancelled");
      updateSource();
      return;
    }
    filling.add(p);
    if (filling.size() >= chunkSize) {
      ready.add(filling);
      filling = new ArrayList<>();
    }
    pump();
  }

  @Override
  protected void onSourceEnd() {
    if (!filling.isEmpty()) {
      ready.add(filling);
      filling = new ArrayList<>();
    }
    if (cancelled()) {
      cancelWaiting();
    }
    pump();
  }

  @Override
  protected void onOutcomeRoom() {
    pump();
  }

  /** Sends what may be sent now, then decides whether the source should flow. */
  private void pump() {
    if (!cancelled()) {
      if (ready.isEmpty() && inFlight == 0 && !filling.isEmpty() && sourcePaused()) {
        // nothing is moving: a partial chunk waits on a paused source, send it
        ready.add(filling);
        filling = new ArrayList<>();
      }
      while (inFlight < options.getMaxInFlight() && !ready.isEmpty() && !outcomes.writeQueueFull()) {
        send(ready.poll());
      }
    }
    updateSource();
    checkDone();
  }

  private void updateSource() {
    boolean full = outcomes.writeQueueFull() || (!cancelled() && ready.size() >= options.getMaxInFlight());
    // a consumer may free room before the job begins: the source waits for the start all the same
    letSourceFlow(begun() && !full);
  }

  private void send(List<Pending<I>> chunk) {
    inFlight++;
    inFlightItems += chunk.size();
    int permits = endpoint.rateCountsItems() ? chunk.size() : 1;
    metrics.pacerWait(endpoint, pacer.acquire(ctx.owner(), endpoint.path(), permits, rate)).onComplete(reserved -> ctx.execute(() -> {
      if (reserved.failed()) {
        // Nothing was sent: the chunk may be tried again (within the retry budget) whatever the endpoint's safety.
        answered(chunk, List.of(), Future.failedFuture(new TimException(TimErrorCode.NETWORK_ERROR,
            "quota pacer unavailable: " + reserved.cause().getMessage(), endpoint.service(), endpoint.command(),
            true, null)));
      } else {
        transmit(chunk);
      }
    }));
  }

  private void transmit(List<Pending<I>> chunk) {
    if (cancelled()) {
      settle(chunk);
      cancelChunk(chunk);
      pump();
      return;
    }
    calls++;
    JsonArray items = new JsonArray(new ArrayList<>(chunk.size()));
    List<String> keys = new ArrayList<>(chunk.size());
    for (Pending<I> p : chunk) {
      if (p.attempts++ > 0) {
        retriedItems++;
      }
      items.add(p.json);
      keys.add(p.key);
    }
    JsonObject body = options.getTemplate().copy().put(endpoint.itemsField(), items);
    carrier.invoke(endpoint, body).onComplete(ar -> ctx.execute(() -> answered(chunk, keys, ar)));
  }

  private void answered(List<Pending<I>> chunk, List<String> keys, AsyncResult<JsonObject> ar) {
    settle(chunk);
    if (ar.succeeded()) {
      ItemResults results = ItemResults.read(ar.result(), keys);
      List<Pending<I>> again = new ArrayList<>();
      for (int i = 0; i < chunk.size(); i++) {
        Pending<I> p = chunk.get(i);
        int code = results.codes[i];
        if (code == 0) {
          emit(p, BulkOutcome.Status.OK, 0, "");
        } else if (retrySafe && TimErrorCode.categoryOf(code).isTransient() && mayRetry(p)) {
          again.add(p);
        } else {
          emit(p, BulkOutcome.Status.FAILED, code, results.infos[i]);
        }
      }
      if (!again.isEmpty()) {
        retryLater(again);
      }
    } else {
      TimException e = ar.cause() instanceof TimException te ? te
          : new TimException(TimErrorCode.INVALID_RESPONSE, String.valueOf(ar.cause()), endpoint.service(),
              endpoint.command(), false, ar.cause());
      if (e.isRetryable() && mayRetry(chunk.get(0))) {
        retryLater(chunk);
      } else {
        for (Pending<I> p : chunk) {
          emit(p, BulkOutcome.Status.FAILED, e.errorCode(), e.errorInfo());
        }
      }
    }
    pump();
  }

  private boolean mayRetry(Pending<I> p) {
    return !cancelled() && p.attempts < options.getMaxAttempts() && elapsedMillis() < options.getRetryBudgetMillis();
  }

  private void retryLater(List<Pending<I>> chunk) {
    waitingRetries++;
    long delay = backoff.delay(chunk.get(0).attempts - 1);
    ctx.owner().setTimer(Math.max(1, delay), id -> {
      waitingRetries--;
      if (cancelled()) {
        cancelChunk(chunk);
      } else {
        ready.addFirst(chunk);
      }
      pump();
    });
  }

  private void settle(List<Pending<I>> chunk) {
    inFlight--;
    inFlightItems -= chunk.size();
  }

  private void cancelChunk(List<Pending<I>> chunk) {
    for (Pending<I> p : chunk) {
      emit(p, BulkOutcome.Status.CANCELLED, TimErrorCode.CANCELLED.code(), "job cancelled before this item was sent");
    }
  }

  private void cancelWaiting() {
    if (!filling.isEmpty()) {
      ready.add(filling);
      filling = new ArrayList<>();
    }
    while (!ready.isEmpty()) {
      cancelChunk(ready.poll());
    }
  }

  private void emit(Pending<I> p, BulkOutcome.Status status, int code, String info) {
    metrics.bulkItem(endpoint, status);
    switch (status) {
      case OK -> ok++;
      case FAILED -> {
        failed++;
        failuresByCode.merge(code, 1L, Long::sum);
      }
      case CANCELLED -> cancelledItems++;
    }
    outcomes.write(new BulkOutcome<>(p.item, status, code, info, p.attempts));
  }

  private void checkDone() {
    if (finished() || !sourceEnded() || !filling.isEmpty() || !ready.isEmpty() || inFlight > 0 || waitingRetries > 0) {
      return;
    }
    reportProgress(progress());
    complete(new BulkSummary(itemsRead(), ok, failed, cancelledItems, calls, retriedItems, elapsedMillis(),
        failuresByCode, sourceError()));
  }

  @Override
  public BulkProgress progress() {
    long elapsed = elapsedMillis();
    long done = ok + failed + cancelledItems;
    double rate = elapsed > 0 ? done * 1000.0 / elapsed : 0;
    long eta = total < 0 ? -1 : done >= total ? 0 : rate > 0 ? (long) ((total - done) / rate * 1000) : -1;
    return new BulkProgress(total, done, ok, failed, cancelledItems, inFlightItems, rate, Math.max(eta, -1), elapsed);
  }

  @Override
  protected void onCancel() {
    cancelWaiting();
    pump();
  }
}
