package io.github.vertxtim.benchmarks;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Starts {@link StubServer} as a separate JVM with the same java and class path as this one, and reads its port.
 * Its CPU time is readable (from /proc through {@link ProcessHandle}) so a benchmark can tell how much of the
 * machine the stub took.
 */
public final class StubProcess implements AutoCloseable {

  private final Process process;
  private final int port;

  private StubProcess(Process process, int port) {
    this.process = process;
    this.port = port;
  }

  /** The stub answering account_check of one account. */
  public static StubProcess start() throws IOException {
    return start(1);
  }

  /** The stub answering account_check of {@code accounts} accounts (see {@link StubServer}). */
  public static StubProcess start(int accounts) throws IOException {
    String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    List<String> cmd = new ArrayList<>(List.of(java, "-Xms256m", "-Xmx256m", "-XX:+UseSerialGC",
        "-Dvertx.disableContextTimings=true", "-cp", System.getProperty("java.class.path"),
        StubServer.class.getName(), Integer.toString(accounts)));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    Process p = pb.start();
    BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    String line;
    while ((line = out.readLine()) != null) {
      if (line.startsWith("STUB_PORT ")) {
        int port = Integer.parseInt(line.substring("STUB_PORT ".length()).trim());
        Thread drain = new Thread(() -> drain(out), "stub-stdout");
        drain.setDaemon(true);
        drain.start();
        return new StubProcess(p, port);
      }
      System.err.println("[stub] " + line);
      if (System.nanoTime() > deadline) {
        break;
      }
    }
    p.destroyForcibly();
    throw new IOException("the stub server did not report its port");
  }

  private static void drain(BufferedReader out) {
    try {
      String line;
      while ((line = out.readLine()) != null) {
        System.err.println("[stub] " + line);
      }
    } catch (IOException ignored) {
      // the stub went away
    }
  }

  public int port() {
    return port;
  }

  /** CPU time the stub JVM used so far (user + system), in nanoseconds; -1 if the platform cannot tell. */
  public long cpuNanos() {
    return process.toHandle().info().totalCpuDuration().map(Duration::toNanos).orElse(-1L);
  }

  @Override
  public void close() {
    try {
      process.getOutputStream().close(); // the stub exits when its stdin closes
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
    } catch (IOException | InterruptedException e) {
      process.destroyForcibly();
    }
  }
}
