package io.github.vertxtim.cli;

import io.github.vertxtim.TimErrorCode;
import io.github.vertxtim.bulk.BulkJournalOptions;
import io.github.vertxtim.bulk.BulkOptions;
import io.github.vertxtim.bulk.BulkSummary;
import io.vertx.core.Context;
import io.vertx.core.Promise;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.RejectedExecutionException;
import java.util.stream.Collectors;

/**
 * What {@code tim import-accounts} and {@code tim bulk} share: checks the files, runs a {@link FileJobRun} with a
 * progress display, cancels it on Ctrl-C / SIGTERM ({@link TimCli#stop()} in tests), and prints the summary.
 * Exit 0 when every item ended OK, 1 otherwise.
 */
final class FileJob {

  /** How long the shutdown hook lets a cancelled job finish its requests in flight and print its summary. */
  private static final long SHUTDOWN_WAIT_SECONDS = 15;

  private final TimCli root;
  private final CommandSpec spec;
  private final JobOptions jobOptions;

  FileJob(TimCli root, CommandSpec spec, JobOptions jobOptions) {
    this.root = root;
    this.spec = spec;
    this.jobOptions = jobOptions;
  }

  /**
   * Runs {@code service/command} over the lines of {@code input}.
   *
   * @param what    a description for the start line, e.g. {@code accounts} or {@code items}
   * @param options the job's options (template, chunk size); rate and in-flight come from the command line
   */
  int run(String service, String command, Path input, LineParser parser, BulkOptions options, String what) {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    jobOptions.validate(spec);
    checkInput(input);
    if (parser instanceof JsonItems) {
      refuseJsonArray(input);
    }
    Path failedPath = jobOptions.failed != null ? jobOptions.failed
        : input.resolveSibling(input.getFileName() + ".failed." + parser.format());
    checkFailedPath(failedPath, input);
    long lines = countLines(input);

    ProgressDisplay display = new ProgressDisplay(ProgressDisplay.resolve(jobOptions.progress, root.terminal()), err);
    options.setMaxInFlight(jobOptions.inFlight)
        .setProgressIntervalMillis(display.intervalMillis(jobOptions.progressIntervalMillis()));
    if (jobOptions.rate != null) {
      options.setRatePerSecond(jobOptions.rate);
    }
    boolean resuming = false;
    if (jobOptions.journal != null) {
      checkJournalPath(jobOptions.journal, input, failedPath);
      options.setJournal(new BulkJournalOptions().setPath(jobOptions.journal.toString()));
      resuming = isNonEmptyFile(jobOptions.journal);
    }
    err.println("tim: " + service + "/" + command + " over " + input + " (" + parser.format() + ", " + lines
        + " non-blank lines) as " + what + ", " + options.getMaxInFlight() + " requests in flight"
        + (jobOptions.rate != null ? ", " + rate(jobOptions.rate) + "/s" : "") + "; failures to " + failedPath
        + (jobOptions.journal == null ? "" : (resuming ? "; resuming from journal " : "; journal ")
            + jobOptions.journal));
    err.flush();

    try (CliSession session = CliSession.open(root, jobOptions.tuning);
         StopHook hook = StopHook.install(root, SHUTDOWN_WAIT_SECONDS * 1000L, "tim-bulk-shutdown")) {
      Context ctx = session.vertx().getOrCreateContext();
      FileJobRun run = new FileJobRun(session.vertx(), session.client(), service, command, input, failedPath, parser,
          options, display, root.redactor()::redact, lines, resuming);
      Promise<FileJobRun.Result> result = Promise.promise();
      ctx.runOnContext(v -> run.start().onComplete(result));
      root.stopSignal().thenRun(() -> {
        try {
          ctx.runOnContext(v -> run.cancel());
        } catch (RejectedExecutionException ignored) {
          // Vert.x is already closed: the job is over
        }
      });
      FileJobRun.Result r;
      try {
        r = result.future().await();
      } catch (RuntimeException e) {
        throw new IllegalStateException(root.redactor().redact("the job could not run: " + e.getMessage()), e);
      }
      display.finish(run.snapshot(r));
      printSummary(out, r, failedPath);
      session.figures().print(out, "client metrics (the meters of docs/observability.md)");
      out.flush();
      return r.failed() == 0 && r.summary().cancelled() == 0 && r.summary().unknown() == 0
          && r.summary().sourceError() == null && r.summary().journalError() == null && r.failedFileError() == null
          ? ExitCodes.OK : ExitCodes.FAILED;
    } finally {
      display.close();
    }
  }

