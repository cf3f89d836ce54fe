package io.github.vertxtim.eventbus.impl;

import io.github.vertxtim.TimErrorCode;
import io.github.vertxtim.TimException;
import io.github.vertxtim.bulk.BulkJobBrokenException;
import io.github.vertxtim.bulk.BulkOptions;
import io.github.vertxtim.bulk.BulkOutcome;
import io.github.vertxtim.bulk.BulkProgress;
import io.github.vertxtim.bulk.BulkSummary;
import io.github.vertxtim.eventbus.TimAddresses;
import io.github.vertxtim.internal.BulkJobBase;
import io.github.vertxtim.internal.JsonCodec;
import io.github.vertxtim.registry.Endpoint;
import io.vertx.core.internal.ContextInternal;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.core.streams.ReadStream;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The requester side of a bulk job over the bus. It reads its source only while the verticle grants credit
 * ({@code accept}), sends items in batches with one message in flight, keeps one poll waiting at the verticle, and
 * grants outcome credit ({@code take}) from the free room of its outcome buffer. It keeps the items it sent until
 * their outcome comes back (at most a window of them), so each outcome carries the caller's own item object.
 * When the conversation breaks (the serving node died), every item still gets one outcome: the pending items sent
 * are reported {@code UNKNOWN_OUTCOME}, those not sent yet and the rest of the source {@code NOT_SENT}, then the
 * summary fails with a {@link BulkJobBrokenException} that counts them all. Everything runs on the caller's context.
 */
final class BusBulkJob<I> extends BulkJobBase<I> {

  private final TimEventBusClientImpl client;
  private final Endpoint endpoint;
  private final BulkOptions options;
  private final int batchSize;
  private final long heartbeat;
  private final Map<Long, I> pending = new HashMap<>();
  private final Map<Integer, Long> localFailures = new HashMap<>();
  /** The outcomes the verticle reported, for the summary of a broken job. */
  private final Map<Integer, Long> reportedFailures = new HashMap<>();
  private long reportedOk;
  private long reportedFailed;
  private long reportedCancelled;
  private JsonArray batch = new JsonArray();
  private String jobAddress;
  private boolean started;
  private long accept;
  private long nextSeq;
  /** Items handed to an items message: below it a pending item may have reached the verticle. */
  private long sentSeq;
  /** Why the conversation broke; from then on the job only reports the rest of its source as not sent. */
  private TimException broken;
  private long unknown;
  private long notSent;
  private long received;
  private long takeSent;
  private long localFailed;
  private boolean itemsInFlight;
  private boolean pollInFlight;
  private boolean creditInFlight;
  private boolean endSent;
  private boolean cancelSent;
  private BulkProgress progress;

  BusBulkJob(TimEventBusClientImpl client, ContextInternal ctx, Endpoint endpoint, ReadStream<I> source, long total,
             BulkOptions options) {
    super(ctx, source, total, options);
    this.client = client;
    this.endpoint = endpoint;
    this.options = options;
    this.batchSize = client.options().getBulkBatchSize();
    this.heartbeat = JobServer.heartbeatMillis(options);
    startOnNextTurn();
  }

  @Override
  protected void start() {
    JsonObject request = new JsonObject()
        .put(TimAddresses.SERVICE, endpoint.service())
        .put(TimAddresses.COMMAND, endpoint.command())
        .put(TimAddresses.OPTIONS, options.toJson())
        .put(TimAddresses.TOTAL, total);
    client.ask(ctx, TimAddresses.bulk(client.options().getAddress()), request, client.options().getTimeoutMillis(),
        endpoint, true).onComplete(ar -> {
          if (ar.failed()) {
            fail(ar.cause());
            return;
          }
          JsonObject answer = ar.result();
          jobAddress = answer.getString("address");
          accept = answer.getLong("accept", 0L);
          started = true;
          if (cancelled()) {
            sendCancel();
          }
          poll();
          updateSource();
          flushItems();
        });
  }

