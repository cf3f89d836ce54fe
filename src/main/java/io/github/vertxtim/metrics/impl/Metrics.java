package io.github.vertxtim.metrics.impl;

import io.github.vertxtim.internal.OptionalClasses;
import io.github.vertxtim.metrics.TimMetricsOptions;
import io.github.vertxtim.registry.EndpointRegistry;
import io.vertx.core.Vertx;

/**
 * Picks the metrics of a client, admin verticle or emulator from its {@link TimMetricsOptions}. Every decision that
 * can be made without Micrometer is made here first, so with metrics off no Micrometer class is ever loaded (and a
 * class path without Micrometer never meets a NoClassDefFoundError); only then are the Micrometer classes touched.
 */
public final class Metrics {

  private static final String METER_REGISTRY = "io.micrometer.core.instrument.MeterRegistry";

  private Metrics() {
  }

  public static ClientMetrics client(Vertx vertx, TimMetricsOptions options, EndpointRegistry registry) {
    return wanted(vertx, options) ? MicrometerMetrics.client(vertx, options, registry) : ClientMetrics.NONE;
  }

  public static AdminMetrics admin(Vertx vertx, TimMetricsOptions options) {
    return wanted(vertx, options) ? MicrometerMetrics.admin(vertx, options) : AdminMetrics.NONE;
  }

  public static EmulatorMetrics emulator(Vertx vertx, TimMetricsOptions options) {
    return wanted(vertx, options) ? MicrometerMetrics.emulator(vertx, options) : EmulatorMetrics.NONE;
  }

  /**
   * Whether a registry may be found: one was given (which takes Micrometer on the class path), a name was given, or
   * Vert.x has metrics on. The last may be another metrics SPI, so without Micrometer it means off.
   */
  private static boolean wanted(Vertx vertx, TimMetricsOptions options) {
    if (!options.isEnabled()) {
      return false;
    }
    // the comparison with null needs no MeterRegistry class: the verifier loads none for it
    if (options.getMeterRegistry() != null) {
      return true;
    }
    if (options.getRegistryName() == null && !vertx.isMetricsEnabled()) {
      return false;
    }
    if (OptionalClasses.present(Metrics.class, METER_REGISTRY)) {
      return true;
    }
    if (options.getRegistryName() != null) {
      throw new IllegalArgumentException("metrics registryName '" + options.getRegistryName()
          + "' needs micrometer-core and vertx-micrometer-metrics on the class path");
    }
    return false;
  }
}
