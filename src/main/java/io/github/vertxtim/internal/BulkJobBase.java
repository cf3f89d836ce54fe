package io.github.vertxtim.internal;

import io.github.vertxtim.bulk.BulkJob;
import io.github.vertxtim.bulk.BulkOptions;
import io.github.vertxtim.bulk.BulkOutcome;
import io.github.vertxtim.bulk.BulkProgress;
import io.github.vertxtim.bulk.BulkSummary;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Promise;
import io.vertx.core.internal.ContextInternal;
import io.vertx.core.streams.ReadStream;

/**
 * What every bulk job shares, whoever sends its items: the source is read only while the job lets it flow, its
 * items are counted, its end or failure is taken once; and the BulkJob the caller holds (outcome stream, progress
 * handler and timer, summary, cancel, elapsed time). The job begins on the next turn of its context, so handlers
 * set right after creation see everything. Everything runs on the job's context; a job's constructor ends with
 * {@link #startOnNextTurn()}.
 */
public abstract class BulkJobBase<I> implements BulkJob<I> {

  protected final ContextInternal ctx;
  /** Items the job expects, or -1 when unknown. */
  protected final long total;
  /** Without an outcome handler outcomes are only counted. */
  protected final BoundedQueueStream<BulkOutcome<I>> outcomes;
  private final ReadStream<I> source;
  private final Promise<BulkSummary> summary;
  private Handler<BulkProgress> progressHandler;
  private long startMillis = -1;
  private long endMillis = -1;
  private long progressTimer = -1;
  private long read;
  private boolean sourcePaused = true;
  private boolean sourceDone;
  private boolean sourceEnded;
  private Throwable sourceError;
  private boolean cancelled;
  private boolean finished;

  /** @param total items the source will give, or -1 when unknown ({@link BulkOptions#getExpectedTotal()} then) */
  protected BulkJobBase(ContextInternal ctx, ReadStream<I> source, long total, BulkOptions options) {
    this.ctx = ctx;
    this.source = source;
    this.total = total >= 0 ? total : options.getExpectedTotal();
    this.outcomes = new BoundedQueueStream<>(ctx, options.getOutcomeBufferSize(),
        BoundedQueueStream.WithoutHandler.DROP);
    this.summary = ctx.promise();
    outcomes.drainHandler(v -> onOutcomeRoom());
  }

  /**
   * The last statement of a job's constructor (then the job is whole): takes the source, paused, and schedules the
   * start for the next turn of the context.
   */
  protected final void startOnNextTurn() {
    source.pause();
    source.handler(item -> ctx.execute(() -> {
      if (!finished) {
        read++;
        onItem(item);
      }
    }));
    source.endHandler(v -> ctx.execute(() -> sourceDone(null)));
    source.exceptionHandler(t -> ctx.execute(() -> sourceDone(t)));
    ctx.runOnContext(v -> {
      startMillis = System.currentTimeMillis();
      start();
      if (sourceDone) {
        endSource();
      }
    });
  }

  /** The job begins, its source paused; {@link #onSourceEnd()} comes after this even for a source that ended earlier. */
  protected abstract void start();

  /** An item from the source; already counted in {@link #itemsRead()}. */
  protected abstract void onItem(I item);

  /** The source ended, or failed with {@link #sourceError()}; called once. */
  protected abstract void onSourceEnd();

  /** A consumer action left room in the outcome stream. */
  protected abstract void onOutcomeRoom();

  /** {@link #cancel()} was called while the job runs; called once. */
  protected abstract void onCancel();

  /** An empty source may end before the job begins (a list's at once): the job is told once it has begun. */
  private void sourceDone(Throwable error) {
    if (sourceDone) {
      return;
    }
    sourceDone = true;
    sourceError = error;
    if (begun()) {
      endSource();
    }
  }

  private void endSource() {
    sourceEnded = true;
    onSourceEnd();
  }

  /** Resumes or pauses the source; nothing once it ended or the job finished. */
  protected final void letSourceFlow(boolean flow) {
    if (sourceDone || finished || flow != sourcePaused) {
      return;
    }
    sourcePaused = !flow;
    if (flow) {
      source.resume();
    } else {
      source.pause();
    }
  }

  protected final boolean begun() {
    return startMillis >= 0;
  }

  /** From the job's beginning to its end, or to now while it runs; 0 before it begins. */
  protected final long elapsedMillis() {
    if (startMillis < 0) {
      return 0;
    }
    return (endMillis < 0 ? System.currentTimeMillis() : endMillis) - startMillis;
  }

  protected final long itemsRead() {
    return read;
  }

  protected final boolean sourcePaused() {
    return sourcePaused;
  }

  /** Whether {@link #onSourceEnd()} was called. */
  protected final boolean sourceEnded() {
    return sourceEnded;
  }

  protected final Throwable sourceError() {
    return sourceError;
  }

  protected final boolean cancelled() {
    return cancelled;
  }

  protected final boolean finished() {
    return finished;
  }

  /** Calls the progress handler with {@link #progress()} every {@code intervalMillis} until the job finishes. */
  protected final void reportProgressEvery(long intervalMillis) {
    if (!finished && progressTimer == -1) {
      progressTimer = ctx.owner().setPeriodic(intervalMillis, id -> reportProgress(progress()));
    }
  }

  protected final void reportProgress(BulkProgress progress) {
    if (progressHandler != null) {
      progressHandler.handle(progress);
    }
  }

  /** The job is over: the summary completes, then the outcome stream ends after what it holds. */
  protected final void complete(BulkSummary result) {
    if (close()) {
      summary.complete(result);
      outcomes.end();
    }
  }

  /** The job broke off: the summary and the outcome stream fail with {@code cause}. */
  protected final void failWith(Throwable cause) {
    if (close()) {
      summary.fail(cause);
      outcomes.fail(cause);
    }
  }

  private boolean close() {
    if (finished) {
      return false;
    }
    letSourceFlow(false);
    finished = true;
    endMillis = System.currentTimeMillis();
    if (progressTimer != -1) {
      ctx.owner().cancelTimer(progressTimer);
      progressTimer = -1;
    }
    return true;
  }

  @Override
  public final ReadStream<BulkOutcome<I>> outcomes() {
    return outcomes;
  }

  @Override
  public final Future<BulkSummary> summary() {
    return summary.future();
  }

  @Override
  public final BulkJob<I> progressHandler(Handler<BulkProgress> handler) {
    ctx.execute(() -> progressHandler = handler);
    return this;
  }

  @Override
  public final void cancel() {
    ctx.execute(() -> {
      if (!cancelled && !finished) {
        cancelled = true;
        onCancel();
      }
    });
  }
}
