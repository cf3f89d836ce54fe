package io.github.vertxtim.tests.emulator.snapshot;

import io.github.vertxtim.emulator.EmulatorSnapshotException;
import io.github.vertxtim.emulator.TimEmulator;
import io.github.vertxtim.emulator.TimEmulatorOptions;
import io.github.vertxtim.emulator.impl.SnapshotFile;
import io.github.vertxtim.tests.Poll;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The snapshot file: refused when damaged or of another version (and then nothing loaded), written atomically. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SnapshotFileTest {

  private final Vertx vertx = Vertx.vertx();
  @TempDir
  Path dir;

  @AfterEach
  void close() {
    vertx.close().await();
  }

  private static <T> T await(Future<T> f) {
    return f.toCompletionStage().toCompletableFuture().orTimeout(20, TimeUnit.SECONDS).join();
  }

  /** A valid snapshot with two accounts and a bot (the robots section comes after accounts). */
  private JsonObject validSnapshot() throws IOException {
    TimEmulator e = TimEmulator.create(vertx, new TimEmulatorOptions());
    await(e.start());
    e.state().addAccount("alice");
    e.state().addAccount("bob");
    Path file = dir.resolve("valid.json");
    await(e.snapshot(file));
    await(e.close());
    return new JsonObject(Files.readString(file));
  }

  private Throwable startFailure(String content) throws IOException {
    Path file = dir.resolve("state.json");
    Files.writeString(file, content, StandardCharsets.UTF_8);
    TimEmulator e = TimEmulator.create(vertx, new TimEmulatorOptions().setStateFile(file.toString()));
    try {
      Throwable t = e.start().toCompletionStage().toCompletableFuture().handle((port, err) -> err)
          .orTimeout(20, TimeUnit.SECONDS).join();
      assertThat(t).as("start must fail").isNotNull();
      assertThat(e.state().accountCount()).as("nothing half-loaded").isZero();
      assertThat(e.port()).as("the server does not listen").isEqualTo(-1);
      return t;
    } finally {
      await(e.close());
    }
  }

  @Test
  void aFileThatIsNoSnapshotIsRefused() throws IOException {
    assertThat(startFailure("{\"sections\": {\"accounts\"")).isInstanceOf(EmulatorSnapshotException.class)
        .hasMessageContaining("not a JSON object");
    assertThat(startFailure("[1,2]")).isInstanceOf(EmulatorSnapshotException.class)
        .hasMessageContaining("not a JSON object");
    assertThat(startFailure("{\"version\":1}")).isInstanceOf(EmulatorSnapshotException.class)
        .hasMessageContaining("not an emulator state snapshot");
  }

  @Test
  void anotherVersionIsRefused() throws IOException {
    JsonObject v2 = validSnapshot().put("version", 2);
    assertThat(startFailure(v2.encode())).isInstanceOf(EmulatorSnapshotException.class)
        .hasMessageContaining("version 2").hasMessageContaining("reads version 1 only");
    JsonObject old = validSnapshot();
    old.remove("version");
    assertThat(startFailure(old.encode())).hasMessageContaining("version null");
  }

  @Test
  void aMissingOrUnknownSectionIsRefused() throws IOException {
    JsonObject missing = validSnapshot();
    missing.getJsonObject("sections").remove("moderation");
    assertThat(startFailure(missing.encode())).hasMessageContaining("lacks section \"moderation\"");
    JsonObject unknown = validSnapshot();
    unknown.getJsonObject("sections").put("calendars", new JsonObject());
    assertThat(startFailure(unknown.encode())).hasMessageContaining("unknown section \"calendars\"");
  }

  @Test
  void aDamagedLaterSectionLeavesNothingOfTheEarlierOnes() throws IOException {
    UnaryOperator<JsonObject> damage = s -> {
      s.getJsonObject("sections").getJsonObject("robots").put("seq", "seven");
      return s;
    };
    JsonObject snapshot = validSnapshot();
    assertThat(snapshot.getJsonObject("sections").getJsonObject("accounts").getJsonArray("accounts")).hasSize(2);
    assertThat(startFailure(damage.apply(snapshot).encode())).isInstanceOf(EmulatorSnapshotException.class)
        .hasMessageContaining("section \"robots\"").hasMessageContaining("seq must be an integer");
    JsonObject badAccount = validSnapshot();
    badAccount.getJsonObject("sections").getJsonObject("accounts").getJsonArray("accounts").getJsonObject(1)
        .put("Status", "Asleep");
    assertThat(startFailure(badAccount.encode())).hasMessageContaining("section \"accounts\"");
  }

  @Test
  void aStateFileThatDoesNotExistStartsEmptyAndIsWrittenOnClose() {
    Path file = dir.resolve("sub/dir/state.json");
    TimEmulator e = TimEmulator.create(vertx, new TimEmulatorOptions().setStateFile(file.toString()));
    await(e.start());
    assertThat(e.state().accountCount()).isZero();
    e.state().addAccount("zoe");
    await(e.close());
    assertThat(file).exists();

    TimEmulator again = TimEmulator.create(vertx, new TimEmulatorOptions().setStateFile(file.toString()));
    again.state().addAccount("seeded-before-start");
    await(again.start());
    assertThat(again.state().accountIds()).as("the file replaces what was seeded before start")
        .containsExactly("zoe");
    await(again.close());
  }

  @Test
  void thePeriodicSaveWritesWhileRunning() throws IOException {
    Path file = dir.resolve("periodic.json");
    TimEmulator e = TimEmulator.create(vertx, new TimEmulatorOptions().setStateFile(file.toString())
        .setStateSaveIntervalMillis(50));
    await(e.start());
    try {
      e.state().addAccount("early");
      Poll.until("a periodic save with the account", () -> {
        try {
          return Files.exists(file) && Files.readString(file).contains("\"early\"");
        } catch (IOException ex) {
          return false;   // read while being renamed over: try again
        }
      }, 10_000);
    } finally {
      await(e.close());
    }
  }

  @Test
  void aCrashMidWriteLeavesThePreviousFile() throws IOException {
    Path file = dir.resolve("atomic.json");
    SnapshotFile.write(file, Buffer.buffer("previous"));
    byte[] big = new byte[300 * 1024];
    java.util.Arrays.fill(big, (byte) 'x');
    class Died extends Error {
    }
    assertThatThrownBy(() -> SnapshotFile.write(file, Buffer.buffer(big), written -> {
      if (written >= 64 * 1024) {
        throw new Died();   // the process dies with a part of the new snapshot on the disk
      }
    })).isInstanceOf(Died.class);
    assertThat(Files.readString(file)).isEqualTo("previous");

    Path stale = dir.resolve("atomic.json.tmp");
    Files.writeString(stale, "half of a snapshot from a killed process, much longer than the next one");
    SnapshotFile.write(file, Buffer.buffer("next"));
    assertThat(Files.readString(file)).isEqualTo("next");
    assertThat(stale).doesNotExist();
    try (var list = Files.list(dir)) {
      assertThat(list.map(p -> p.getFileName().toString()).toList()).containsExactly("atomic.json");
    }
  }

  @Test
  void snapshotsOfARunningEmulatorAreWrittenInTheOrderAsked() {
    TimEmulator e = TimEmulator.create(vertx, new TimEmulatorOptions());
    await(e.start());
    Path file = dir.resolve("ordered.json");
    Future<Void> first = e.snapshot(file);
    e.state().addAccount("later");   // before the second snapshot is taken on the event loop
    Future<Void> second = e.snapshot(file);
    await(Future.all(List.of(first, second)));
    await(e.close());
    TimEmulator reloaded = TimEmulator.create(vertx, new TimEmulatorOptions().setStateFile(file.toString()));
    await(reloaded.start());
    assertThat(reloaded.state().accountIds()).containsExactly("later");
    reloaded.state().clear();   // so its close does not matter to anyone
    await(reloaded.close());
  }
}
