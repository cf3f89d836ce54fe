package io.github.vertxtim.metrics.impl;

import io.github.vertxtim.TimAttempt;
import io.github.vertxtim.TimErrorCategory;
import io.github.vertxtim.bulk.BulkOutcome;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

import static io.github.vertxtim.metrics.TimMetricNames.BULK_ITEMS;
import static io.github.vertxtim.metrics.TimMetricNames.CLIENT_ATTEMPTS;
import static io.github.vertxtim.metrics.TimMetricNames.CLIENT_CALLS;
import static io.github.vertxtim.metrics.TimMetricNames.CLIENT_ERRORS;
import static io.github.vertxtim.metrics.TimMetricNames.CLIENT_PACER_WAIT;
import static io.github.vertxtim.metrics.TimMetricNames.CLIENT_RETRIES;
import static io.github.vertxtim.metrics.TimMetricNames.TAG_CODE;
import static io.github.vertxtim.metrics.TimMetricNames.TAG_ENDPOINT;
import static io.github.vertxtim.metrics.TimMetricNames.TAG_OUTCOME;
import static io.github.vertxtim.metrics.TimMetricNames.TAG_REASON;
import static io.github.vertxtim.metrics.TimMetricNames.TAG_STATUS;

/**
 * The meters of one endpoint tag, each made on first use: an outcome or code never seen registers nothing. Two
 * threads may make the same meter at once; the registry gives both the same one, so the race is harmless.
 */
final class EndpointMeters {

  private static final TimErrorCategory[] CATEGORIES = TimErrorCategory.values();
  private static final TimAttempt.Next[] NEXTS = TimAttempt.Next.values();
  private static final BulkOutcome.Status[] STATUSES = BulkOutcome.Status.values();

  private final MeterRegistry registry;
  private final String endpoint;
  final Counter attempts;
  private volatile Timer ok;
  /** By TimErrorCategory ordinal. */
  private final Timer[] failed = new Timer[CATEGORIES.length];
  private final Counter[] retries = new Counter[NEXTS.length];
  private final Counter[] bulkItems = new Counter[STATUSES.length];
  private final ConcurrentHashMap<Integer, Counter> errors = new ConcurrentHashMap<>();
  private volatile Timer pacerWait;

  EndpointMeters(MeterRegistry registry, String endpoint) {
    this.registry = registry;
    this.endpoint = endpoint;
    this.attempts = Counter.builder(CLIENT_ATTEMPTS).description("Attempts sent, one per HTTP request")
        .tag(TAG_ENDPOINT, endpoint).register(registry);
  }

  Timer call(TimErrorCategory failure) {
    if (failure == null) {
      Timer t = ok;
      return t != null ? t : (ok = callTimer("ok"));
    }
    int i = failure.ordinal();
    Timer t = failed[i];
    return t != null ? t : (failed[i] = callTimer(lower(failure)));
  }

  private Timer callTimer(String outcome) {
    // a histogram for latency quantiles in Prometheus; 1 ms .. 30 s covers a WAN round trip and the retry budget
    return Timer.builder(CLIENT_CALLS).description("Calls from start to outcome, over all their attempts")
        .tag(TAG_ENDPOINT, endpoint).tag(TAG_OUTCOME, outcome)
        .publishPercentileHistogram().minimumExpectedValue(Duration.ofMillis(1))
        .maximumExpectedValue(Duration.ofSeconds(30)).register(registry);
  }

  Counter error(int code) {
    Counter c = errors.get(code);
    return c != null ? c : errors.computeIfAbsent(code, k -> Counter.builder(CLIENT_ERRORS)
        .description("Failed attempts by ErrorCode").tag(TAG_ENDPOINT, endpoint).tag(TAG_CODE, Integer.toString(k))
        .register(registry));
  }

  Counter retry(TimAttempt.Next next) {
    int i = next.ordinal();
    Counter c = retries[i];
    return c != null ? c : (retries[i] = Counter.builder(CLIENT_RETRIES)
        .description("Attempts that followed a failed one").tag(TAG_ENDPOINT, endpoint).tag(TAG_REASON, lower(next))
        .register(registry));
  }

  Timer pacerWait() {
    Timer t = pacerWait;
    return t != null ? t : (pacerWait = Timer.builder(CLIENT_PACER_WAIT)
        .description("Time waiting for a slot of the endpoint's quota").tag(TAG_ENDPOINT, endpoint)
        .register(registry));
  }

  Counter bulkItems(BulkOutcome.Status status) {
    int i = status.ordinal();
    Counter c = bulkItems[i];
    return c != null ? c : (bulkItems[i] = Counter.builder(BULK_ITEMS).description("Bulk job items by outcome")
        .tag(TAG_ENDPOINT, endpoint).tag(TAG_STATUS, lower(status)).register(registry));
  }

  private static String lower(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT);
  }
}
