package io.github.vertxtim.emulator.impl.shared;

import io.github.vertxtim.emulator.EmulatorFeature;
import io.github.vertxtim.registry.Endpoint;
import io.github.vertxtim.registry.EndpointRegistry;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The emulated endpoints by canonical {@code service/command}. Families register into it while the emulator is
 * built; a path the registry does not know (or only knows as a legacy alias), or a second handler for one path,
 * fails the emulator's construction at once rather than answering 60009/60017 later.
 */
public final class HandlerTable {

  private final EndpointRegistry registry;
  private final Set<EmulatorFeature> disabled;
  private final Map<String, EndpointHandler> handlers = new HashMap<>();

  /** A table where every feature is enabled. */
  public HandlerTable(EndpointRegistry registry) {
    this(registry, Set.of());
  }

  /** A table whose endpoints of a {@code disabled} feature answer that feature's "not enabled" code. */
  public HandlerTable(EndpointRegistry registry, Set<EmulatorFeature> disabled) {
    this.registry = Objects.requireNonNull(registry, "registry");
    this.disabled = Set.copyOf(disabled);
  }

  /**
   * Registers the handler of an endpoint that belongs to a console {@code feature}: while the feature is disabled
   * the endpoint is still emulated, and answers the feature's "not enabled" code.
   */
  public void handle(String path, EmulatorFeature feature, EndpointHandler handler) {
    Objects.requireNonNull(feature, "feature");
    Objects.requireNonNull(handler, "handler");
    if (!disabled.contains(feature)) {
      handle(path, handler);
      return;
    }
    EmulatorError notEnabled = new EmulatorError(feature.notEnabledCode(), feature.notEnabledInfo());
    handle(path, body -> {
      throw notEnabled;
    });
  }

  /** Whether a console feature is enabled (families whose other behaviour depends on one ask). */
  public boolean enabled(EmulatorFeature feature) {
    return !disabled.contains(feature);
  }

  /**
   * Registers the handler of {@code path} ({@code service/command}, as in the registry row).
   *
   * @throws IllegalArgumentException when the registry has no such endpoint, or the path is an alias
   * @throws IllegalStateException when the path already has a handler
   */
  public void handle(String path, EndpointHandler handler) {
    Objects.requireNonNull(handler, "handler");
    int slash = path.indexOf('/');
    Endpoint endpoint = slash < 0 ? null
        : registry.find(path.substring(0, slash), path.substring(slash + 1)).orElse(null);
    if (endpoint == null || !endpoint.path().equals(path)) {
      throw new IllegalArgumentException("no endpoint " + path + " in the registry"
          + (endpoint == null ? "" : " (it is an alias of " + endpoint.path() + ")"));
    }
    if (handlers.putIfAbsent(path, handler) != null) {
      throw new IllegalStateException("a handler for " + path + " is already registered");
    }
  }

  /** The handler of a canonical path, or null when the endpoint is not emulated. */
  public EndpointHandler get(String path) {
    return handlers.get(path);
  }

  /** The paths that have a handler (a snapshot). */
  public Set<String> paths() {
    return Set.copyOf(handlers.keySet());
  }
}
