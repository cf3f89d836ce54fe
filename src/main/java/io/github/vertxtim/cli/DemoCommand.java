package io.github.vertxtim.cli;

import io.github.vertxtim.TimClient;
import io.github.vertxtim.TimClientOptions;
import io.github.vertxtim.TimException;
import io.github.vertxtim.api.account.Account;
import io.github.vertxtim.api.account.CheckAccountsRequest;

import io.github.vertxtim.api.account.CheckAccountsResult;
import io.github.vertxtim.api.account.ImportAccountsRequest;
import io.github.vertxtim.api.account.ImportAccountsResult;
import io.github.vertxtim.api.account.QueryOnlineStatusRequest;
import io.github.vertxtim.api.account.QueryOnlineStatusResult;
import io.github.vertxtim.api.group.GetAppIdGroupListResult;
import io.github.vertxtim.api.group.GetAppIdGroupListRequest;
import io.github.vertxtim.emulator.EmulatorFaults;
import io.github.vertxtim.emulator.TimEmulator;
import io.github.vertxtim.emulator.TimEmulatorOptions;
import io.vertx.core.AsyncResult;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.SynchronizedHistogram;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * {@code tim demo}: the quick start. Starts an emulator inside the process, drives a short admin workload through
 * the typed client API and prints a summary; needs no environment.
 */
@Command(name = "demo",
    mixinStandardHelpOptions = true,
    description = {
        "Quick start: runs a short admin workload against an in-process emulator.",
        "The emulator listens on loopback (random port, throwaway key); the workload goes through the typed",
        "client API: import accounts in chunks of 100, check them, query online status, page through the",
        "group list. Prints a summary; exit 0 when every count matches. Needs no environment."},
    sortOptions = false)
final class DemoCommand implements Callable<Integer> {

  static final int IMPORT_CHUNK = 100;
  static final int CHECK_CHUNK = 100;
  static final int ONLINE_CHUNK = 500;
  static final int GROUP_PAGE = 100;

  @Spec
  CommandSpec spec;

  @Option(names = "--accounts", defaultValue = "1000", paramLabel = "N",
      description = "Accounts to import, check and query (default: ${DEFAULT-VALUE}).")
  int accounts;

  @Option(names = "--groups", defaultValue = "250", paramLabel = "N",
      description = "Public groups seeded in the emulator and listed (default: ${DEFAULT-VALUE}).")
  int groups;

  @Option(names = "--online", defaultValue = "10", paramLabel = "N",
      description = "Accounts marked online in the emulator before the status query (default: ${DEFAULT-VALUE}).")
  int online;

  @Option(names = "--in-flight", defaultValue = "8", paramLabel = "N",
      description = "Requests in flight at most per phase (default: ${DEFAULT-VALUE}).")
  int inFlight;

  @Option(names = "--latency-ms", defaultValue = "0", paramLabel = "MS",
      description = "Latency the emulator adds to every answer, to feel a WAN (default: ${DEFAULT-VALUE}).")
  int latencyMillis;

  @Option(names = "--no-rate-limit", description = "Turn off the emulator's per-endpoint rate limits.")
  boolean noRateLimit;

  @Option(names = "--reset", defaultValue = "0", paramLabel = "R",
      description = "Share 0..1 of requests whose connection the emulator resets (the client retries them).")
  double resetRatio;

  @Option(names = "--fail-502", defaultValue = "0", paramLabel = "R",
      description = "Share 0..1 of requests the emulator answers with HTTP 502 (the client retries them).")
  double fail502Ratio;

  @Option(names = "--throttle", defaultValue = "0", paramLabel = "R",
      description = "Share 0..1 of requests the emulator answers with ErrorCode 60007 (the client retries them).")
  double throttleRatio;

  @Option(names = "--max-retries", paramLabel = "N",
      description = "The client's retries after a transient failure (default: the client's, "
          + TimClientOptions.DEFAULT_MAX_RETRIES + ").")
  Integer maxRetries;

  @Option(names = "--seed", paramLabel = "N", description = "Seed of the emulator's fault draws.")
  Long seed;

  private PrintWriter out;
  private Context context;

