package io.github.vertxtim.cli;

import io.github.vertxtim.Region;
import io.github.vertxtim.TimClient;
import io.github.vertxtim.TimClientOptions;
import io.github.vertxtim.TimException;
import io.github.vertxtim.registry.EndpointRegistry;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.VertxOptions;
import io.vertx.core.json.JsonObject;
import org.HdrHistogram.Histogram;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code tim bench}: a load generator for one endpoint of an emulator or a real app, using the public client API.
 *
 * <p>Two ways to load:
 * <ul>
 *   <li>flat out (default): {@code --concurrency N} calls kept in flight, each completion starting the next
 *       (closed loop); latency is measured from the moment a call is issued;</li>
 *   <li>{@code --rate N}: an open loop sending N calls per second on a fixed schedule, whatever is in flight. Latency
 *       is measured from each call's <em>intended</em> send time, so a stalled target or generator shows up in the
 *       percentiles instead of silently lowering the rate (coordinated omission).</li>
 * </ul>
 * It stops after {@code --duration} or {@code --count} calls, then prints the HdrHistogram percentiles, the
 * throughput and the failures by error code.
 *
 * <p>Credentials come from the environment only (never from options, so they stay out of shell history and
 * process lists): {@code TIM_SDKAPPID}, {@code TIM_ADMIN} (default {@code administrator}), {@code TIM_SECRET_KEY} or
 * {@code TIM_SECRET_KEY_FILE}, and {@code TIM_REGION} or {@code TIM_ENDPOINT}. A real region, or any endpoint that is
 * not a loopback address, is refused unless {@value #QUOTA_FLAG} is given: every call there spends the app's
 * quota and counts against its rate limits.
 *
 * <p>Exit codes: 0 the run completed and at most half of the calls failed; 1 most calls failed, or the run could
 * not be carried out; 2 bad usage, missing environment, or a refused target. Ctrl-C ends the run early and prints
 * the report of what was measured.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
    description = {
        "Load one endpoint of an emulator or a real app and report latency percentiles (HdrHistogram), throughput "
            + "and errors by code.",
        "",
        "Environment: TIM_SDKAPPID, TIM_ADMIN (default administrator), TIM_SECRET_KEY or TIM_SECRET_KEY_FILE, "
            + "TIM_REGION or TIM_ENDPOINT (default region: china).",
        "A real region or a non-loopback endpoint needs " + BenchCommand.QUOTA_FLAG + ": the calls spend the app's "
            + "quota and count against its rate limits (about 200 calls/s per API)."
    },
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {
        "0:the run completed, at most half of the calls failed (failures are counted in the report)",
        "1:most calls failed, or the run could not be carried out",
        "2:bad usage, missing environment or refused target"})
public final class BenchCommand implements Callable<Integer> {

  public static final String QUOTA_FLAG = "--i-understand-this-spends-quota";

