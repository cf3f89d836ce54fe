package io.github.vertxtim.registry;

/** Whether a request to an endpoint may be sent again after an outcome the client did not see. */
public enum RetrySafety {
  /** Repeating the request cannot change state beyond what the first success did. */
  SAFE,
  /** Safe only because the service de-duplicates on {@code MsgRandom}; the client keeps it across attempts. */
  MSG_RANDOM,
  /** Repeating it may duplicate an effect (create, add, send without de-duplication). */
  UNSAFE;

  public boolean allowsRetry() {
    return this != UNSAFE;
  }
}
