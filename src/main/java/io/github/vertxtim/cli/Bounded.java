package io.github.vertxtim.cli;

import io.vertx.core.AsyncResult;
import io.vertx.core.Future;
import io.vertx.core.Promise;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * Runs one async call per input with at most {@code maxInFlight} outstanding; the result lists every call's
 * outcome in input order (failures included), so one failed chunk does not hide the others.
 */
final class Bounded<T, R> {

  private final List<T> inputs;
  private final int maxInFlight;
  private final Function<T, Future<R>> call;
  private final AsyncResult<R>[] outcomes;
  private final Promise<List<AsyncResult<R>>> done = Promise.promise();
  private int next;
  private int inFlight;
  private int completed;
  private int peakInFlight;

  @SuppressWarnings("unchecked")
  private Bounded(List<T> inputs, int maxInFlight, Function<T, Future<R>> call) {
    if (maxInFlight < 1) {
      throw new IllegalArgumentException("maxInFlight must be >= 1");
    }
    this.inputs = List.copyOf(inputs);
    this.maxInFlight = maxInFlight;
    this.call = call;
    this.outcomes = new AsyncResult[inputs.size()];
  }

  static <T, R> Bounded<T, R> of(List<T> inputs, int maxInFlight, Function<T, Future<R>> call) {
    return new Bounded<>(inputs, maxInFlight, call);
  }

  Future<List<AsyncResult<R>>> run() {
    if (inputs.isEmpty()) {
      done.tryComplete(List.of());
    } else {
      launch();
    }
    return done.future();
  }

  /** The most calls that were outstanding at once. */
  synchronized int peakInFlight() {
    return peakInFlight;
  }

  private synchronized void launch() {
    while (inFlight < maxInFlight && next < inputs.size()) {
      int i = next++;
      inFlight++;
      peakInFlight = Math.max(peakInFlight, inFlight);
      Future<R> f;
      try {
        f = call.apply(inputs.get(i));
      } catch (RuntimeException e) {
        f = Future.failedFuture(e);
      }
      f.onComplete(ar -> completed(i, ar));
    }
  }

  private void completed(int i, AsyncResult<R> ar) {
    boolean all;
    synchronized (this) {
      outcomes[i] = ar;
      inFlight--;
      completed++;
      all = completed == inputs.size();
    }
    if (all) {
      done.tryComplete(new ArrayList<>(Arrays.asList(outcomes)));
    } else {
      launch();
    }
  }

  /** Splits {@code items} into consecutive chunks of at most {@code size}. */
  static <E> List<List<E>> chunks(List<E> items, int size) {
    List<List<E>> chunks = new ArrayList<>();
    for (int i = 0; i < items.size(); i += size) {
      chunks.add(List.copyOf(items.subList(i, Math.min(items.size(), i + size))));
    }
    return chunks;
  }
}
