package io.github.vertxtim.callback.impl;

import io.github.vertxtim.callback.CallbackRejection;
import io.github.vertxtim.callback.TimCallbackStats;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/** The counters of one receiver. */
final class ReceiverStats implements TimCallbackStats {

  final LongAdder received = new LongAdder();
  final LongAdder answeredByDefault = new LongAdder();
  final LongAdder duplicatesDropped = new LongAdder();
  final LongAdder handlerFailures = new LongAdder();
  private final EnumMap<CallbackRejection.Reason, LongAdder> rejected = new EnumMap<>(CallbackRejection.Reason.class);

  ReceiverStats() {
    for (CallbackRejection.Reason r : CallbackRejection.Reason.values()) {
      rejected.put(r, new LongAdder());
    }
  }

  void rejected(CallbackRejection.Reason reason) {
    rejected.get(reason).increment();
  }

  @Override
  public long received() {
    return received.sum();
  }

  @Override
  public Map<CallbackRejection.Reason, Long> rejected() {
    EnumMap<CallbackRejection.Reason, Long> copy = new EnumMap<>(CallbackRejection.Reason.class);
    rejected.forEach((r, n) -> copy.put(r, n.sum()));
    return copy;
  }

  @Override
  public long answeredByDefault() {
    return answeredByDefault.sum();
  }

  @Override
  public long duplicatesDropped() {
    return duplicatesDropped.sum();
  }

  @Override
  public long handlerFailures() {
    return handlerFailures.sum();
  }

  @Override
  public String toString() {
    return "received=" + received() + " rejected=" + rejected() + " answeredByDefault=" + answeredByDefault()
        + " duplicatesDropped=" + duplicatesDropped() + " handlerFailures=" + handlerFailures();
  }
}
