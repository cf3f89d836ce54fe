package io.github.vertxtim.tests.metrics;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

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
    WithoutMicrometer loader = new WithoutMicrometer(getClass().getClassLoader());
    Class<?> run = loader.loadClass(NoMicrometerRun.class.getName());
    assertThat(run.getClassLoader()).isSameAs(loader);
    String result;
    String named;
    // Vert.x finds its service providers through the context class loader: it must be this one too
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(loader);
    try {
      result = (String) run.getMethod("run").invoke(null);
      assertThat(loader.refused).isEmpty();
      named = (String) run.getMethod("namedRegistry").invoke(null);
    } catch (InvocationTargetException e) {
      throw new AssertionError("failed without Micrometer; asked for " + loader.refused, e.getCause());
    } finally {
      thread.setContextClassLoader(previous);
    }
    assertThat(result).isEqualTo("call OK, bulk 3 ok, bus OK");
    assertThat(named).contains("registryName 'x'", "needs micrometer-core");
    // only the presence check that produced this message asked for Micrometer
    assertThat(loader.refused).containsExactly("io.micrometer.core.instrument.MeterRegistry");
  }

  /**
   * Defines every class itself (from the parent's bytes) except the JDK's, so the classes under test link against
   * this loader; Micrometer classes and resources are not there.
   */
  static final class WithoutMicrometer extends ClassLoader {
    final Set<String> refused = ConcurrentHashMap.newKeySet();
    private final ClassLoader source;

    WithoutMicrometer(ClassLoader source) {
      super(ClassLoader.getPlatformClassLoader());
      this.source = source;
    }

    private static boolean micrometer(String name) {
      return name.startsWith("io.micrometer.") || name.startsWith("io.vertx.micrometer.");
    }

    private static boolean micrometerUrl(URL url) {
      String s = url.toString();
      return s.contains("/io/micrometer/") || s.contains("vertx-micrometer-metrics");
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      synchronized (getClassLoadingLock(name)) {
        Class<?> c = findLoadedClass(name);
        if (c == null) {
          try {
            c = getParent().loadClass(name);
          } catch (ClassNotFoundException notJdk) {
            c = findClass(name);
          }
        }
        if (resolve) {
          resolveClass(c);
        }
        return c;
      }
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
      if (micrometer(name)) {
        refused.add(name);
        throw new ClassNotFoundException(name);
      }
      URL url = source.getResource(name.replace('.', '/') + ".class");
      if (url == null || micrometerUrl(url)) {
        throw new ClassNotFoundException(name);
      }
      try (InputStream in = url.openStream()) {
        byte[] bytes = in.readAllBytes();
        return defineClass(name, bytes, 0, bytes.length);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public URL getResource(String name) {
      URL url = source.getResource(name);
      return url == null || micrometerUrl(url) ? null : url;
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
      List<URL> urls = Collections.list(source.getResources(name));
      urls.removeIf(WithoutMicrometer::micrometerUrl);
      return Collections.enumeration(urls);
    }
  }
}
