package io.github.vertxtim.benchmarks;

import io.vertx.core.json.JsonObject;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * What the soak run samples from its own JVM each period: heap after a full GC, live threads and open file
 * descriptors. A leak in any of them shows as a slope across the samples; the instantaneous heap is useless for that
 * (it moves with the young generation), so the probe collects first.
 */
final class SoakProbe {

  private static final Path FDS = Path.of("/proc/self/fd");
  private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();

  /** Two collections: the second one finds what the first one's finalisation and reference processing freed. */
  long heapAfterGcBytes() {
    System.gc();
    System.gc();
    return memory.getHeapMemoryUsage().getUsed();
  }

  int liveThreads() {
    return ManagementFactory.getThreadMXBean().getThreadCount();
  }

  /** Open file descriptors of this JVM (sockets of both the client and the in-process emulator included); -1 off Linux. */
  long openFileDescriptors() {
    try (Stream<Path> fds = Files.list(FDS)) {
      return fds.count();
    } catch (IOException | UnsupportedOperationException e) {
      return -1;
    }
  }

  static double loadAverage() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  JsonObject sample() {
    return new JsonObject().put("heapAfterGcMb", heapAfterGcBytes() / (1024.0 * 1024.0))
        .put("threads", liveThreads()).put("fds", openFileDescriptors()).put("loadAverage", loadAverage());
  }
}
