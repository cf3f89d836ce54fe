package io.github.vertxtim.benchmarks;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.spi.cluster.ClusterManager;

import java.lang.reflect.Method;
import java.util.UUID;

/**
 * Clustered Vert.x nodes in this JVM on loopback (vertx-notes §2.8), without a compile-time dependency on
 * vertx-hazelcast, which the library keeps optional: the Hazelcast classes are found on the class path at run time
 * (add {@code io.vertx:vertx-hazelcast} to the benchmarks' dependencies, or its two jars to {@code -cp}).
 */
final class LoopbackClusters {

  static final String MANAGER = "io.vertx.spi.cluster.hazelcast.HazelcastClusterManager";

  private LoopbackClusters() {
  }

  static boolean available() {
    try {
      Class.forName(MANAGER);
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  static String newName() {
    return "tim-bench-" + UUID.randomUUID();
  }

  /** A node of cluster {@code name}; the first one takes a few seconds. */
  static Vertx node(String name, int eventLoops) {
    if (!available()) {
      throw new IllegalStateException("clustered benchmarks need io.vertx:vertx-hazelcast (and com.hazelcast:hazelcast)"
          + " on the class path");
    }
    try {
      Object config = Class.forName("io.vertx.spi.cluster.hazelcast.ConfigUtil").getMethod("loadConfig").invoke(null);
      call(config, "setClusterName", name);
      call(config, "setProperty", "hazelcast.phone.home.enabled", "false");
      call(config, "setProperty", "hazelcast.wait.seconds.before.join", "0");
      call(config, "setProperty", "hazelcast.logging.type", "none");
      Object network = call(config, "getNetworkConfig");
      call(call(call(network, "getInterfaces"), "setEnabled", true), "addInterface", "127.0.0.1");
      Object join = call(network, "getJoin");
      call(call(join, "getMulticastConfig"), "setEnabled", false);
      call(call(join, "getAutoDetectionConfig"), "setEnabled", false);
      call(call(call(join, "getTcpIpConfig"), "setEnabled", true), "addMember", "127.0.0.1");
      ClusterManager manager = (ClusterManager) Class.forName(MANAGER)
          .getConstructor(Class.forName("com.hazelcast.config.Config")).newInstance(config);
      VertxOptions options = new VertxOptions().setEventLoopPoolSize(eventLoops);
      options.getEventBusOptions().setHost("127.0.0.1").setPort(0);
      return Vertx.builder().with(options).withClusterManager(manager).buildClustered().await();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot configure Hazelcast: " + e, e);
    }
  }

  private static Object call(Object target, String name, Object... args) throws ReflectiveOperationException {
    for (Method m : target.getClass().getMethods()) {
      if (m.getName().equals(name) && m.getParameterCount() == args.length && fits(m.getParameterTypes(), args)) {
        return m.invoke(target, args);
      }
    }
    throw new NoSuchMethodException(target.getClass().getName() + "." + name);
  }

  private static boolean fits(Class<?>[] types, Object[] args) {
    for (int i = 0; i < types.length; i++) {
      Class<?> t = types[i];
      Object a = args[i];
      boolean ok = t.isPrimitive() ? t == boolean.class && a instanceof Boolean || t == int.class && a instanceof Integer
          : t.isInstance(a);
      if (!ok) {
        return false;
      }
    }
    return true;
  }
}
