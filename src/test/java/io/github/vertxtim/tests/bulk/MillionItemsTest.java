package io.github.vertxtim.tests.bulk;

import io.github.vertxtim.emulator.TimEmulator;
import io.github.vertxtim.emulator.TimEmulatorOptions;
import io.vertx.core.Vertx;
import io.vertx.junit5.Timeout;
import io.vertx.junit5.VertxExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A 1,000,000-item job in a JVM limited to 128 MB of heap: the engine streams, it never holds the job. The emulator
 * runs here, the job in a child JVM, so only the engine's memory is measured.
 */
@ExtendWith(VertxExtension.class)
@Timeout(value = 300, timeUnit = TimeUnit.SECONDS)
class MillionItemsTest {

  @Test
  void aMillionItemsRunIn128Megabytes(Vertx vertx, @TempDir Path tmp) throws Exception {
    TimEmulator emulator = TimEmulator.create(vertx, new TimEmulatorOptions().setRateLimitEnabled(false));
    emulator.start().await();
    Path keyFile = tmp.resolve("key");
    Files.writeString(keyFile, emulator.options().getSecretKey());
    String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    Process p = new ProcessBuilder(List.of(java, "-Xmx128m", "-XX:+ExitOnOutOfMemoryError",
        "-cp", System.getProperty("java.class.path"), MillionItemJob.class.getName(),
        emulator.baseUrl(), String.valueOf(emulator.options().getSdkAppId()), keyFile.toString(), "1000000"))
        .redirectErrorStream(true).start();
    boolean done = p.waitFor(240, TimeUnit.SECONDS);
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!done) {
      p.destroyForcibly();
    }
    assertThat(done).as("child finished; output:\n%s", out).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    assertThat(out).contains("SUMMARY items=1000000 ok=1000000 failed=0 cancelled=0 outcomes=1000000 calls=10000");
    assertThat(out).contains("maxHeapMb=12");
    // One request per chunk; on a loaded machine a few attempts pass their deadline and the client retries them
    // (account_check is retry-safe), which the emulator counts too: seen 7 and 8 extra under a load average of 15.
    assertThat(emulator.stats().requests("im_open_login_svc/account_check")).isBetween(10_000L, 10_100L);
    emulator.close().await();
  }
}