  @Override
  public Integer call() {
    validate();
    out = spec.commandLine().getOut();
    Vertx vertx = Vertx.vertx();
    TimEmulator emulator = null;
    TimClient client = null;
    try {
      TimEmulatorOptions emulatorOptions = new TimEmulatorOptions()
          .setRateLimitEnabled(!noRateLimit)
          .setFaults(faults());
      if (seed != null) {
        emulatorOptions.setRandomSeed(seed);
      }
      emulator = TimEmulator.create(vertx, emulatorOptions);
      emulator.start().await();
      List<String> seededGroups = emulator.state().addGroups(groups, "Public");

      TimClientOptions clientOptions = new TimClientOptions()
          .setEndpoint(emulator.baseUrl())
          .setSdkAppId(emulatorOptions.getSdkAppId())
          .setAdminIdentifier(emulatorOptions.getAdminIdentifier())
          .setSecretKey(emulatorOptions.getSecretKey());
      if (maxRetries != null) {
        clientOptions.setMaxRetries(maxRetries);
      }
      client = TimClient.create(vertx, clientOptions);
      context = vertx.getOrCreateContext();

      out.printf(Locale.ROOT, "tim demo: emulator on %s (throwaway key, rate limits %s%s), %d accounts, %d groups, "
          + "%d requests in flight%n", emulator.baseUrl(), noRateLimit ? "off" : "on", faultText(), accounts, groups,
          inFlight);
      out.flush();

      warmUp(client);
      List<String> userIds = userIds(accounts);
      List<DemoPhase> phases = new ArrayList<>();
      phases.add(importPhase(client, userIds, emulator));
      phases.add(checkPhase(client, userIds));
      phases.add(onlinePhase(client, userIds, emulator));
      phases.add(groupPhase(client, seededGroups));

      printSummary(phases, emulator);
      boolean ok = phases.stream().allMatch(DemoPhase::ok);
      out.println(ok ? "demo OK: every count matched" : "demo FAILED: some counts did not match (see 'check' above)");
      out.flush();
      return ok ? ExitCodes.OK : ExitCodes.FAILED;
    } finally {
      if (client != null) {
        client.close().await();
      }
      if (emulator != null) {
        emulator.close().await();
      }
      vertx.close().await();
    }
  }

  private void validate() {
    if (accounts < 0 || accounts > 1_000_000) {
      throw new ParameterException(spec.commandLine(), "--accounts must be 0..1000000, got " + accounts);
    }
    if (groups < 0 || groups > 1_000_000) {
      throw new ParameterException(spec.commandLine(), "--groups must be 0..1000000, got " + groups);
    }
    if (online < 0) {
      throw new ParameterException(spec.commandLine(), "--online must be >= 0, got " + online);
    }
    if (inFlight < 1 || inFlight > 256) {
      throw new ParameterException(spec.commandLine(), "--in-flight must be 1..256, got " + inFlight);
    }
    if (latencyMillis < 0 || latencyMillis > 2000) {
      throw new ParameterException(spec.commandLine(), "--latency-ms must be 0..2000, got " + latencyMillis);
    }
    if (maxRetries != null && (maxRetries < 0 || maxRetries > 20)) {
      throw new ParameterException(spec.commandLine(), "--max-retries must be 0..20, got " + maxRetries);
    }
    faults();
  }

