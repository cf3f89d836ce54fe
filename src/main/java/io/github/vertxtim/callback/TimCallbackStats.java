package io.github.vertxtim.callback;

import java.util.Map;

/** Counters of a receiver since it was created, read at any time from any thread (for metrics). */
public interface TimCallbackStats {

  /** Requests that reached the receiver. */
  long received();

  /** Requests refused, by reason (every reason present, 0 when none). */
  Map<CallbackRejection.Reason, Long> rejected();

  /** Before-callbacks answered with the configured default: late, failed, or without a handler or consumer. */
  long answeredByDefault();

  /** After-events dropped as repeats by the de-duplication window. */
  long duplicatesDropped();

  /** Handlers whose Future failed (or whose answer did not fit the command); answered FAIL. */
  long handlerFailures();
}
