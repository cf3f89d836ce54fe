package io.github.vertxtim.emulator.impl.callback;

import java.util.concurrent.atomic.LongAdder;

/** What the callback sender did, written from event loops and read from any thread (the emulator's stats). */
public final class CallbackCounters {

  final LongAdder sent = new LongAdder();
  final LongAdder dropped = new LongAdder();
  final LongAdder failed = new LongAdder();

  /** HTTP requests sent to the app's backend: every copy and retry. */
  public long sent() {
    return sent.sum();
  }

  /** After-callbacks not sent because the in-flight cap was reached (before-callbacks then follow the policy). */
  public long dropped() {
    return dropped.sum();
  }

  /** Requests without a usable answer: timeout, connection error, status other than 200, body not a JSON object. */
  public long failed() {
    return failed.sum();
  }

  public void reset() {
    sent.reset();
    dropped.reset();
    failed.reset();
  }
}
