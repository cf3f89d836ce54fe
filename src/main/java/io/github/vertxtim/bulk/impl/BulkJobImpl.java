package io.github.vertxtim.bulk.impl;

import io.github.vertxtim.QuotaPacer;
import io.github.vertxtim.TimErrorCode;
import io.github.vertxtim.TimException;
import io.github.vertxtim.bulk.BulkJournal;
import io.github.vertxtim.bulk.BulkJournalException;
import io.github.vertxtim.bulk.BulkOptions;
import io.github.vertxtim.bulk.BulkOutcome;
import io.github.vertxtim.bulk.BulkProgress;
import io.github.vertxtim.bulk.BulkSummary;
import io.github.vertxtim.bulk.JournalRecord;
import io.github.vertxtim.internal.Backoff;
import io.github.vertxtim.internal.BulkJobBase;
import io.github.vertxtim.internal.Carrier;
import io.github.vertxtim.internal.JsonCodec;
import io.github.vertxtim.internal.MsgRandoms;
import io.github.vertxtim.metrics.impl.ClientMetrics;
import io.github.vertxtim.registry.Endpoint;
import io.github.vertxtim.registry.RetrySafety;
import io.vertx.core.AsyncResult;
import io.vertx.core.Future;
import io.vertx.core.internal.ContextInternal;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.core.streams.ReadStream;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The bulk engine: items from a ReadStream are cut into chunks at the endpoint's limit, paced under the quota, sent
 * with a bounded number in flight, retried when safe, and each given exactly one outcome. All state lives on one
 * context, so there is no locking. The source is paused while enough chunks wait, the outcome buffer is full or the
 * journal's write queue is full.
 *
 * <p>With a journal ({@link BulkOptions#getJournal()}) a chunk's {@code sent} record is written before its first
 * request leaves, and outcomes are emitted once their {@code settled} record is written. A rerun holds the items of
 * each chunk an earlier run sent until the chunk is read whole and its hash matches, then skips the items that got
 * their outcome, sends the others again when the endpoint's retry class allows it, and reports the rest UNKNOWN.
 */
public final class BulkJobImpl<I> extends BulkJobBase<I> {

  /** Left of the service's de-duplication window for a resumed MSG_RANDOM chunk to reach it (a request's worth). */
  static final long DEDUP_MARGIN_MILLIS = 10_000;
  /** The sendmsg page: a repeat within 120 s is the same message. */
  private static final long C2C_DEDUP_WINDOW_MILLIS = 120_000;
  /** The push pages: "within the same second". */
  private static final long PUSH_DEDUP_WINDOW_MILLIS = 1_000;

  private static final class Pending<I> {
    final I item;
    final long position;
    final Object json;
    final String key;
    int attempts;

    Pending(I item, long position) {
      this.item = item;
      this.position = position;
      this.json = JsonCodec.toJsonValue(item);
      this.key = ItemKeys.of(json);
    }
  }

  /** Items sent together; a retry of some of them keeps the chunk's number and MsgRandom. */
  private record Chunk<I>(long id, Long msgRandom, List<Pending<I>> items) {
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
  private final ArrayDeque<Chunk<I>> ready = new ArrayDeque<>();
  private List<Pending<I>> filling = new ArrayList<>();
  private int inFlight;
  private long inFlightItems;
  private int waitingRetries;
  private long ok, failed, cancelledItems, calls, retriedItems;
  private long nextChunk;

  private final BulkJournal journal;
  /** Chunks of earlier runs; null without a journal or until it is open. */
  private ResumePlan plan;
  private final Set<ResumePlan.Held<Pending<I>>> holding = new LinkedHashSet<>();
  private final Set<Long> journaled = new java.util.HashSet<>();
  private boolean journalOpen;
  private int writingSettled;
  private boolean closingJournal;
  private Throwable journalError;
  private long skipped, resumed, unknown;

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
    this.journal = options.getJournal() == null ? null : BulkJournal.file(ctx.owner(), options.getJournal());
    startOnNextTurn();
  }

  @Override
  protected void start() {
    reportProgressEvery(options.getProgressIntervalMillis());
    if (journal == null) {
      journalOpen = true;
      pump();
      return;
    }
    JsonObject template = options.getTemplate().copy();
    template.remove("MsgRandom");
    JournalRecord.Header header = new JournalRecord.Header(JournalRecord.Header.VERSION, endpoint.path(), chunkSize,
        new ItemsHash().add(template).value(), endpoint.retrySafety());
    journal.open(header).onComplete(ar -> ctx.execute(() -> {
      if (ar.failed()) {
        // nothing was read or sent: the job ends before it began, with the journal's reason
        journal.close().onComplete(v -> failWith(ar.cause()));
        return;
      }
      plan = new ResumePlan(ar.result());
      nextChunk = plan.nextChunkId();
      journalOpen = true;
      journal.drainHandler(v -> pump());
      pump();
    }));
  }

  @Override
  protected void onItem(I item) {
    Pending<I> p = new Pending<>(item, itemsRead() - 1);
    ResumePlan.Held<Pending<I>> held = plan == null ? null : plan.chunkAt(p.position);
    if (held != null) {
      hold(held, p);
    } else if (cancelled()) {
      emit(p, BulkOutcome.Status.CANCELLED, TimErrorCode.CANCELLED.code(), "job cancelled");
      updateSource();
      return;
    } else {
      filling.add(p);
      if (filling.size() >= chunkSize) {
        ready.add(newChunk(filling));
        filling = new ArrayList<>();
      }
    }
    pump();
  }

  private Chunk<I> newChunk(List<Pending<I>> items) {
    Long msgRandom = null;
    if (endpoint.retrySafety() == RetrySafety.MSG_RANDOM) {
      // one MsgRandom for every attempt of the chunk, in this run and a resumed one: the service's de-duplication
      msgRandom = options.getTemplate().getValue("MsgRandom") instanceof Number n ? n.longValue() : MsgRandoms.draw();
    }
    return new Chunk<>(nextChunk++, msgRandom, items);
  }

  /** An item of a chunk an earlier run sent: kept until the chunk is read whole. */
  private void hold(ResumePlan.Held<Pending<I>> held, Pending<I> p) {
    holding.add(held);
    held.items.add(p);
    held.readHash.add(p.json);
    if (!held.complete()) {
      return;
    }
    holding.remove(held);
    plan.closed();
    if (!held.readHash.value().equals(held.hash)) {
      for (Pending<I> x : held.items) {
        emit(x, BulkOutcome.Status.CANCELLED, TimErrorCode.CANCELLED.code(), "the source differs from the journal");
      }
      held.items.clear();
      journalFailed(new BulkJournalException("the source differs from the journal's job at items "
          + Positions.describe(held.ranges) + " (chunk " + held.id + "): the input changed since the earlier run,"
          + " or the journal belongs to another job; the items from there on are reported cancelled, not sent"));
      return;
    }
    List<Pending<I>> again = new ArrayList<>();
    List<Pending<I>> unknowns = new ArrayList<>();
    boolean resend = mayResend(held);
    for (Pending<I> x : held.items) {
      if (held.isFinal(x.position)) {
        skipped++;
      } else if (!resend) {
        unknowns.add(x);
      } else if (cancelled()) {
        emit(x, BulkOutcome.Status.CANCELLED, TimErrorCode.CANCELLED.code(), "job cancelled before this item was sent");
      } else {
        x.attempts = 1;
        again.add(x);
      }
    }
    if (!again.isEmpty()) {
      resumed += again.size();
      ready.add(new Chunk<>(held.id, held.msgRandom, again));
    }
    if (!unknowns.isEmpty()) {
      reportUnknown(held, unknowns);
    }
    held.items.clear();
  }

  /** Whether the items of an earlier run's chunk that were in flight may be sent again. */
  private boolean mayResend(ResumePlan.Held<?> held) {
    return switch (endpoint.retrySafety()) {
      case SAFE -> true;
      case UNSAFE -> false;
      case MSG_RANDOM -> held.msgRandom != null
          && System.currentTimeMillis() + DEDUP_MARGIN_MILLIS < held.atMillis + dedupWindowMillis();
    };
  }

  private long dedupWindowMillis() {
    long given = options.getJournal().getDedupWindowMillis();
    if (given > 0) {
      return given;
    }
    return "openim".equals(endpoint.service()) ? C2C_DEDUP_WINDOW_MILLIS : PUSH_DEDUP_WINDOW_MILLIS;
  }

  private void reportUnknown(ResumePlan.Held<?> held, List<Pending<I>> items) {
    String info = "unknown outcome: in flight on " + endpoint.path() + " (" + endpoint.retrySafety()
        + (endpoint.retrySafety() == RetrySafety.MSG_RANDOM ? ", its de-duplication window has passed" : "")
        + ") when an earlier run stopped; not sent again";
    settle(held.id, List.of(), List.of(), Positions.ranges(items, x -> x.position), () -> {
      unknown += items.size();
      for (Pending<I> x : items) {
        outcomes.write(new BulkOutcome<>(x.item, BulkOutcome.Status.UNKNOWN, TimErrorCode.UNKNOWN_OUTCOME.code(),
            info, 1));
      }
    });
  }

  @Override
  protected void onSourceEnd() {
    if (!filling.isEmpty()) {
      ready.add(newChunk(filling));
      filling = new ArrayList<>();
    }
    if (plan != null && plan.waiting()) {
      for (ResumePlan.Held<Pending<I>> held : holding) {
        for (Pending<I> x : held.items) {
          emit(x, BulkOutcome.Status.CANCELLED, TimErrorCode.CANCELLED.code(), "the source differs from the journal");
        }
      }
      holding.clear();
      journalFailed(new BulkJournalException("the source ended before every item the journal's job sent was read:"
          + " the input is shorter than in the earlier run"));
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
    if (!cancelled() && journalOpen) {
      if (ready.isEmpty() && inFlight == 0 && !filling.isEmpty() && sourcePaused()) {
        // nothing is moving: a partial chunk waits on a paused source, send it
        ready.add(newChunk(filling));
        filling = new ArrayList<>();
      }
      while (inFlight < options.getMaxInFlight() && !ready.isEmpty() && !outcomes.writeQueueFull()
          && !journalFull()) {
        send(ready.poll());
      }
    }
    updateSource();
    checkDone();
  }

  private boolean journalFull() {
    return journal != null && journal.writeQueueFull();
  }

  private void updateSource() {
    boolean full = outcomes.writeQueueFull() || journalFull()
        || (!cancelled() && ready.size() >= options.getMaxInFlight());
    // a consumer may free room before the job begins: the source waits for the start (and the journal) all the same
    letSourceFlow(begun() && journalOpen && !full);
  }

  private void send(Chunk<I> chunk) {
    inFlight++;
    inFlightItems += chunk.items().size();
    int permits = endpoint.rateCountsItems() ? chunk.items().size() : 1;
    metrics.pacerWait(endpoint, pacer.acquire(ctx.owner(), endpoint.path(), permits, rate))
        .onComplete(reserved -> ctx.execute(() -> {
      if (reserved.failed()) {
        // Nothing was sent: the chunk may be tried again (within the retry budget) whatever the endpoint's safety.
        answered(chunk, List.of(), Future.failedFuture(new TimException(TimErrorCode.NETWORK_ERROR,
            "quota pacer unavailable: " + reserved.cause().getMessage(), endpoint.service(), endpoint.command(),
            true, null)));
      } else {
        journalThenTransmit(chunk);
      }
    }));
  }

  /** The first time a chunk leaves, its {@code sent} record is written first: a rerun then knows it may have been applied. */
  private void journalThenTransmit(Chunk<I> chunk) {
    if (journal == null || cancelled() || !journaled.add(chunk.id()) || chunkOfEarlierRun(chunk)) {
      transmit(chunk);
      return;
    }
    ItemsHash hash = new ItemsHash();
    chunk.items().forEach(p -> hash.add(p.json));
    JournalRecord.Sent sent = new JournalRecord.Sent(chunk.id(), Positions.ranges(chunk.items(), p -> p.position),
        hash.value(), chunk.msgRandom(), System.currentTimeMillis());
    journal.append(sent).onComplete(ar -> ctx.execute(() -> {
      if (ar.failed()) {
        // not sent: the job is cancelled, and so is the chunk
        journalFailed(ar.cause());
        transmit(chunk);
      } else {
        // a chunk journaled as sent is sent, even when the job was cancelled meanwhile: a rerun must not report
        // unknown outcomes for items that never left
        sendNow(chunk);
      }
    }));
  }

  private boolean chunkOfEarlierRun(Chunk<I> chunk) {
    return plan != null && plan.chunkAt(chunk.items().get(0).position) != null;
  }

  private void transmit(Chunk<I> chunk) {
    if (cancelled()) {
      landed(chunk);
      cancelChunk(chunk.items());
      pump();
      return;
    }
    sendNow(chunk);
  }

  private void sendNow(Chunk<I> chunk) {
    calls++;
    JsonArray items = new JsonArray(new ArrayList<>(chunk.items().size()));
    List<String> keys = new ArrayList<>(chunk.items().size());
    for (Pending<I> p : chunk.items()) {
      if (p.attempts++ > 0) {
        retriedItems++;
      }
      items.add(p.json);
      keys.add(p.key);
    }
    JsonObject body = options.getTemplate().copy().put(endpoint.itemsField(), items);
    if (chunk.msgRandom() != null) {
      body.put("MsgRandom", chunk.msgRandom());
    }
    carrier.invoke(endpoint, body).onComplete(ar -> ctx.execute(() -> answered(chunk, keys, ar)));
  }

  private void answered(Chunk<I> chunk, List<String> keys, AsyncResult<JsonObject> ar) {
    landed(chunk);
    List<Pending<I>> okItems = new ArrayList<>();
    List<Pending<I>> failedItems = new ArrayList<>();
    List<JournalRecord.Failure> failures = new ArrayList<>();
    List<Pending<I>> again = new ArrayList<>();
    if (ar.succeeded()) {
      ItemResults results = ItemResults.read(ar.result(), keys);
      for (int i = 0; i < chunk.items().size(); i++) {
        Pending<I> p = chunk.items().get(i);
        int code = results.codes[i];
        if (code == 0) {
          okItems.add(p);
        } else if (retrySafe && TimErrorCode.categoryOf(code).isTransient() && mayRetry(p)) {
          again.add(p);
        } else {
          failedItems.add(p);
          failures.add(new JournalRecord.Failure(p.position, code, results.infos[i]));
        }
      }
    } else {
      TimException e = ar.cause() instanceof TimException te ? te
          : new TimException(TimErrorCode.INVALID_RESPONSE, String.valueOf(ar.cause()), endpoint.service(),
              endpoint.command(), false, ar.cause());
      if (e.isRetryable() && mayRetry(chunk.items().get(0))) {
        again.addAll(chunk.items());
      } else {
        for (Pending<I> p : chunk.items()) {
          failedItems.add(p);
          failures.add(new JournalRecord.Failure(p.position, e.errorCode(), e.errorInfo()));
        }
      }
    }
    if (!again.isEmpty()) {
      retryLater(new Chunk<>(chunk.id(), chunk.msgRandom(), again));
    }
    settle(chunk.id(), okItems, failures, new long[0], () -> {
      okItems.forEach(p -> emit(p, BulkOutcome.Status.OK, 0, ""));
      for (int i = 0; i < failedItems.size(); i++) {
        emit(failedItems.get(i), BulkOutcome.Status.FAILED, failures.get(i).errorCode(), failures.get(i).errorInfo());
      }
    });
    pump();
  }

  /**
   * Emits final outcomes: at once without a journal, else once their {@code settled} record is written, so a rerun
   * never reports them again.
   */
  private void settle(long chunk, List<Pending<I>> okItems, List<JournalRecord.Failure> failures, long[] unknowns,
                      Runnable emitAll) {
    if (journal == null || (okItems.isEmpty() && failures.isEmpty() && unknowns.length == 0)) {
      emitAll.run();
      return;
    }
    writingSettled++;
    JournalRecord.Settled record = new JournalRecord.Settled(chunk, Positions.ranges(okItems, p -> p.position),
        failures, unknowns);
    journal.append(record).onComplete(ar -> ctx.execute(() -> {
      writingSettled--;
      if (ar.failed()) {
        journalFailed(ar.cause());
      }
      emitAll.run();
      pump();
    }));
  }

  /** The journal cannot be kept: stop sending (what is not sent is reported cancelled) and say why in the summary. */
  private void journalFailed(Throwable cause) {
    if (journalError == null) {
      journalError = cause instanceof BulkJournalException ? cause
          : new BulkJournalException("the journal could not be written: " + cause.getMessage(), cause);
    }
    cancel();
  }

  private boolean mayRetry(Pending<I> p) {
    return !cancelled() && p.attempts < options.getMaxAttempts() && elapsedMillis() < options.getRetryBudgetMillis();
  }

  private void retryLater(Chunk<I> chunk) {
    waitingRetries++;
    long delay = backoff.delay(chunk.items().get(0).attempts - 1);
    ctx.owner().setTimer(Math.max(1, delay), id -> {
      waitingRetries--;
      if (cancelled()) {
        cancelChunk(chunk.items());
      } else {
        ready.addFirst(chunk);
      }
      pump();
    });
  }

  private void landed(Chunk<I> chunk) {
    inFlight--;
    inFlightItems -= chunk.items().size();
  }

  private void cancelChunk(List<Pending<I>> chunk) {
    for (Pending<I> p : chunk) {
      emit(p, BulkOutcome.Status.CANCELLED, TimErrorCode.CANCELLED.code(), "job cancelled before this item was sent");
    }
  }

  private void cancelWaiting() {
    if (!filling.isEmpty()) {
      ready.add(new Chunk<>(-1, null, filling));
      filling = new ArrayList<>();
    }
    while (!ready.isEmpty()) {
      cancelChunk(ready.poll().items());
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
      case UNKNOWN -> unknown++;
    }
    outcomes.write(new BulkOutcome<>(p.item, status, code, info, p.attempts));
  }

  private void checkDone() {
    if (finished() || closingJournal || !sourceEnded() || !filling.isEmpty() || !ready.isEmpty() || inFlight > 0
        || waitingRetries > 0 || writingSettled > 0 || !holding.isEmpty() || (journal != null && !journalOpen)) {
      return;
    }
    if (journal != null) {
      closingJournal = true;
      journal.close().onComplete(ar -> ctx.execute(() -> {
        if (ar.failed() && journalError == null) {
          journalError = new BulkJournalException("the journal could not be synced: " + ar.cause().getMessage(),
              ar.cause());
        }
        finish();
      }));
      return;
    }
    finish();
  }

  private void finish() {
    reportProgress(progress());
    complete(new BulkSummary(itemsRead(), ok, failed, cancelledItems, calls, retriedItems, elapsedMillis(),
        failuresByCode, sourceError(), skipped, resumed, unknown, journalError));
  }

  @Override
  public BulkProgress progress() {
    long elapsed = elapsedMillis();
    long done = ok + failed + cancelledItems + skipped + unknown;
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