  private void printSummary(PrintWriter out, FileJobRun.Result r, Path failedPath) {
    BulkSummary s = r.summary();
    double seconds = s.elapsedMillis() / 1000.0;
    out.printf(Locale.ROOT, "items        %d%n", r.items());
    out.printf(Locale.ROOT, "ok           %d%n", s.ok());
    out.printf(Locale.ROOT, "failed       %d%s%n", r.failed(),
        r.failed() == 0 ? "" : "  (" + byCode(s, r.rejected()) + ")");
    out.printf(Locale.ROOT, "cancelled    %d%n", s.cancelled());
    out.printf(Locale.ROOT, "calls        %d%n", s.calls());
    out.printf(Locale.ROOT, "retried      %d items%n", s.retriedItems());
    if (jobOptions.journal != null) {
      out.printf(Locale.ROOT, "journal      skipped %d, retried %d, unknown %d  (%s)%n", s.skipped(), s.resumed(),
          s.unknown(), jobOptions.journal);
      if (s.unknown() > 0) {
        out.printf(Locale.ROOT, "unknown      %d items were in flight when an earlier run stopped and are not safe to"
            + " send again: check them in the service, they are in the failed file as UNKNOWN%n", s.unknown());
      }
      if (s.journalError() != null) {
        out.printf(Locale.ROOT, "journal err  %s (the job was cancelled)%n",
            root.redactor().redact(String.valueOf(s.journalError().getMessage())));
      }
    }
    out.printf(Locale.ROOT, "elapsed      %.2f s  (%.0f items/s)%n", seconds,
        seconds > 0 ? r.items() / seconds : 0.0);
    if (s.sourceError() != null) {
      out.printf(Locale.ROOT, "input error  %s (lines after it were not read)%n",
          root.redactor().redact(String.valueOf(s.sourceError().getMessage())));
    }
    if (r.failedFileError() != null) {
      out.printf(Locale.ROOT, "failed file  %s  (INCOMPLETE: %s; %d lines were to be written)%n", failedPath,
          root.redactor().redact(String.valueOf(r.failedFileError().getMessage())), r.failedLines());
    } else if (r.failedLines() > 0) {
      out.printf(Locale.ROOT, "failed file  %s  (%d line%s; reasons in %s)%n", failedPath, r.failedLines(),
          r.failedLines() == 1 ? "" : "s", FailedFile.reasonsPath(failedPath));
    } else {
      out.println("failed file  none (every item ended OK)");
    }
    out.flush();
  }

  /** {@code -6 INVALID_ARGUMENT 3 malformed, 70107 ACCOUNT_NOT_IMPORTED 2}, most frequent first. */
  private static String byCode(BulkSummary s, long rejected) {
    int invalid = TimErrorCode.INVALID_ARGUMENT.code();
    Map<Integer, Long> codes = new HashMap<>(s.failuresByCode());
    String malformed = "";
    if (rejected > 0) {
      malformed = codes.containsKey(invalid) ? " (" + rejected + " of them malformed lines, not sent)"
          : " (malformed lines, not sent)";
      codes.merge(invalid, rejected, Long::sum);
    }
    String note = malformed;
    return codes.entrySet().stream()
        .sorted(Map.Entry.<Integer, Long>comparingByValue(Comparator.reverseOrder())
            .thenComparing(Map.Entry.comparingByKey()))
        .map(e -> e.getKey() + TimErrorCode.of(e.getKey()).map(c -> " " + c.name()).orElse("") + " " + e.getValue()
            + (e.getKey() == invalid ? note : ""))
        .collect(Collectors.joining(", "));
  }

