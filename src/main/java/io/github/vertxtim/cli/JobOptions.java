package io.github.vertxtim.cli;

import io.github.vertxtim.bulk.BulkOptions;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

import java.nio.file.Path;

/** The options {@code tim import-accounts} and {@code tim bulk} share (a picocli mixin). */
final class JobOptions {

  static final int MAX_IN_FLIGHT = 256;

  /** The client's tuning, shared with every command that calls the service. */
  @Mixin
  ClientTuning tuning = new ClientTuning();

  @Option(names = "--rate", paramLabel = "N",
      description = "The app's quota for the endpoint, per second (calls, or items where the registry counts items);"
          + " requests are paced at 98%% of it. Default: the registry's rate ('tim endpoints').")
  Double rate;

  @Option(names = "--in-flight", paramLabel = "N", defaultValue = "" + BulkOptions.DEFAULT_MAX_IN_FLIGHT,
      description = "Requests in flight at most, 1.." + MAX_IN_FLIGHT + " (default: ${DEFAULT-VALUE}).")
  int inFlight;

  @Option(names = "--failed", paramLabel = "FILE",
      description = "Where to write the items that did not end OK, in the input's format so the file can be fed back"
          + " in; reasons go to FILE.reasons. Default: FILE.failed.csv or FILE.failed.jsonl next to the input.")
  Path failed;

  @Option(names = "--journal", paramLabel = "FILE",
      description = "Keep a journal of the job in FILE; after a crash or Ctrl-C, run the same command again to resume:"
          + " items that got their outcome are skipped, items in flight are sent again when the endpoint is safe to"
          + " repeat, and reported as 'unknown outcome' in the failed file otherwise (docs/resumable-jobs.md).")
  Path journal;

  @Option(names = "--progress", paramLabel = "MODE", defaultValue = "auto",
      description = "auto (a bar on a terminal, lines otherwise), bar, lines or none (default: ${DEFAULT-VALUE}).")
  ProgressMode progress;

  @Option(names = "--progress-interval", paramLabel = "S", defaultValue = "2",
      description = "Seconds between two progress lines in lines mode (default: ${DEFAULT-VALUE}).")
  double progressInterval;

  /** Checks the values; problems are usage errors (exit 2). */
  void validate(CommandSpec spec) {
    if (rate != null && !(rate > 0)) {
      throw new ParameterException(spec.commandLine(), "--rate must be > 0, got " + rate);
    }
    if (inFlight < 1 || inFlight > MAX_IN_FLIGHT) {
      throw new ParameterException(spec.commandLine(), "--in-flight must be between 1 and " + MAX_IN_FLIGHT
          + ", got " + inFlight);
    }
    if (!(progressInterval >= 0.05 && progressInterval <= 3600)) {
      throw new ParameterException(spec.commandLine(), "--progress-interval must be between 0.05 and 3600 seconds, got "
          + progressInterval);
    }
  }

  long progressIntervalMillis() {
    return Math.round(progressInterval * 1000);
  }
}
