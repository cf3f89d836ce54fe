package io.github.vertxtim.metrics.impl;

import io.github.vertxtim.TimAttempt;
import io.github.vertxtim.TimErrorCategory;
import io.github.vertxtim.bulk.BulkOutcome;
import io.github.vertxtim.registry.Endpoint;
import io.github.vertxtim.registry.EndpointRegistry;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.vertx.core.Future;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static io.github.vertxtim.metrics.TimMetricNames.CLIENT_CALLS_IN_FLIGHT;
import static io.github.vertxtim.metrics.TimMetricNames.CLIENT_CONNECTION_WAIT;
import static io.github.vertxtim.metrics.TimMetricNames.CLIENT_USERSIG_RENEWALS;
import static io.github.vertxtim.metrics.TimMetricNames.TAG_RESULT;
import static io.github.vertxtim.metrics.TimMetricNames.UNREGISTERED;

/**
 * A client's meters. The meters of an endpoint are looked up by service, then command (two lookups on strings
 * whose hash is cached; {@code Endpoint.path()} would build a string per call) and made on first use; an endpoint
 * the registry does not know shares the meters tagged {@code unregistered}, so arbitrary names never become tags.
 */
final class MicrometerClientMetrics implements ClientMetrics {

  private final MeterRegistry registry;
  private final EndpointRegistry endpoints;
  private final ConcurrentHashMap<String, ConcurrentHashMap<String, EndpointMeters>> byService =
      new ConcurrentHashMap<>();
  private final EndpointMeters unregistered;
  private final AtomicInteger inFlight = new AtomicInteger();
  private final Runnable removeInFlight;
  private final Timer connectionWait;
  private final Counter userSigOk;
  private final Counter userSigFailed;

  MicrometerClientMetrics(MeterRegistry registry, EndpointRegistry endpoints) {
    this.registry = registry;
    this.endpoints = endpoints;
    this.unregistered = new EndpointMeters(registry, UNREGISTERED);
    this.removeInFlight = SummedGauge.add(registry, CLIENT_CALLS_IN_FLIGHT,
        "Calls started and without an outcome yet", inFlight::get);
    this.connectionWait = Timer.builder(CLIENT_CONNECTION_WAIT)
        .description("Time to get a pooled connection, connecting a new one included").register(registry);
    this.userSigOk = renewals("ok");
    this.userSigFailed = renewals("failed");
  }

  private Counter renewals(String result) {
    return Counter.builder(CLIENT_USERSIG_RENEWALS).description("Usersigs fetched (generated or from the supplier)")
        .tag(TAG_RESULT, result).register(registry);
  }

  private EndpointMeters meters(Endpoint endpoint) {
    ConcurrentHashMap<String, EndpointMeters> commands = byService.get(endpoint.service());
    if (commands != null) {
      EndpointMeters m = commands.get(endpoint.command());
      if (m != null) {
        return m;
      }
    }
    if (endpoints.find(endpoint.service(), endpoint.command()).isEmpty()) {
      return unregistered;
    }
    return byService.computeIfAbsent(endpoint.service(), s -> new ConcurrentHashMap<>())
        .computeIfAbsent(endpoint.command(), c -> new EndpointMeters(registry, endpoint.path()));
  }

  @Override
  public long clock() {
    return System.nanoTime();
  }

  @Override
  public void callStarted() {
    inFlight.incrementAndGet();
  }

  @Override
  public void callEnded(Endpoint endpoint, TimErrorCategory failure, long startNanos) {
    inFlight.decrementAndGet();
    meters(endpoint).call(failure).record(System.nanoTime() - startNanos, TimeUnit.NANOSECONDS);
  }

  @Override
  public void attempt(Endpoint endpoint) {
    meters(endpoint).attempts.increment();
  }

  @Override
  public void attemptFailed(Endpoint endpoint, int errorCode) {
    meters(endpoint).error(errorCode).increment();
  }

  @Override
  public void retry(Endpoint endpoint, TimAttempt.Next next) {
    meters(endpoint).retry(next).increment();
  }

  @Override
  public void userSigRenewal(boolean ok) {
    (ok ? userSigOk : userSigFailed).increment();
  }

  @Override
  public void connectionWait(long startNanos) {
    connectionWait.record(System.nanoTime() - startNanos, TimeUnit.NANOSECONDS);
  }

  @Override
  public Future<Void> pacerWait(Endpoint endpoint, Future<Void> slot) {
    long start = System.nanoTime();
    Timer timer = meters(endpoint).pacerWait();
    return slot.andThen(ar -> timer.record(System.nanoTime() - start, TimeUnit.NANOSECONDS));
  }

  @Override
  public void bulkItem(Endpoint endpoint, BulkOutcome.Status status) {
    meters(endpoint).bulkItems(status).increment();
  }

  @Override
  public void close() {
    removeInFlight.run();
  }
}
