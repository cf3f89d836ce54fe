package io.github.vertxtim.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.json.JsonObject;

import java.util.Objects;

/**
 * Metrics of a client, an admin verticle or an emulator, recorded through Micrometer (an optional dependency).
 * The registry is, in order: the one given with {@link #setMeterRegistry}; the Vert.x Micrometer backend registry
 * named {@link #setRegistryName registryName}; the default backend registry when the Vert.x instance has its own
 * Micrometer metrics on; otherwise metrics are off and no Micrometer class is loaded. {@link #setEnabled
 * enabled(false)} turns them off whatever is found. The metric names are in docs/observability.md.
 */
public class TimMetricsOptions {

  /** On: metrics are recorded whenever a registry is found (see the class comment); off: never. */
  public static final boolean DEFAULT_ENABLED = true;
  /** No name: the registry given programmatically, else Vert.x's default backend registry. */
  public static final String DEFAULT_REGISTRY_NAME = null;

  private boolean enabled = DEFAULT_ENABLED;
  private String registryName = DEFAULT_REGISTRY_NAME;
  /** Programmatic only (not in JSON). Typed so that only calling the setter or getter needs Micrometer. */
  private MeterRegistry meterRegistry;

  public TimMetricsOptions() {
  }

  public TimMetricsOptions(TimMetricsOptions other) {
    Objects.requireNonNull(other, "other");
    enabled = other.enabled;
    registryName = other.registryName;
    meterRegistry = other.meterRegistry;
  }

  public TimMetricsOptions(JsonObject json) {
    Objects.requireNonNull(json, "json");
    if (json.containsKey("enabled")) setEnabled(json.getBoolean("enabled"));
    if (json.containsKey("registryName")) setRegistryName(json.getString("registryName"));
  }

  /** The JSON keys; a programmatic registry is not part of it. */
  public JsonObject toJson() {
    JsonObject json = new JsonObject().put("enabled", enabled);
    if (registryName != null) json.put("registryName", registryName);
    return json;
  }

  public boolean isEnabled() {
    return enabled;
  }

  /** False turns metrics off even when a registry is given or Vert.x's Micrometer metrics are on. */
  public TimMetricsOptions setEnabled(boolean enabled) {
    this.enabled = enabled;
    return this;
  }

  public String getRegistryName() {
    return registryName;
  }

  /**
   * The name of a registry of Vert.x Micrometer metrics ({@code MicrometerMetricsOptions.setRegistryName}), looked
   * up with {@code BackendRegistries.getNow(name)} when the client (or verticle, or emulator) is created; a name
   * that finds no registry fails that creation.
   */
  public TimMetricsOptions setRegistryName(String registryName) {
    if (registryName != null && registryName.isEmpty()) {
      throw new IllegalArgumentException("registryName must not be empty (null for none)");
    }
    this.registryName = registryName;
    return this;
  }

  /** The registry given programmatically, or null. Calling this needs Micrometer on the class path. */
  public MeterRegistry getMeterRegistry() {
    return meterRegistry;
  }

  /** The registry to record into; it wins over {@code registryName} and Vert.x's own metrics. */
  public TimMetricsOptions setMeterRegistry(MeterRegistry meterRegistry) {
    this.meterRegistry = meterRegistry;
    return this;
  }

  @Override
  public String toString() {
    return "TimMetricsOptions" + toJson().encode();
  }
}