  private static final int DEFAULT_CONCURRENCY = 16;
  private static final Duration DEFAULT_DURATION = Duration.ofSeconds(10);
  private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)?");
  private static final long HIGHEST_TRACKABLE_MICROS = TimeUnit.HOURS.toMicros(1);

  @ParentCommand
  TimCli root;

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "SERVICE/COMMAND",
      description = "The endpoint, e.g. im_open_login_svc/account_check.")
  String endpoint;

  @Option(names = "--body", paramLabel = "JSON|@file", defaultValue = "{}",
      description = "Request body sent with every call: a JSON object, @FILE, or - for stdin "
          + "(default: ${DEFAULT-VALUE}).")
  String body;

  @Option(names = "--rate", paramLabel = "N",
      description = "Fixed rate, calls per second (open loop, latency from the intended send time).")
  Double rate;

  @Option(names = "--concurrency", paramLabel = "N",
      description = "Flat out with N calls in flight (default " + DEFAULT_CONCURRENCY + "); not with --rate.")
  Integer concurrency;

  @Option(names = "--duration", paramLabel = "DURATION",
      description = "How long to send, e.g. 500ms, 10s, 2m (default 10s unless --count is given).")
  String duration;

  @Option(names = "--count", paramLabel = "N", description = "How many calls to make (instead of --duration).")
  Long count;

  @Option(names = "--warmup", paramLabel = "DURATION", defaultValue = "0s",
      description = "Load for this long first without recording (lets the JIT and the pool warm up; default 0s).")
  String warmup;

  @Option(names = "--pool-size", paramLabel = "N",
      description = "Connections to the target (default: the concurrency, or 16 with --rate).")
  Integer poolSize;

  @Option(names = "--timeout-ms", paramLabel = "MS", defaultValue = "" + TimClientOptions.DEFAULT_TIMEOUT_MILLIS,
      description = "Per-attempt deadline, > 3000 (default ${DEFAULT-VALUE}).")
  int timeoutMillis;

  @Option(names = "--max-retries", paramLabel = "N", defaultValue = "0",
      description = "Client retries of transient failures (default ${DEFAULT-VALUE}: every attempt is measured and "
          + "every failure counted, none hidden by a retry).")
  int maxRetries;

  @Option(names = QUOTA_FLAG,
      description = "Required to load a real region or any non-loopback endpoint: every call spends the app's quota.")
  boolean spendQuota;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Plan plan = plan();
    if (EndpointRegistry.defaultRegistry().find(plan.service, plan.command).isEmpty()) {
      err.println("tim: warning: " + plan.service + "/" + plan.command
          + " is not in the endpoint registry; loading it anyway");
      err.flush();
    }
    // One event loop: the run's state lives on one context, and the generator takes one core, not all of them.
    try (CliSession session = CliSession.open(plan.credentials, plan.options,
             new VertxOptions().setEventLoopPoolSize(1));
         StopHook hook = StopHook.install(root, 10_000, "tim-bench-shutdown")) {
      out.println("tim bench: " + plan.service + "/" + plan.command + " on " + plan.targetDescription);
      out.println("mode       " + plan.modeDescription());
      out.flush();
      Context context = session.vertx().getOrCreateContext();
      if (!plan.warmup.isZero()) {
        Run warm = new Run(session.client(), context, plan, null, plan.warmup.toNanos(), false);
        if (!await(warm, plan, plan.warmup, err)) {
          return ExitCodes.FAILED;
        }
        out.println("warmup     " + warm.completed + " calls in " + seconds(warm.elapsedNanos) + " s (not recorded)");
      }
      Run run = new Run(session.client(), context, plan, plan.count,
          plan.duration == null ? -1 : plan.duration.toNanos(), true);
      if (!await(run, plan, plan.duration, err)) {
        return ExitCodes.FAILED;
      }
      if (run.stopped) {
        out.println("stopped    by Ctrl-C: the report covers the calls made until then");
      }
      report(out, run);
      session.figures().print(out, "client metrics (the meters of docs/observability.md" + (plan.warmup.isZero() ? ")"
          : ", warmup included)"));
      out.flush();
      if (run.failed * 2 > run.completed) {
        err.println("tim: most calls failed (" + run.failed + " of " + run.completed + "); see errors by code");
        err.flush();
        return ExitCodes.FAILED;
      }
      return ExitCodes.OK;
    } finally {
      err.flush();
    }
  }

  /** Runs to the end, or until the stop signal (Ctrl-C); false when it did not complete in time (reported). */
  private boolean await(Run run, Plan plan, Duration duration, PrintWriter err) throws InterruptedException {
    root.stopSignal().thenRun(() -> run.context.runOnContext(v -> run.stop()));
    try {
      await(run.start(), plan, duration);
      return true;
    } catch (ExecutionException | TimeoutException e) {
      err.println("tim: the run did not complete: " + root.redactor().redact(String.valueOf(e)));
      return false;
    }
  }

  private void await(Future<Void> done, Plan plan, Duration duration)
      throws InterruptedException, ExecutionException, TimeoutException {
    // Upper bound: the sending time (or, for --count, a generous allowance) plus every call's deadline and retries.
    long sendMillis = duration != null ? duration.toMillis() : TimeUnit.HOURS.toMillis(24);
    long bound = sendMillis + (long) plan.options.getTimeoutMillis() * (plan.options.getMaxRetries() + 2) + 30_000;
    done.toCompletionStage().toCompletableFuture().get(bound, TimeUnit.MILLISECONDS);
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Planning: everything that can be refused is checked before any connection is made.

  /** What to run, fully validated. */
  private static final class Plan {
    String service;
    String command;
    JsonObject body;
    Double rate;
    int concurrency;
    Long count;
    Duration duration;
    Duration warmup;
    TimClientOptions options;
    String targetDescription;
    EnvCredentials credentials;

    String modeDescription() {
      String stop = count != null ? count + " calls" : "for " + duration.toMillis() / 1000.0 + " s";
      String pool = options.getPoolSize() + " connections";
      if (rate != null) {
        return "fixed rate " + trim(rate) + " calls/s (open loop), " + pool + ", " + stop;
      }
      return "flat out, " + concurrency + " in flight, " + pool + ", " + stop;
    }
  }

  private Plan plan() {
    Plan p = new Plan();
    String[] parts = endpoint.split("/", -1);
    if (parts.length != 2 || parts[0].isEmpty() || parts[1].isEmpty()) {
      throw new CliUsageException("the endpoint must be SERVICE/COMMAND, e.g. im_open_login_svc/account_check; got '"
          + endpoint + "'");
    }
    p.service = parts[0];
    p.command = parts[1];
    p.body = JsonBody.read(body, root.stdin());
    if (rate != null && concurrency != null) {
      throw new CliUsageException("--rate and --concurrency are exclusive: --rate sends on a schedule whatever is in flight");
    }
    if (rate != null && !(rate > 0 && rate <= 1_000_000)) {
      throw new CliUsageException("--rate must be > 0 and <= 1000000 calls/s, got " + rate);
    }
    p.rate = rate;
    p.concurrency = concurrency == null ? DEFAULT_CONCURRENCY : concurrency;
    if (p.concurrency < 1 || p.concurrency > 100_000) {
      throw new CliUsageException("--concurrency must be between 1 and 100000, got " + p.concurrency);
    }
    if (count != null && duration != null) {
      throw new CliUsageException("--duration and --count are exclusive");
    }
    if (count != null && count < 1) {
      throw new CliUsageException("--count must be >= 1, got " + count);
    }
    p.count = count;
    p.duration = count == null ? (duration == null ? DEFAULT_DURATION : parseDuration("--duration", duration)) : null;
    if (p.duration != null && p.duration.isZero()) {
      throw new CliUsageException("--duration must be > 0");
    }
    p.warmup = parseDuration("--warmup", warmup);
    if (timeoutMillis <= TimClientOptions.SERVER_TIMEOUT_MILLIS) {
      throw new CliUsageException("--timeout-ms must be greater than " + TimClientOptions.SERVER_TIMEOUT_MILLIS
          + " (the service's own timeout), got " + timeoutMillis);
    }
    if (maxRetries < 0) {
      throw new CliUsageException("--max-retries must be >= 0");
    }
    int pool = poolSize != null ? poolSize : rate != null ? 16 : p.concurrency;
    if (pool < 1) {
      throw new CliUsageException("--pool-size must be >= 1, got " + pool);
    }
    p.options = new TimClientOptions()
        .setPoolSize(pool)
        // flat out: every call beyond the pool waits for a connection; at a rate: a generous queue, so a slow
        // target shows up as latency first and as POOL_BUSY errors only when it is hopelessly behind
        .setMaxWaitQueueSize(rate != null ? 100_000 : Math.max(TimClientOptions.DEFAULT_MAX_WAIT_QUEUE_SIZE,
            p.concurrency))
        .setTimeoutMillis(timeoutMillis)
        .setMaxRetries(maxRetries);
    applyEnvironment(p);
    return p;
  }

  private void applyEnvironment(Plan p) {
    p.credentials = EnvCredentials.load(root.env());
    root.redactor().add(p.credentials.secretKey());
    TimClientOptions fromEnv = p.credentials.options();
    p.options.setSdkAppId(fromEnv.getSdkAppId())
        .setAdminIdentifier(fromEnv.getAdminIdentifier())
        .setSecretKey(fromEnv.getSecretKey())
        .setInsecurePlaintextHttp(fromEnv.isInsecurePlaintextHttp());
    boolean real;
    String endpointUrl = fromEnv.getEndpoint();
    if (endpointUrl != null) {
      p.options.setEndpoint(endpointUrl);
      real = !EnvCredentials.isLoopback(URI.create(endpointUrl).getHost());
      p.targetDescription = endpointUrl + (real ? " (not a loopback address)" : " (loopback)");
    } else {
      Region region = fromEnv.getRegion();
      p.options.setRegion(region);
      real = true;
      p.targetDescription = "the real service, region " + region.name().toLowerCase(Locale.ROOT) + " ("
          + region.host() + ")";
    }
    if (real && !spendQuota) {
      throw new CliUsageException("refusing to load " + p.targetDescription + ": every call there spends the app's quota "
          + "and counts against its rate limits (about 200 calls/s per API). Point TIM_ENDPOINT at an emulator on a "
          + "loopback address, or add " + QUOTA_FLAG + " to run anyway.");
    }
  }

  static Duration parseDuration(String option, String text) {
    Matcher m = DURATION.matcher(text.trim().toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      throw new CliUsageException(option + " must look like 500ms, 10s, 2m or 1h; got '" + text + "'");
    }
    double v = Double.parseDouble(m.group(1));
    String unit = m.group(2) == null ? "s" : m.group(2);
    double millis = switch (unit) {
      case "ms" -> v;
      case "s" -> v * 1000;
      case "m" -> v * 60_000;
      default -> v * 3_600_000;
    };
    return Duration.ofMillis(Math.round(millis));
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Running: everything below happens on one event-loop context, so the histogram and counters need no locking.

  private static final class Run {
    private final TimClient client;
    private final Context context;
    private final Plan plan;
    /** Null while warming up. */
    private final Histogram histogram;
    private final Map<String, Long> errors = new TreeMap<>();
    private final Long limit;
    private final long durationNanos;
    private final Promise<Void> done = Promise.promise();
    private long startNanos;
    private long endNanos;
    private long issued;
    private long completed;
    private long failed;
    private long inFlight;
    private long elapsedNanos;
    private long timerId = -1;
    private boolean sending = true;
    /** Set by Ctrl-C: no new calls; the run ends when those in flight have answered. */
    private boolean stopped;

    /**
     * @param limit         calls to make, or null to send for {@code durationNanos}
     * @param durationNanos how long to send when {@code limit} is null
     */
    Run(TimClient client, Context context, Plan plan, Long limit, long durationNanos, boolean record) {
      this.client = client;
      this.context = context;
      this.plan = plan;
      this.limit = limit;
      this.durationNanos = durationNanos;
      this.histogram = record ? new Histogram(HIGHEST_TRACKABLE_MICROS, 3) : null;
    }

    Future<Void> start() {
      context.runOnContext(v -> {
        startNanos = System.nanoTime();
        if (plan.rate != null) {
          tick();
          timerId = context.owner().setPeriodic(1, id -> tick());
        } else {
          for (int i = 0; i < plan.concurrency && mayIssue(System.nanoTime()); i++) {
            issue(System.nanoTime());
          }
          finishIfDone();
        }
      });
      return done.future();
    }

    /** Stops sending; the run completes once the calls in flight have answered. */
    void stop() {
      if (!sending) {
        return;
      }
      stopped = true;
      sending = false;
      if (timerId >= 0) {
        context.owner().cancelTimer(timerId);
        timerId = -1;
      }
      finishIfDone();
    }

    private boolean mayIssue(long now) {
      if (!sending) {
        return false;
      }
      if (limit != null ? issued >= limit : now - startNanos >= durationNanos) {
        sending = false;
        return false;
      }
      return true;
    }

    /** Open loop: send every call whose intended time has come, each timed from its intended time. */
    private void tick() {
      long now = System.nanoTime();
      double intervalNanos = 1e9 / plan.rate;
      while (sending) {
        long intended = startNanos + (long) (issued * intervalNanos);
        if (intended > now) {
          break;
        }
        if (!mayIssue(intended)) {
          break;
        }
        issue(intended);
      }
      if (!sending && timerId >= 0) {
        context.owner().cancelTimer(timerId);
        timerId = -1;
        finishIfDone();
      }
    }

    private void issue(long fromNanos) {
      issued++;
      inFlight++;
      Future<JsonObject> f;
      try {
        f = client.call(plan.service, plan.command, plan.body);
      } catch (RuntimeException e) {
        f = Future.failedFuture(e);
      }
      f.onComplete(ar -> completed(fromNanos, ar.failed() ? ar.cause() : null));
    }

    private void completed(long fromNanos, Throwable failure) {
      long now = System.nanoTime();
      inFlight--;
      completed++;
      endNanos = now;
      if (histogram != null) {
        histogram.recordValue(Math.min(HIGHEST_TRACKABLE_MICROS, Math.max(0, (now - fromNanos) / 1000)));
      }
      if (failure != null) {
        failed++;
        errors.merge(errorKey(failure), 1L, Long::sum);
      }
      if (plan.rate == null && mayIssue(now)) {
        issue(now);
      }
      finishIfDone();
    }

    private void finishIfDone() {
      if (inFlight == 0 && (stopped || (plan.rate == null ? !mayIssueNow() : !sending))) {
        elapsedNanos = (issued == 0 ? System.nanoTime() : endNanos) - startNanos;
        done.tryComplete();
      }
    }

    private boolean mayIssueNow() {
      return mayIssue(System.nanoTime());
    }
  }

  static String errorKey(Throwable failure) {
    if (failure instanceof TimException te) {
      return te.errorCode() + te.code().map(c -> " " + c.name()).orElse("");
    }
    return "other (" + failure.getClass().getSimpleName() + ")";
  }

  private static void report(PrintWriter out, Run run) {
    double secs = run.elapsedNanos / 1e9;
    out.println("calls      " + run.completed + " (ok " + (run.completed - run.failed) + ", errors " + run.failed + ")");
    out.println("elapsed    " + seconds(run.elapsedNanos) + " s");
    out.println("throughput " + String.format(Locale.ROOT, "%.1f", secs > 0 ? run.completed / secs : 0.0)
        + " calls/s");
    Histogram h = run.histogram;
    out.println("latency ms (" + (run.plan.rate != null ? "from each call's intended send time"
        : "from each call's send time") + ")");
    out.println("  p50      " + millis(h.getValueAtPercentile(50)));
    out.println("  p90      " + millis(h.getValueAtPercentile(90)));
    out.println("  p99      " + millis(h.getValueAtPercentile(99)));
    out.println("  p99.9    " + millis(h.getValueAtPercentile(99.9)));
    out.println("  max      " + millis(h.getMaxValue()));
    if (run.errors.isEmpty()) {
      out.println("errors by code: none");
    } else {
      out.println("errors by code:");
      run.errors.forEach((code, n) -> out.println("  " + code + "  " + n));
    }
  }

  private static String millis(long micros) {
    return String.format(Locale.ROOT, "%.3f", micros / 1000.0);
  }

  private static String seconds(long nanos) {
    return String.format(Locale.ROOT, "%.3f", nanos / 1e9);
  }

  private static String trim(double d) {
    return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
  }
}
