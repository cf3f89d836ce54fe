package io.github.vertxtim.bulk;

import java.util.Map;

/**
 * The accounting of a finished job: {@code ok + failed + cancelled == items}, always.
 *
 * @param items          input items read
 * @param calls          requests sent (retries included)
 * @param retriedItems   item attempts beyond the first
 * @param failuresByCode failed items per ErrorCode
 * @param sourceError    the failure of the input stream, if it failed (items read before it are accounted for)
 */
public record BulkSummary(long items, long ok, long failed, long cancelled, long calls, long retriedItems,
                          long elapsedMillis, Map<Integer, Long> failuresByCode, Throwable sourceError) {

  public BulkSummary {
    failuresByCode = Map.copyOf(failuresByCode);
  }

  /** Whether every item succeeded. */
  public boolean allOk() {
    return ok == items && sourceError == null;
  }
}