  @Override
  protected void onItem(I item) {
    if (broken != null) {
      notSent++;
      outcomes.write(notSent(item));
      updateSource();
      return;
    }
    Object json;
    try {
      json = JsonCodec.toJsonValue(item);
    } catch (IllegalArgumentException e) {
      json = null;
    }
    if (json instanceof List<?> list) {
      json = new JsonArray(list);
    }
    if (!(json instanceof JsonObject || json instanceof String || json instanceof Number || json instanceof JsonArray)) {
      // Refused here, so the verticle's accounting never sees it; the summary adds it back.
      localFailed++;
      localFailures.merge(TimErrorCode.INVALID_ARGUMENT.code(), 1L, Long::sum);
      outcomes.write(new BulkOutcome<>(item, BulkOutcome.Status.FAILED, TimErrorCode.INVALID_ARGUMENT.code(),
          "bulk items over the event bus must be JSON objects, strings, numbers or arrays", 0));
      updateSource(); // such outcomes take room too: a paused consumer must stop the source here as well
      return;
    }
    pending.put(nextSeq++, item);
    batch.add(json);
    updateSource();
    flushItems();
  }

  @Override
  protected void onSourceEnd() {
    if (broken != null) {
      finishBroken();
      return;
    }
    flushItems();
  }

  @Override
  protected void onOutcomeRoom() {
    credit();
    updateSource();
  }

  private void updateSource() {
    if (broken != null) {
      letSourceFlow(!outcomes.writeQueueFull());
      return;
    }
    letSourceFlow(started && nextSeq < accept && batch.size() < batchSize && !outcomes.writeQueueFull());
  }

  private long take() {
    return received + outcomes.room();
  }

  private void flushItems() {
    if (!started || itemsInFlight || finished() || broken != null) {
      return;
    }
    if (batch.isEmpty() && !(sourceEnded() && !endSent)) {
      return;
    }
    JsonArray chunk;
    if (batch.size() <= batchSize) {
      chunk = batch;
      batch = new JsonArray();
    } else {
      chunk = new JsonArray(new java.util.ArrayList<>(batch.getList().subList(0, batchSize)));
      batch = new JsonArray(new java.util.ArrayList<>(batch.getList().subList(batchSize, batch.size())));
    }
    sentSeq += chunk.size();
    boolean end = sourceEnded() && batch.isEmpty();
    long t = take();
    takeSent = Math.max(takeSent, t);
    JsonObject message = new JsonObject().put("op", "items").put("items", chunk).put("end", end).put("take", t);
    if (end) {
      endSent = true;
      if (sourceError() != null) {
        message.put("error", String.valueOf(sourceError().getMessage()));
      }
    }
    itemsInFlight = true;
    client.ask(ctx, jobAddress, message, client.options().getTimeoutMillis(), endpoint, false).onComplete(ar -> {
      itemsInFlight = false;
      if (ar.failed()) {
        fail(ar.cause());
        return;
      }
      accept = Math.max(accept, ar.result().getLong("accept", accept));
      updateSource();
      flushItems();
    });
  }

  private void poll() {
    if (finished() || broken != null) {
      return;
    }
    pollInFlight = true;
    long t = take();
    takeSent = Math.max(takeSent, t);
    client.ask(ctx, jobAddress, new JsonObject().put("op", "poll").put("take", t),
        heartbeat + client.options().getTimeoutMillis(), endpoint, false).onComplete(ar -> {
          pollInFlight = false;
          if (ar.failed()) {
            fail(ar.cause());
          } else {
            onPollAnswer(ar.result());
          }
        });
  }

  private void onPollAnswer(JsonObject answer) {
    if (finished() || broken != null) {
      return;
    }
    accept = Math.max(accept, answer.getLong("accept", accept));
    JsonArray list = answer.getJsonArray("outcomes", new JsonArray());
    for (int i = 0; i < list.size(); i++) {
      JsonArray o = list.getJsonArray(i);
      I item = pending.remove(o.getLong(0));
      received++;
      BulkOutcome<I> outcome = new BulkOutcome<>(item, BulkOutcome.Status.valueOf(o.getString(1)), o.getInteger(2),
          o.getString(3), o.getInteger(4));
      switch (outcome.status()) {
        case OK -> reportedOk++;
        case FAILED -> {
          reportedFailed++;
          reportedFailures.merge(outcome.errorCode(), 1L, Long::sum);
        }
        case CANCELLED -> reportedCancelled++;
      }
      outcomes.write(outcome);
    }
    JsonObject p = answer.getJsonObject("progress");
    if (p != null) {
      progress = Wire.progress(p, localFailed);
      reportProgress(progress);
    }
    JsonObject s = answer.getJsonObject("summary");
    if (s != null) {
      client.jobEnded(this);
      complete(Wire.summary(s, localFailures, sourceError()));
      return;
    }
    updateSource();
    flushItems();
    poll();
  }

