package io.github.vertxtim.callback;

/**
 * A request the receiver refused before any handler saw it. Its {@link #toString()} is the receiver's log line:
 * it never holds a token, the Sign or the body.
 *
 * @param reason  why
 * @param status  the HTTP status answered
 * @param command the query's CallbackCommand as sent (null when absent)
 * @param remote  the peer's address
 * @param detail  a short explanation
 */
public record CallbackRejection(Reason reason, int status, String command, String remote, String detail) {

  /** Why a request was refused, with the HTTP status it gets. */
  public enum Reason {
    /** The query's SdkAppid is missing or not the configured one. */
    WRONG_SDKAPPID(403),
    /** No Sign or no RequestTime while a token is configured. */
    MISSING_SIGN(401),
    /** The Sign matches none of the configured tokens. */
    BAD_SIGN(401),
    /** RequestTime is not a number of seconds, or further from now than the allowed clock skew. */
    STALE_REQUEST_TIME(401),
    /** No CallbackCommand in the query. */
    MISSING_COMMAND(400),
    /** The body's CallbackCommand (or a Push item's) is not the query's. */
    COMMAND_MISMATCH(400),
    /** The body is longer than the configured limit. */
    BODY_TOO_LARGE(413),
    /** The body is not a JSON object, or does not fit the command's event record. */
    MALFORMED_BODY(400);

    private final int status;

    Reason(int status) {
      this.status = status;
    }

    public int status() {
      return status;
    }
  }

  @Override
  public String toString() {
    return "TIM callback refused (" + status + " " + reason + "): " + detail + "; command="
        + (command == null ? "-" : command) + " from " + remote;
  }
}
