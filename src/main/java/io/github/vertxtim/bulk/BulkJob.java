package io.github.vertxtim.bulk;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.streams.ReadStream;

/**
 * A running bulk job. It starts on the next turn of its context, so handlers set right after creation see everything.
 * Its outcome stream applies backpressure: while the consumer pauses it and its buffer is full, the job stops
 * sending and pauses its source. With no outcome handler set, outcomes are only counted.
 */
public interface BulkJob<I> {

  /** Every item's outcome, in completion order. Ends after the last one. */
  ReadStream<BulkOutcome<I>> outcomes();

  /** Completes when every item has its outcome. */
  Future<BulkSummary> summary();

  /** Called every {@link BulkOptions#getProgressIntervalMillis()} and once at the end. */
  BulkJob<I> progressHandler(Handler<BulkProgress> handler);

  /** A snapshot now. */
  BulkProgress progress();

  /**
   * Stops sending. Requests in flight finish and report their real outcome; every item not yet sent (including
   * those still in the source, which is drained) is reported as CANCELLED.
   */
  void cancel();
}
