package io.github.vertxtim.tests;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A class loader without an optional dependency, to show that the library works when a user leaves it out: it
 * defines every class itself (from the parent's bytes) except the JDK's, so the classes under test link against this
 * loader; the dependency's classes, service files and resources are not there, and every class of it asked for is
 * recorded in {@link #refused}.
 */
public final class WithoutClasses extends ClassLoader {

  /** The names of the left-out classes something asked for. */
  public final Set<String> refused = ConcurrentHashMap.newKeySet();
  private final ClassLoader source;
  private final List<String> packages;
  private final List<String> urlParts;

  /**
   * @param packages the left-out classes' name prefixes ({@code io.micrometer.})
   * @param urlParts what the URL of a left-out jar's entry contains ({@code /io/micrometer/})
   */
  public WithoutClasses(ClassLoader source, List<String> packages, List<String> urlParts) {
    super(ClassLoader.getPlatformClassLoader());
    this.source = source;
    this.packages = List.copyOf(packages);
    this.urlParts = List.copyOf(urlParts);
  }

  /**
   * Calls the public static no-argument method {@code method} of {@code type} as this loader defines it, with this
   * loader as the context class loader (Vert.x finds its service providers through it), and gives its result.
   */
  public Object call(Class<?> type, String method) throws Exception {
    Class<?> here = loadClass(type.getName());
    if (here.getClassLoader() != this) {
      throw new IllegalStateException(type + " is not defined by this loader");
    }
    return withContextLoader(() -> {
      try {
        return here.getMethod(method).invoke(null);
      } catch (InvocationTargetException e) {
        throw new AssertionError("failed without " + packages + "; asked for " + refused, e.getCause());
      }
    });
  }

  private <T> T withContextLoader(Callable<T> action) throws Exception {
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(this);
    try {
      return action.call();
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  private boolean leftOut(String name) {
    return packages.stream().anyMatch(name::startsWith);
  }

  private boolean leftOut(URL url) {
    String s = url.toString();
    return urlParts.stream().anyMatch(s::contains);
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
    if (leftOut(name)) {
      refused.add(name);
      throw new ClassNotFoundException(name);
    }
    URL url = source.getResource(name.replace('.', '/') + ".class");
    if (url == null || leftOut(url)) {
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
    return url == null || leftOut(url) ? null : url;
  }

  @Override
  public Enumeration<URL> getResources(String name) throws IOException {
    List<URL> urls = Collections.list(source.getResources(name));
    urls.removeIf(this::leftOut);
    return Collections.enumeration(urls);
  }
}
