package io.github.vertxtim.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Routes Ctrl-C / SIGTERM to the running command: the JVM's shutdown hook calls {@link TimCli#stop()} (the command
 * then winds down: a job cancels and prints its summary, a server drains) and holds the JVM until the command has
 * finished, at most {@code waitMillis}. The JVM then exits 130 after Ctrl-C and 143 after SIGTERM.
 */
final class StopHook implements AutoCloseable {

  private final CountDownLatch finished = new CountDownLatch(1);
  private final Thread hook;

  private StopHook(TimCli root, long waitMillis, String name) {
    hook = new Thread(() -> {
      root.stop();
      try {
        finished.await(waitMillis, TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, name);
  }

  /** Installs the hook; close it when the command has finished. */
  static StopHook install(TimCli root, long waitMillis, String name) {
    StopHook h = new StopHook(root, waitMillis, name);
    Runtime.getRuntime().addShutdownHook(h.hook);
    return h;
  }

  @Override
  public void close() {
    finished.countDown();
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException | IllegalArgumentException ignored) {
      // the JVM is shutting down (the hook is running)
    }
  }
}
