package io.github.vertxtim.metrics.impl;

import io.github.vertxtim.TimAttempt;
import io.github.vertxtim.TimErrorCategory;
import io.github.vertxtim.bulk.BulkOutcome;
import io.github.vertxtim.registry.Endpoint;
import io.vertx.core.Future;

/**
 * What a client's call path reports (names in docs/observability.md). No Micrometer type appears here, so the call
 * path links without Micrometer; {@link #NONE} is what it holds when metrics are off, and costs an empty call.
 */
public interface ClientMetrics {

  ClientMetrics NONE = new ClientMetrics() {
  };

  /** A start time for {@link #connectionWait}: {@code System.nanoTime()} when metrics are on, 0 (no clock read) off. */
  default long clock() {
    return 0;
  }

  /** A call begins (it is in flight until {@link #callEnded}). */
  default void callStarted() {
  }

  /**
   * A call has its outcome, {@code failure} null for OK.
   *
   * @param startNanos its {@code System.nanoTime()} at the start
   */
  default void callEnded(Endpoint endpoint, TimErrorCategory failure, long startNanos) {
  }

  /** An attempt is sent. */
  default void attempt(Endpoint endpoint) {
  }

  /** An attempt failed with this ErrorCode (the service's, or the client's negative one). */
  default void attemptFailed(Endpoint endpoint, int errorCode) {
  }

  /** Another attempt follows a failed one: a retry, a usersig renewal or a try on the backup domain. */
  default void retry(Endpoint endpoint, TimAttempt.Next next) {
  }

  /** A usersig was fetched (generated or asked from the supplier). */
  default void userSigRenewal(boolean ok) {
  }

  /** A connection from the pool was obtained (or failed to be), {@code startNanos} from {@link #clock()}. */
  default void connectionWait(long startNanos) {
  }

  /** Measures the wait for a quota slot of {@code endpoint}; returns {@code slot} or a future completing with it. */
  default Future<Void> pacerWait(Endpoint endpoint, Future<Void> slot) {
    return slot;
  }

  /** A bulk job item has its outcome. */
  default void bulkItem(Endpoint endpoint, BulkOutcome.Status status) {
  }

  /** The client closed: its share of the in-flight gauge goes. */
  default void close() {
  }
}