  private static String rate(double r) {
    return r == Math.rint(r) ? String.valueOf((long) r) : String.valueOf(r);
  }

  private static void checkInput(Path input) {
    if (!Files.isRegularFile(input)) {
      throw new CliUsageException("cannot read " + input + ": " + (Files.exists(input) ? "not a regular file"
          : "no such file"));
    }
    if (!Files.isReadable(input)) {
      throw new CliUsageException("cannot read " + input + ": permission denied");
    }
  }

  /**
   * A file holding one JSON array (what many tools write) is not JSON lines: say so, and how to convert it, rather
   * than failing every line. Only the start of the file is read.
   */
  private static void refuseJsonArray(Path input) {
    try (java.io.BufferedReader r = Files.newBufferedReader(input, java.nio.charset.StandardCharsets.UTF_8)) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String t = line.strip();
        if (t.isEmpty()) {
          continue;
        }
        if (t.startsWith("[")) {
          throw new CliUsageException(input + " holds a JSON array, but the file must be JSON lines: one item per "
              + "line, e.g. {\"UserID\":\"alice\"} or \"alice\". Convert it with: jq -c '.[]' " + input + " > "
              + input + "l");
        }
        return;
      }
    } catch (IOException | java.io.UncheckedIOException e) {
      // reading fails again, with its own message, when the job reads the file
    }
  }

  private static void checkJournalPath(Path journal, Path input, Path failed) {
    Path j = journal.toAbsolutePath().normalize();
    if (j.equals(input.toAbsolutePath().normalize()) || j.equals(failed.toAbsolutePath().normalize())
        || j.equals(FailedFile.reasonsPath(failed).toAbsolutePath().normalize())) {
      throw new CliUsageException("--journal " + journal + " is the input or the failed file; give another file");
    }
    Path dir = j.getParent();
    if (dir == null || !Files.isDirectory(dir) || !Files.isWritable(dir)) {
      throw new CliUsageException("cannot write the journal " + journal + ": its directory does not exist or is not"
          + " writable");
    }
  }

  private static boolean isNonEmptyFile(Path p) {
    try {
      return Files.isRegularFile(p) && Files.size(p) > 0;
    } catch (IOException e) {
      return false;
    }
  }

  private static void checkFailedPath(Path failed, Path input) {
    Path f = failed.toAbsolutePath().normalize();
    Path reasons = FailedFile.reasonsPath(f);
    try {
      if (f.equals(input.toAbsolutePath().normalize()) || (Files.exists(f) && Files.isSameFile(f, input))
          || reasons.equals(input.toAbsolutePath().normalize())) {
        throw new CliUsageException("--failed " + failed + " is the input file; give another file");
      }
    } catch (IOException e) {
      throw new CliUsageException("--failed " + failed + ": " + e.getMessage());
    }
    Path dir = f.getParent();
    if (dir == null || !Files.isDirectory(dir) || !Files.isWritable(dir)) {
      throw new CliUsageException("cannot write the failed file " + failed + ": its directory does not exist or is"
          + " not writable");
    }
  }

  /** Non-blank lines of the file, read as a byte stream (not loaded), for the progress total and ETA. */
  static long countLines(Path input) {
    long count = 0;
    boolean content = false;
    byte[] buf = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(input)) {
      for (int n; (n = in.read(buf)) > 0; ) {
        for (int i = 0; i < n; i++) {
          byte b = buf[i];
          if (b == '\n') {
            if (content) {
              count++;
            }
            content = false;
          } else if (b != ' ' && b != '\t' && b != '\r') {
            content = true;
          }
        }
      }
    } catch (IOException e) {
      throw new CliUsageException("cannot read " + input + ": " + e.getMessage());
    }
    return content ? count + 1 : count;
  }
}
