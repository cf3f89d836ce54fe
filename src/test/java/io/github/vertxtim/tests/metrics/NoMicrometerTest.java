package io.github.vertxtim.tests.metrics;

import io.github.vertxtim.tests.WithoutClasses;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Micrometer is optional: a user without it must never meet a NoClassDefFoundError. {@link NoMicrometerRun} runs
 * an emulator, a client, a bulk job and an admin verticle with default options in a class loader that has no
 * Micrometer (neither its classes nor its service files); the loader records every Micrometer class asked for,
 * which must be none.
 */
class NoMicrometerTest {

  @Test
  void withMetricsOffNoMicrometerClassIsLoaded() throws Exception {
    WithoutClasses loader = new WithoutClasses(getClass().getClassLoader(),
        List.of("io.micrometer.", "io.vertx.micrometer."), List.of("/io/micrometer/", "vertx-micrometer-metrics"));
    Object result = loader.call(NoMicrometerRun.class, "run");
    assertThat(loader.refused).isEmpty();
    Object named = loader.call(NoMicrometerRun.class, "namedRegistry");
    assertThat(result).isEqualTo("call OK, bulk 3 ok, bus OK");
    assertThat((String) named).contains("registryName 'x'", "needs micrometer-core");
    // only the presence check that produced this message asked for Micrometer
    assertThat(loader.refused).containsExactly("io.micrometer.core.instrument.MeterRegistry");
  }
}
