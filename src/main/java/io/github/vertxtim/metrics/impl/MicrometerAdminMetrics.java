package io.github.vertxtim.metrics.impl;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import java.util.function.IntSupplier;

import static io.github.vertxtim.metrics.TimMetricNames.ADMIN_BULK_JOBS;
import static io.github.vertxtim.metrics.TimMetricNames.ADMIN_CALLS_IN_FLIGHT;
import static io.github.vertxtim.metrics.TimMetricNames.ADMIN_OVERLOADED;
import static io.github.vertxtim.metrics.TimMetricNames.TAG_KIND;

/** The admin verticle's meters: the gauges read the instances' own slot counters, so nothing is counted twice. */
final class MicrometerAdminMetrics implements AdminMetrics {

  private final MeterRegistry registry;
  private final Counter overloadedCalls;
  private final Counter overloadedBulks;

  MicrometerAdminMetrics(MeterRegistry registry) {
    this.registry = registry;
    this.overloadedCalls = overloaded("call");
    this.overloadedBulks = overloaded("bulk");
  }

  private Counter overloaded(String kind) {
    return Counter.builder(ADMIN_OVERLOADED).description("Requests answered OVERLOADED: every instance was full")
        .tag(TAG_KIND, kind).register(registry);
  }

  @Override
  public Runnable instance(IntSupplier callsInFlight, IntSupplier bulkJobs) {
    Runnable calls = SummedGauge.add(registry, ADMIN_CALLS_IN_FLIGHT, "Calls the admin verticle instances work on",
        callsInFlight);
    Runnable jobs = SummedGauge.add(registry, ADMIN_BULK_JOBS, "Bulk jobs the admin verticle instances run",
        bulkJobs);
    return () -> {
      calls.run();
      jobs.run();
    };
  }

  @Override
  public void overloaded(boolean call) {
    (call ? overloadedCalls : overloadedBulks).increment();
  }
}
