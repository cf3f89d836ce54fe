package io.github.vertxtim.tests.observability;

import io.github.vertxtim.tests.WithoutClasses;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * vertx-opentelemetry is optional: without it a traced call, retried after a failed attempt, still works under
 * another tracer with its attempts as attributes, and no OpenTelemetry class is asked for but by the one presence
 * check (neither their classes nor their service files are in {@link NoOpenTelemetryRun}'s class loader).
 */
class NoOpenTelemetryTest {

  @Test
  void underAnotherTracerNoOpenTelemetryClassIsLoaded() throws Exception {
    WithoutClasses loader = new WithoutClasses(getClass().getClassLoader(),
        List.of("io.opentelemetry.", "io.vertx.tracing.opentelemetry."),
        List.of("/io/opentelemetry/", "vertx-opentelemetry"));
    Object result = loader.call(NoOpenTelemetryRun.class, "run");
    assertThat(result).isEqualTo("call OK; tim im_open_login_svc/account_check tim.attempts=2 tim.retries=1 "
        + "tim.attempt_errors=60007");
    // the failed attempt asked once whether vertx-opentelemetry is there; nothing else asked for OpenTelemetry
    assertThat(loader.refused).containsExactly("io.vertx.tracing.opentelemetry.Operation");
  }
}
