package io.github.vertxtim.bulk;

import io.github.vertxtim.TimErrorCode;
import io.github.vertxtim.TimException;

/**
 * The failure of a bulk job that broke off before every item had its outcome from the service (over the event bus:
 * the node serving the job died or stopped answering). The code is the one that broke it ({@code TIMEOUT},
 * {@code NO_HANDLERS}, {@code CLIENT_CLOSED} …). Every item still got exactly one outcome before this failure:
 * those the service reported, then {@link TimErrorCode#UNKNOWN_OUTCOME} (status UNKNOWN) for each item that was
 * sent and not reported back, and {@link TimErrorCode#NOT_SENT} (CANCELLED) for each item that never left;
 * {@link #summary()} counts them all ({@code ok + failed + cancelled + unknown == items}).
 */
public class BulkJobBrokenException extends TimException {

  private final transient BulkSummary summary;
  private final long unknownOutcomes;
  private final long notSent;

  public BulkJobBrokenException(TimException cause, BulkSummary summary, long unknownOutcomes, long notSent) {
    super(cause.errorCode(), "bulk job broke off with " + unknownOutcomes + " item(s) sent and not reported back"
        + " (outcome unknown) and " + notSent + " not sent: " + cause.errorInfo(), cause.service(), cause.command(),
        false, cause);
    this.summary = summary;
    this.unknownOutcomes = unknownOutcomes;
    this.notSent = notSent;
  }

  /** The accounting of every item read, as if the job had ended. */
  public BulkSummary summary() {
    return summary;
  }

  /** Items sent whose outcome never came back (each reported {@link TimErrorCode#UNKNOWN_OUTCOME}). */
  public long unknownOutcomes() {
    return unknownOutcomes;
  }

  /** Items read from the source and never sent (each reported {@link TimErrorCode#NOT_SENT}). */
  public long notSent() {
    return notSent;
  }
}
