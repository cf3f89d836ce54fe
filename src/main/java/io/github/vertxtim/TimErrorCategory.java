package io.github.vertxtim;

/** What kind of failure a {@link TimException} is, so callers can react without knowing every code. */
public enum TimErrorCategory {
  /** A call-frequency limit was hit; the request was not executed. Retry later. */
  RATE_LIMITED(true),
  /** The usersig, identifier or sdkappid was refused. The client renews its usersig and retries once. */
  AUTH(false),
  /** The caller lacks a right (not an app admin, feature not enabled, edition too low). */
  PERMISSION(false),
  /** The request itself is wrong (parameters, JSON, sizes, limits per request). */
  INVALID_REQUEST(false),
  /** An account, group, message or other object does not exist. */
  NOT_FOUND(false),
  /** The request was valid but a business rule refused it (already a member, blocklisted, muted, quota). */
  REJECTED(false),
  /** The service failed internally or gave no usable answer (502, internal error codes). */
  SERVER(true),
  /** No complete answer arrived within the deadline. */
  TIMEOUT(true),
  /** The connection could not be made or broke. */
  NETWORK(true),
  /** The client refused the call locally (closed client, full wait queue, bad argument). */
  CLIENT(false);

  private final boolean transientFailure;

  TimErrorCategory(boolean transientFailure) {
    this.transientFailure = transientFailure;
  }

  /** Whether the same request may succeed later without change. */
  public boolean isTransient() {
    return transientFailure;
  }
}
