package io.github.vertxtim.internal;

import io.github.vertxtim.QuotaPacer;
import io.vertx.core.Future;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** One {@link RatePacer} per endpoint, in this JVM: the pacer a client uses unless it is given another. */
public final class LocalQuotaPacer implements QuotaPacer {

  private final Map<String, RatePacer> pacers = new ConcurrentHashMap<>();

  @Override
  public Future<Long> reserve(String path, int permits, double permitsPerSecond) {
    RatePacer pacer = pacers.computeIfAbsent(path, p -> new RatePacer(permitsPerSecond));
    synchronized (pacer) {
      pacer.setRate(permitsPerSecond);
      return Future.succeededFuture(pacer.reserve(permits, System.currentTimeMillis()));
    }
  }
}