  /** The outcome buffer has room again: tell the verticle when it was out of credit or much more opened up. */
  private void credit() {
    if (!started || finished() || broken != null || !pollInFlight || creditInFlight) {
      return;
    }
    long t = take();
    if (t <= takeSent || takeSent > received && t - takeSent < Math.max(1, outcomes.capacity() / 4)) {
      return;
    }
    creditInFlight = true;
    takeSent = t;
    client.ask(ctx, jobAddress, new JsonObject().put("op", "credit").put("take", t),
        client.options().getTimeoutMillis(), endpoint, false).onComplete(ar -> {
          creditInFlight = false;
          if (ar.failed()) {
            fail(ar.cause());
          } else {
            credit();
          }
        });
  }

  private void sendCancel() {
    cancelSent = true;
    client.ask(ctx, jobAddress, new JsonObject().put("op", "cancel"), client.options().getTimeoutMillis(), endpoint,
        false);
  }

  /**
   * The conversation broke. A job refused at its start read nothing and just fails. Otherwise each item gets its
   * outcome: the ones sent and not reported back have no known outcome (the service may have applied them; they are
   * never re-sent, an UNSAFE endpoint would apply them twice), the ones read and not sent are not applied; the rest
   * of the source is read and reported not sent too (as a cancelled job does), so the outcomes add up to the input.
   */
  private void fail(Throwable t) {
    if (finished() || broken != null) {
      return;
    }
    client.jobEnded(this);
    TimException e = t instanceof TimException te ? te : new TimException(TimErrorCode.NETWORK_ERROR,
        String.valueOf(t.getMessage()), endpoint.service(), endpoint.command(), false, t);
    if (!started) {
      failWith(e);
      return;
    }
    broken = e;
    if (!cancelSent) {
      // if the verticle is alive after all (a timeout on a loaded node), it stops working on what it holds
      sendCancel();
    }
    for (long seq : new java.util.TreeSet<>(pending.keySet())) {   // in input order
      I item = pending.remove(seq);
      if (seq < sentSeq) {
        unknown++;
        outcomes.write(new BulkOutcome<>(item, BulkOutcome.Status.UNKNOWN, TimErrorCode.UNKNOWN_OUTCOME.code(),
            "sent, and the job broke off before its outcome came back (" + e.errorInfo() + ")", 1));
      } else {
        notSent++;
        outcomes.write(notSent(item));
      }
    }
    batch = new JsonArray();
    if (sourceEnded()) {
      finishBroken();
    } else {
      updateSource();
    }
  }

  private BulkOutcome<I> notSent(I item) {
    return new BulkOutcome<>(item, BulkOutcome.Status.CANCELLED, TimErrorCode.NOT_SENT.code(),
        "not sent: the job broke off before (" + broken.errorInfo() + ")", 0);
  }

  /** The source is drained: the summary fails with the accounting of every item read. */
  private void finishBroken() {
    Map<Integer, Long> codes = new HashMap<>(reportedFailures);
    localFailures.forEach((code, n) -> codes.merge(code, n, Long::sum));
    // the requests the verticle made are its own count, lost with it: calls and retriedItems are 0; the unknown
    // outcomes are counted where a journaled job counts its own (BulkSummary.unknown), not among the failures
    BulkSummary summary = new BulkSummary(itemsRead(), reportedOk, reportedFailed + localFailed,
        reportedCancelled + notSent, 0, 0, elapsedMillis(), codes, sourceError(), 0, 0, unknown, null);
    failWith(new BulkJobBrokenException(broken, summary, unknown, notSent));
  }

  @Override
  public BulkProgress progress() {
    BulkProgress p = progress;
    return p != null ? p : new BulkProgress(total, localFailed, 0, localFailed, 0, 0, 0, -1, 0);
  }

  @Override
  protected void onCancel() {
    if (started && !cancelSent) {
      sendCancel();
    }
  }
}
