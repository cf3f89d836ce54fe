package io.github.vertxtim.internal;

import io.github.vertxtim.QuotaPacer;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;

/** Waiting for a quota slot, with a new slot taken when the wait ended late (see {@link QuotaPacer#acquire}). */
public final class Pacing {

  static final int MAX_LATE_RESERVATIONS = 3;

  private Pacing() {
  }

  public static Future<Void> acquire(Vertx vertx, QuotaPacer pacer, String path, int permits, double rate) {
    // Half the time this request's permits take up, at least 2 ms (timer granularity).
    long toleranceNanos = Math.max(2_000_000L, (long) (permits * 1e9 / rate / 2));
    Promise<Void> promise = Promise.promise();
    attempt(vertx, pacer, path, permits, rate, toleranceNanos, 0, promise);
    return promise.future();
  }

  private static void attempt(Vertx vertx, QuotaPacer pacer, String path, int permits, double rate,
                              long toleranceNanos, int late, Promise<Void> promise) {
    pacer.reserve(path, permits, rate).onComplete(ar -> {
      if (ar.failed()) {
        promise.fail(ar.cause());
        return;
      }
      long delay = ar.result();
      if (delay <= 0) {
        promise.complete();
        return;
      }
      long due = System.nanoTime() + delay * 1_000_000L;
      vertx.setTimer(delay, id -> {
        if (System.nanoTime() - due > toleranceNanos && late < MAX_LATE_RESERVATIONS) {
          attempt(vertx, pacer, path, permits, rate, toleranceNanos, late + 1, promise);
        } else {
          promise.complete();
        }
      });
    });
  }
}
