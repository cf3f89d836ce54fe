package io.github.vertxtim.registry;

/** Whether Tencent waits for the answer to a callback before it commits the action. */
public enum CallbackDirection {
  /** Sent before the action; the answer decides whether (and sometimes in what form) it happens. */
  BEFORE,
  /** A notification after the action; the answer is ignored. */
  AFTER
}
