package io.github.vertxtim.callback;

/**
 * What the receiver answers a before-callback when the decision is not there in time (the handler's Future has not
 * completed inside the answer budget, no event-bus consumer replied) or could not be made (the handler failed).
 */
public enum CallbackDefault {
  /** Let the action happen: Tencent's own default when a before-callback fails. */
  ALLOW,
  /** Refuse the action (ErrorCode 1; for the Sns before-callbacks a ResultItem refusing every target). */
  REJECT
}
