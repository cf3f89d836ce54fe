package io.github.vertxtim.bulk;

import java.util.Map;

/**
 * The accounting of a finished job: {@code ok + failed + cancelled + skipped + unknown == items}, always.
 *
 * @param items          input items read
 * @param calls          requests sent (retries included)
 * @param retriedItems   item attempts beyond the first
 * @param failuresByCode failed items per ErrorCode
 * @param sourceError    the failure of the input stream, if it failed (items read before it are accounted for)
 * @param skipped        items a journal says got their outcome in an earlier run: not sent, no outcome now
 * @param resumed        items in flight when an earlier run stopped, sent again (SAFE, or MSG_RANDOM in its window)
 * @param unknown        items in flight when an earlier run stopped that may not be sent again: outcome UNKNOWN
 * @param journalError   why the journal could not be kept (the job was then cancelled), or null
 */
public record BulkSummary(long items, long ok, long failed, long cancelled, long calls, long retriedItems,
                          long elapsedMillis, Map<Integer, Long> failuresByCode, Throwable sourceError,
                          long skipped, long resumed, long unknown, Throwable journalError) {

  public BulkSummary {
    failuresByCode = Map.copyOf(failuresByCode);
  }

  /** A job without a journal. */
  public BulkSummary(long items, long ok, long failed, long cancelled, long calls, long retriedItems,
                     long elapsedMillis, Map<Integer, Long> failuresByCode, Throwable sourceError) {
    this(items, ok, failed, cancelled, calls, retriedItems, elapsedMillis, failuresByCode, sourceError, 0, 0, 0,
        null);
  }

  /** Whether every item succeeded (those skipped were accounted for by the run that settled them). */
  public boolean allOk() {
    return ok + skipped == items && sourceError == null && journalError == null;
  }
}
