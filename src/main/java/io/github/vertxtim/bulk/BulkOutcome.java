package io.github.vertxtim.bulk;

/**
 * The final outcome of one input item of a bulk job. Every item gets exactly one.
 *
 * @param item      the item as given
 * @param status    OK, FAILED, CANCELLED, or UNKNOWN (a resumed journaled job: in flight on an UNSAFE endpoint when
 *                  an earlier run stopped, not sent again; code {@code UNKNOWN_OUTCOME})
 * @param errorCode 0 when OK; the service's per-item or whole-call ErrorCode, or a negative client code
 * @param errorInfo why it failed, empty when OK
 * @param attempts  how many requests carried this item
 */
public record BulkOutcome<I>(I item, Status status, int errorCode, String errorInfo, int attempts) {

  public enum Status { OK, FAILED, CANCELLED, UNKNOWN }

  public boolean ok() {
    return status == Status.OK;
  }
}
