package io.github.vertxtim.internal;

import java.util.concurrent.ThreadLocalRandom;

/** Where every MsgRandom the client sends is drawn: a 32-bit unsigned value, as the service takes it. */
public final class MsgRandoms {

  private static final long BOUND = 1L << 32;

  private MsgRandoms() {
  }

  public static long draw() {
    return ThreadLocalRandom.current().nextLong(BOUND);
  }
}
