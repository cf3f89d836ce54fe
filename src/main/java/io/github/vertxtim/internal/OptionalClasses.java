package io.github.vertxtim.internal;

/**
 * Whether an optional dependency (Micrometer, vertx-micrometer-metrics, vertx-opentelemetry) is on the class path,
 * asked before any class of it is touched: code that links against it lives in a class of its own, loaded only when
 * this said yes, so a class path without it never meets a NoClassDefFoundError.
 */
public final class OptionalClasses {

  private OptionalClasses() {
  }

  /** Whether {@code user}'s class loader can load {@code className} (not initialized: no static code of it runs). */
  public static boolean present(Class<?> user, String className) {
    try {
      Class.forName(className, false, user.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }
}
