package io.github.vertxtim.tests.reliability;

import io.github.vertxtim.emulator.TimEmulator;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs one journaled job in child JVMs ({@link JournaledJobProcess}) against an emulator in the test JVM, killing
 * the child with SIGKILL when the journal shows given shares of the chunks settled, and rerunning it, until a run
 * ends by itself. Reads back what the runs left: the journal, the outcomes the job reported, the last summary.
 */
final class KillHarness {

  /** What a journal says, position by position, with the positions in flight (sent, not settled) after each kill. */
  record JournalView(BitSet sent, Map<Long, Integer> settledTimes, List<BitSet> inFlightAtKills) {
  }

  /** Run after each kill, before the rerun (the emulator-restart variant swaps the emulator there). */
  interface AfterKill {
    void run() throws Exception;
  }

  private TimEmulator emulator;
  private AfterKill afterKill = () -> { };
  private final Path dir;
  private final String endpoint;
  private final JsonObject options;
  final Path input;
  final Path journal;
  final Path outcomes;
  final List<BitSet> inFlightAtKills = new ArrayList<>();
  JsonObject lastSummary;
  int kills;

  KillHarness(TimEmulator emulator, Path dir, String endpoint, List<String> lines, JsonObject options)
      throws IOException {
    this.emulator = emulator;
    this.dir = dir;
    this.endpoint = endpoint;
    this.options = options;
    this.input = Files.write(dir.resolve("input.jsonl"), lines, StandardCharsets.UTF_8);
    this.journal = dir.resolve("job.journal");
    this.outcomes = dir.resolve("outcomes.tsv");
  }

  /**
   * Five kills at random shares of the chunks (seeded, the seed in the assertion messages), then a run to the end.
   *
   * @param chunks the job's chunk count
   */
  void runWithKills(long seed, int chunks) throws Exception {
    Random random = new Random(seed);
    double[] shares = new double[5];
    for (int i = 0; i < shares.length; i++) {
      shares[i] = 0.05 + 0.85 * random.nextDouble();
    }
    java.util.Arrays.sort(shares);
    for (double share : shares) {
      Process child = start();
      long target = Math.max(1, Math.round(share * chunks));
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
      // Until some kill has caught items in flight, a kill also waits for some: a kill between two chunks (which a
      // CI run once drew five times) would test no unknown outcome at all.
      boolean needInFlight = inFlightAtKills.stream().allMatch(BitSet::isEmpty);
      while (child.isAlive() && System.nanoTime() < deadline
          && (settledRecords() < target || needInFlight && read().inFlightAtKills().get(0).isEmpty())) {
        Thread.sleep(random.nextInt(5, 25));
      }
      assertThat(child.isAlive()).as("seed %d: the run to be killed at %.2f ended first", seed, share).isTrue();
      child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);   // SIGKILL
      kills++;
      inFlightAtKills.add(read().inFlightAtKills().get(0));
      afterKill.run();
    }
    Process last = start();
    assertThat(last.waitFor(300, TimeUnit.SECONDS)).as("seed %d: the last run ends", seed).isTrue();
    assertThat(last.exitValue()).isZero();
  }

  private Process start() throws IOException {
    Process p = new ProcessBuilder(new File(System.getProperty("java.home"), "bin/java").getPath(), "-Xmx256m",
        "-cp", System.getProperty("java.class.path"), JournaledJobProcess.class.getName(), emulator.baseUrl(),
        String.valueOf(emulator.options().getSdkAppId()), emulator.options().getSecretKey(), endpoint,
        input.toString(), journal.toString(), outcomes.toString(), options.encode())
        .redirectErrorStream(true).start();
    Thread reader = new Thread(() -> {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          if (line.startsWith("SUMMARY ")) {
            lastSummary = new JsonObject(line.substring(8));
          }
        }
      } catch (IOException e) {
        // the process was killed
      }
    }, "journaled-job-output");
    reader.setDaemon(true);
    reader.start();
    return p;
  }

  private long settledRecords() throws IOException {
    if (!Files.exists(journal)) {
      return 0;
    }
    String text = Files.readString(journal, StandardCharsets.UTF_8);
    long n = 0;
    for (int i = text.indexOf("\"t\":\"settled\""); i >= 0; i = text.indexOf("\"t\":\"settled\"", i + 1)) {
      n++;
    }
    return n;
  }

  /** The journal as it is now; {@code inFlightAtKills} holds one entry: the positions sent and not settled. */
  JournalView read() throws IOException {
    BitSet sent = new BitSet();
    Map<Long, Integer> settled = new HashMap<>();
    for (String line : Files.readAllLines(journal, StandardCharsets.UTF_8)) {
      JsonObject j;
      try {
        j = new JsonObject(line);
      } catch (RuntimeException torn) {
        continue;   // the torn last line of a killed run
      }
      if ("sent".equals(j.getString("t"))) {
        forEach(j.getJsonArray("r"), p -> sent.set((int) p));
      } else if ("settled".equals(j.getString("t"))) {
        forEach(j.getJsonArray("ok"), p -> settled.merge(p, 1, Integer::sum));
        forEach(j.getJsonArray("unknown"), p -> settled.merge(p, 1, Integer::sum));
        for (Object f : j.getJsonArray("failed", new JsonArray())) {
          settled.merge(((JsonArray) f).getLong(0), 1, Integer::sum);
        }
      }
    }
    BitSet inFlight = (BitSet) sent.clone();
    settled.keySet().forEach(p -> inFlight.clear((int) (long) p));
    return new JournalView(sent, settled, List.of(inFlight));
  }

  private static void forEach(JsonArray ranges, java.util.function.LongConsumer each) {
    if (ranges == null) {
      return;
    }
    for (int i = 0; i + 1 < ranges.size(); i += 2) {
      for (long p = ranges.getLong(i); p < ranges.getLong(i + 1); p++) {
        each.accept(p);
      }
    }
  }

  /** The outcomes the job reported across every run: key → statuses. */
  Map<String, List<String>> reported() throws IOException {
    Map<String, List<String>> byKey = new HashMap<>();
    if (!Files.exists(outcomes)) {
      return byKey;
    }
    for (String line : Files.readAllLines(outcomes, StandardCharsets.UTF_8)) {
      String[] f = line.split("\t");
      if (f.length == 3) {
        byKey.computeIfAbsent(f[0], k -> new ArrayList<>(1)).add(f[1]);
      }
    }
    return byKey;
  }

  Path dir() {
    return dir;
  }

  KillHarness afterEachKill(AfterKill afterKill) {
    this.afterKill = afterKill;
    return this;
  }

  /** The emulator the next run talks to. */
  void emulator(TimEmulator emulator) {
    this.emulator = emulator;
  }
}
