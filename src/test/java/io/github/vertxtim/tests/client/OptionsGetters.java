package io.github.vertxtim.tests.client;

import io.github.vertxtim.metrics.TimMetricsOptions;
import io.vertx.core.http.HttpClientOptions;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every public getter of an options object, by name, with nested options flattened and Vert.x HTTP client options
 * and metrics options compared as JSON: lets a test see a getter (so a setter) that a copy or a JSON round trip forgets.
 */
public final class OptionsGetters {

  private OptionsGetters() {
  }

  /** Getter name to value; a nested options object of the project ({@code getClientOptions}) is read in turn. */
  public static Map<String, Object> read(Object options) {
    Map<String, Object> values = new TreeMap<>();
    read("", options, values);
    return values;
  }

  private static void read(String prefix, Object options, Map<String, Object> into) {
    for (Method m : options.getClass().getMethods()) {
      boolean getter = m.getName().startsWith("get") || m.getName().startsWith("is");
      if (!getter || m.getParameterCount() != 0 || Modifier.isStatic(m.getModifiers())
          || m.getDeclaringClass() == Object.class) {
        continue;
      }
      Object value;
      try {
        value = m.invoke(options);
      } catch (ReflectiveOperationException e) {
        throw new AssertionError(m.toString(), e);
      }
      String name = prefix + m.getName();
      if (value instanceof TimMetricsOptions metrics) {
        into.put(name, metrics.toJson()); // a programmatic MeterRegistry is not JSON, like a TrustOptions
      } else if (value != null && value.getClass().getPackageName().startsWith("io.github.vertxtim")
          && value.getClass().getSimpleName().endsWith("Options")) {
        read(name + ".", value, into);
      } else if (value instanceof HttpClientOptions http) {
        into.put(name, http.toJson());
      } else {
        into.put(name, value);
      }
    }
  }
}
