package io.github.vertxtim.metrics.impl;

import io.github.vertxtim.internal.OptionalClasses;
import io.github.vertxtim.metrics.TimMetricsOptions;
import io.github.vertxtim.registry.EndpointRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.Vertx;
import io.vertx.micrometer.backends.BackendRegistries;

/** The Micrometer side of {@link Metrics}: loaded only once metrics may be on. */
final class MicrometerMetrics {

  private static final String BACKEND_REGISTRIES = "io.vertx.micrometer.backends.BackendRegistries";

  private MicrometerMetrics() {
  }

  static ClientMetrics client(Vertx vertx, TimMetricsOptions options, EndpointRegistry endpoints) {
    MeterRegistry registry = registry(vertx, options);
    return registry == null ? ClientMetrics.NONE : new MicrometerClientMetrics(registry, endpoints);
  }

  static AdminMetrics admin(Vertx vertx, TimMetricsOptions options) {
    MeterRegistry registry = registry(vertx, options);
    return registry == null ? AdminMetrics.NONE : new MicrometerAdminMetrics(registry);
  }

  static EmulatorMetrics emulator(Vertx vertx, TimMetricsOptions options) {
    MeterRegistry registry = registry(vertx, options);
    return registry == null ? EmulatorMetrics.NONE : new MicrometerEmulatorMetrics(registry);
  }

  /** The registry given; else the named Vert.x backend registry; else Vert.x's default one, or null (off). */
  static MeterRegistry registry(Vertx vertx, TimMetricsOptions options) {
    if (options.getMeterRegistry() != null) {
      return options.getMeterRegistry();
    }
    String name = options.getRegistryName();
    if (!OptionalClasses.present(MicrometerMetrics.class, BACKEND_REGISTRIES)) {
      if (name != null) {
        throw new IllegalArgumentException("metrics registryName '" + name + "' needs vertx-micrometer-metrics on "
            + "the class path");
      }
      return null;
    }
    if (name != null) {
      MeterRegistry named = BackendRegistries.getNow(name);
      if (named == null) {
        throw new IllegalArgumentException("no Vert.x Micrometer registry is named '" + name + "' (set it with "
            + "MicrometerMetricsOptions.setRegistryName on the Vert.x options)");
      }
      return named;
    }
    // null unless this Vert.x runs Micrometer metrics of its own
    return vertx.isMetricsEnabled() ? BackendRegistries.getDefaultNow() : null;
  }
}
