package io.github.vertxtim;

/**
 * One failed attempt of a call and what the client does next, as {@link TimClient#attemptHandler} reports it while
 * the call is still running (a slow call that retries is otherwise silent until its end).
 *
 * @param service       the endpoint's service
 * @param command       the endpoint's command
 * @param attempt       1 for the first attempt, 2 for the next …
 * @param elapsedMillis since the call started
 * @param failure       why the attempt failed (redacted like every TimException: no usersig, no key)
 * @param next          what happens next
 * @param delayMillis   the wait before the next attempt when {@code next} is {@link Next#RETRY}, else 0
 */
public record TimAttempt(String service, String command, int attempt, long elapsedMillis, TimException failure,
                         Next next, long delayMillis) {

  /** What the client does after a failed attempt. */
  public enum Next {
    /** Signs a new usersig and tries again at once (the service refused the usersig). */
    RENEW_USERSIG,
    /** Tries the region's backup domain (the primary could not be reached). */
    BACKUP_DOMAIN,
    /** Waits {@code delayMillis} and tries again (a transient failure on a retry-safe call). */
    RETRY,
    /** Gives up: the call fails with {@code failure}. */
    FAIL
  }
}