  private EmulatorFaults faults() {
    try {
      return new EmulatorFaults(latencyMillis, resetRatio, fail502Ratio, throttleRatio, 0,
          EmulatorFaults.DEFAULT_SLOW_MILLIS);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "invalid fault settings: " + e.getMessage()
          .replace("resetRatio", "--reset").replace("fail502Ratio", "--fail-502")
          .replace("throttleRatio", "--throttle").replace("fault ratios add up", "--reset + --fail-502 + --throttle add up"));
    }
  }

  // ---- phases ----

  /**
   * One read-only call before the timed phases, so that class loading, the first connection and the first usersig
   * (hundreds of ms in a fresh JVM) are reported apart instead of inflating the import phase.
   */
  private void warmUp(TimClient client) {
    long start = System.nanoTime();
    String outcome;
    try {
      onContext(() -> client.groups().getAppIdGroupList(GetAppIdGroupListRequest.firstPage(1))).await();
      outcome = "ok";
    } catch (RuntimeException e) {
      outcome = describe(e);
    }
    out.printf(Locale.ROOT, "%-13s one get_appid_group_list call (JVM, connection and usersig start-up, not timed "
        + "below): %s in %d ms%n", "[0/4] warm-up", outcome, millisSince(start));
    out.flush();
  }

  private DemoPhase importPhase(TimClient client, List<String> userIds, TimEmulator emulator) {
    List<List<String>> chunks = Bounded.chunks(userIds, IMPORT_CHUNK);
    progress("[1/4] import", userIds.size() + " accounts via multiaccount_import, " + chunks.size()
        + " calls of <= " + IMPORT_CHUNK);
    Histogram latency = histogram();
    long start = System.nanoTime();
    List<AsyncResult<ImportAccountsResult>> outcomes = runBounded(chunks, latency, chunk -> client.accounts()
        .importAccounts(new ImportAccountsRequest(chunk.stream().map(Account::of).toList())));
    long millis = millisSince(start);
    int failedAccounts = 0;
    Failures failures = new Failures();
    for (int i = 0; i < outcomes.size(); i++) {
      AsyncResult<ImportAccountsResult> o = outcomes.get(i);
      if (o.succeeded()) {
        failedAccounts += o.result().failAccounts().size();
      } else {
        failures.add(o.cause(), chunks.get(i).size());
        failedAccounts += chunks.get(i).size();
      }
    }
    int imported = userIds.size() - failedAccounts;
    int inEmulator = emulator.state().accountCount();
    boolean ok = failedAccounts == 0 && failures.calls == 0 && inEmulator == userIds.size();
    String result = imported + "/" + userIds.size() + " imported" + failures.suffix()
        + (inEmulator != userIds.size() ? ", emulator holds " + inEmulator : "");
    return done(phase("import", chunks.size(), userIds.size(), millis, latency, ok, result));
  }

  private DemoPhase checkPhase(TimClient client, List<String> userIds) {
    List<List<String>> chunks = Bounded.chunks(userIds, CHECK_CHUNK);
    progress("[2/4] check", userIds.size() + " accounts via account_check, " + chunks.size() + " calls of <= "
        + CHECK_CHUNK);
    Histogram latency = histogram();
    long start = System.nanoTime();
    List<AsyncResult<CheckAccountsResult>> outcomes = runBounded(chunks, latency,
        chunk -> client.accounts().checkAccounts(CheckAccountsRequest.of(chunk)));
    long millis = millisSince(start);
    int imported = 0;
    int notImported = 0;
    int itemErrors = 0;
    Failures failures = new Failures();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < outcomes.size(); i++) {
      AsyncResult<CheckAccountsResult> o = outcomes.get(i);
      if (o.failed()) {
        failures.add(o.cause(), chunks.get(i).size());
        continue;
      }
      for (CheckAccountsResult.Item r : o.result().items()) {
        seen.add(r.userId());
        if (!r.ok()) {
          itemErrors++;
        } else if (r.imported()) {
          imported++;
        } else {
          notImported++;
        }
      }
    }
    boolean ok = imported == userIds.size() && notImported == 0 && itemErrors == 0 && failures.calls == 0
        && seen.size() == userIds.size();
    String result = imported + "/" + userIds.size() + " Imported"
        + (notImported > 0 ? ", " + notImported + " NotImported" : "")
        + (itemErrors > 0 ? ", " + itemErrors + " item errors" : "") + failures.suffix();
    return done(phase("check", chunks.size(), userIds.size(), millis, latency, ok, result));
  }

  private DemoPhase onlinePhase(TimClient client, List<String> userIds, TimEmulator emulator) {
    int wanted = Math.min(online, userIds.size());
    // Spread the online users over the list so they land in different chunks; only imported accounts can be online.
    Set<String> onlineIds = new HashSet<>();
    for (int i = 0; i < wanted; i++) {
      String id = userIds.get((int) ((long) i * userIds.size() / wanted));
      if (emulator.state().hasAccount(id)) {
        emulator.state().setOnlineStatus(id, "Online");
        onlineIds.add(id);
      }
    }
    int marked = onlineIds.size();
    List<List<String>> chunks = Bounded.chunks(userIds, ONLINE_CHUNK);
    progress("[3/4] online", userIds.size() + " accounts via query_online_status (" + marked
        + " marked Online), " + chunks.size() + " calls of <= " + ONLINE_CHUNK);
    Histogram latency = histogram();
    long start = System.nanoTime();
    List<AsyncResult<QueryOnlineStatusResult>> outcomes = runBounded(chunks, latency,
        chunk -> client.accounts().queryOnlineStatus(QueryOnlineStatusRequest.of(chunk)));
    long millis = millisSince(start);
    int onlineSeen = 0;
    int offline = 0;
    int other = 0;
    int errors = 0;
    int wrongOnline = 0;
    Failures failures = new Failures();
    for (int i = 0; i < outcomes.size(); i++) {
      AsyncResult<QueryOnlineStatusResult> o = outcomes.get(i);
      if (o.failed()) {
        failures.add(o.cause(), chunks.get(i).size());
        continue;
      }
      for (QueryOnlineStatusResult.Status s : o.result().statuses()) {
        boolean expectOnline = onlineIds.contains(s.account());
        if ("Online".equals(s.status())) {
          onlineSeen++;
          if (!expectOnline) {
            wrongOnline++;
          }
        } else if ("Offline".equals(s.status())) {
          offline++;
          if (expectOnline) {
            wrongOnline++;
          }
        } else {
          other++;
        }
      }
      errors += o.result().errors().size();
    }
    boolean ok = onlineSeen == marked && offline == userIds.size() - marked && other == 0 && errors == 0
        && wrongOnline == 0 && failures.calls == 0;
    String result = onlineSeen + " Online, " + offline + " Offline" + (other > 0 ? ", " + other + " other" : "")
        + ", " + errors + " errors" + (wrongOnline > 0 ? ", " + wrongOnline + " with the wrong status" : "")
        + failures.suffix();
    return done(phase("online", chunks.size(), userIds.size(), millis, latency, ok, result));
  }

  private DemoPhase groupPhase(TimClient client, List<String> seeded) {
    progress("[4/4] groups", "page through get_appid_group_list, Limit " + GROUP_PAGE + " until Next = 0");
    Histogram latency = histogram();
    long start = System.nanoTime();
    Set<String> seen = new HashSet<>();
    int duplicates = 0;
    int pages = 0;
    int maxPages = seeded.size() / GROUP_PAGE + 10;
    long next = 0;
    String failure = null;
    while (true) {
      GetAppIdGroupListRequest request = new GetAppIdGroupListRequest(GROUP_PAGE, next, null);
      GetAppIdGroupListResult page;
      try {
        page = onContext(() -> timed(latency, () -> client.groups().getAppIdGroupList(request))).await();
      } catch (RuntimeException e) {
        failure = describe(e);
        break;
      }
      pages++;
      for (String id : page.groupIds()) {
        if (!seen.add(id)) {
          duplicates++;
        }
      }
      if (page.last()) {
        break;
      }
      if (pages >= maxPages) {
        failure = "still not at the last page after " + pages + " pages";
        break;
      }
      next = page.next();
    }
    long millis = millisSince(start);
    boolean ok = failure == null && duplicates == 0 && seen.equals(new HashSet<>(seeded));
    int missing = 0;
    for (String id : seeded) {
      if (!seen.contains(id)) {
        missing++;
      }
    }
    String result = seen.size() + "/" + seeded.size() + " groups in " + pages + " pages, " + duplicates
        + " duplicates" + (missing > 0 ? ", " + missing + " missing" : "") + (failure != null ? ", " + failure : "");
    return done(phase("groups", pages, seen.size(), millis, latency, ok, result));
  }

  // ---- plumbing ----

  /** Runs the calls of one phase on the client's context, at most {@link #inFlight} at a time, and waits. */
  private <T, R> List<AsyncResult<R>> runBounded(List<T> inputs, Histogram latency,
                                                 java.util.function.Function<T, Future<R>> call) {
    return onContext(() -> Bounded.of(inputs, inFlight, (T input) -> timed(latency, () -> call.apply(input))).run()).await();
  }

  /** Latencies in microseconds, up to a minute. */
  private static Histogram histogram() {
    return new SynchronizedHistogram(60_000_000L, 3);
  }

  /** Records the call's latency from now until it completes (failed calls included). */
  private static <R> Future<R> timed(Histogram latency, Supplier<Future<R>> call) {
    long start = System.nanoTime();
    return call.get().andThen(ar -> latency.recordValue(Math.max(1, (System.nanoTime() - start) / 1000)));
  }

  private static DemoPhase phase(String name, int calls, int items, long millis, Histogram latency, boolean ok,
                                 String result) {
    boolean any = latency.getTotalCount() > 0;
    return new DemoPhase(name, calls, items, millis, any ? latency.getValueAtPercentile(50) / 1000.0 : Double.NaN,
        any ? latency.getMaxValue() / 1000.0 : Double.NaN, ok, result);
  }

  /** Starts {@code work} on the demo's event-loop context; its callbacks then stay on that one thread. */
  private <T> Future<T> onContext(Supplier<Future<T>> work) {
    Promise<T> promise = Promise.promise();
    context.runOnContext(v -> {
      try {
        work.get().onComplete(promise);
      } catch (RuntimeException e) {
        promise.tryFail(e);
      }
    });
    return promise.future();
  }

  private void progress(String phase, String what) {
    out.printf(Locale.ROOT, "%-13s %s ...%n", phase, what);
    out.flush();
  }

  private DemoPhase done(DemoPhase phase) {
    out.printf(Locale.ROOT, "%-13s %s: %s in %d ms%n", "", phase.ok() ? "done" : "FAILED", phase.result(),
        phase.millis());
    out.flush();
    return phase;
  }

  private void printSummary(List<DemoPhase> phases, TimEmulator emulator) {
    int calls = phases.stream().mapToInt(DemoPhase::calls).sum();
    int items = phases.stream().mapToInt(DemoPhase::items).sum();
    long millis = phases.stream().mapToLong(DemoPhase::millis).sum();
    out.println();
    out.println(DemoPhase.header());
    phases.forEach(p -> out.println(p.row()));
    boolean ok = phases.stream().allMatch(DemoPhase::ok);
    double max = phases.stream().mapToDouble(DemoPhase::maxMillis).max().orElse(0);
    out.println(new DemoPhase("total", calls, items, millis, Double.NaN, max, ok,
        ok ? "all counts matched" : "some counts differ").row());
    out.printf(Locale.ROOT, "emulator: %d requests received (warm-up included), %d rate-limited (60007), "
        + "faults injected: reset %d, 502 %d, throttle %d; %d accounts, %d groups%n", emulator.stats().requests(),
        emulator.stats().rateLimited(), emulator.stats().faults("reset"), emulator.stats().faults("502"),
        emulator.stats().faults("throttle"), emulator.state().accountCount(), emulator.state().groupCount());
    out.flush();
  }

  private String faultText() {
    StringBuilder sb = new StringBuilder();
    if (latencyMillis > 0) {
      sb.append(", latency ").append(latencyMillis).append(" ms");
    }
    if (resetRatio > 0) {
      sb.append(", reset ").append(resetRatio);
    }
    if (fail502Ratio > 0) {
      sb.append(", 502 ").append(fail502Ratio);
    }
    if (throttleRatio > 0) {
      sb.append(", throttle ").append(throttleRatio);
    }
    return sb.toString();
  }

  private static List<String> userIds(int n) {
    int width = Math.max(4, String.valueOf(n).length());
    List<String> ids = new ArrayList<>(n);
    for (int i = 1; i <= n; i++) {
      ids.add(String.format(Locale.ROOT, "demo_user_%0" + width + "d", i));
    }
    return ids;
  }

  private static long millisSince(long startNanos) {
    return (System.nanoTime() - startNanos) / 1_000_000;
  }

  private static String describe(Throwable t) {
    TimException te = Errors.timException(t);
    return te != null ? Errors.describe(te) : String.valueOf(t);
  }

  /** Failed calls of a phase and the first failure, for the result text. */
  private static final class Failures {
    int calls;
    int items;
    String first;

    void add(Throwable t, int chunkItems) {
      calls++;
      items += chunkItems;
      if (first == null) {
        first = describe(t);
      }
    }

    String suffix() {
      return calls == 0 ? "" : ", " + calls + " calls failed (" + items + " items; first: " + first + ")";
    }
  }
}
