package io.github.vertxtim.bulk;

/**
 * A snapshot of a running job.
 *
 * @param total         items expected (the list's size or {@link BulkOptions#setExpectedTotal}), or -1 when unknown
 * @param done          items with an outcome (ok + failed + cancelled)
 * @param itemsPerSecond outcomes per second since the start
 * @param etaMillis     estimated time to the end, or -1 when the total is unknown
 */
public record BulkProgress(long total, long done, long ok, long failed, long cancelled, long inFlight,
                           double itemsPerSecond, long etaMillis, long elapsedMillis) {
}
