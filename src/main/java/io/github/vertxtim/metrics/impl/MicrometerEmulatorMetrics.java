package io.github.vertxtim.metrics.impl;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import java.util.concurrent.ConcurrentHashMap;

import static io.github.vertxtim.metrics.TimMetricNames.EMULATOR_FAULTS;
import static io.github.vertxtim.metrics.TimMetricNames.EMULATOR_RATE_LIMITED;
import static io.github.vertxtim.metrics.TimMetricNames.EMULATOR_REQUESTS;
import static io.github.vertxtim.metrics.TimMetricNames.TAG_CODE;
import static io.github.vertxtim.metrics.TimMetricNames.TAG_ENDPOINT;
import static io.github.vertxtim.metrics.TimMetricNames.TAG_KIND;
import static io.github.vertxtim.metrics.TimMetricNames.UNREGISTERED;

/** The emulator's meters; paths come from its registry, so the endpoint tags are bounded by it. */
final class MicrometerEmulatorMetrics implements EmulatorMetrics {

  private final MeterRegistry registry;
  private final ConcurrentHashMap<String, Counter> requests = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, Counter> rateLimited = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, Counter> faults = new ConcurrentHashMap<>();

  MicrometerEmulatorMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  @Override
  public void answer(String path, int errorCode) {
    String endpoint = path == null ? UNREGISTERED : path;
    requests.computeIfAbsent(endpoint + '#' + errorCode, k -> Counter.builder(EMULATOR_REQUESTS)
        .description("Requests the emulator answered, by endpoint and ErrorCode")
        .tag(TAG_ENDPOINT, endpoint).tag(TAG_CODE, Integer.toString(errorCode)).register(registry)).increment();
  }

  @Override
  public void rateLimited(String path) {
    rateLimited.computeIfAbsent(path, p -> Counter.builder(EMULATOR_RATE_LIMITED)
        .description("60007 answers of the emulator's rate limiter").tag(TAG_ENDPOINT, p).register(registry))
        .increment();
  }

  @Override
  public void fault(String kind) {
    faults.computeIfAbsent(kind, k -> Counter.builder(EMULATOR_FAULTS).description("Faults the emulator injected")
        .tag(TAG_KIND, k).register(registry)).increment();
  }
}
