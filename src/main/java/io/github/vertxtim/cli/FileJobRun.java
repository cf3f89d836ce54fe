package io.github.vertxtim.cli;

import io.github.vertxtim.TimClient;
import io.github.vertxtim.TimErrorCode;
import io.github.vertxtim.bulk.BulkJob;
import io.github.vertxtim.bulk.BulkOptions;
import io.github.vertxtim.bulk.BulkOutcome;
import io.github.vertxtim.bulk.BulkProgress;
import io.github.vertxtim.bulk.BulkSources;
import io.github.vertxtim.bulk.BulkSummary;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.file.AsyncFile;
import io.vertx.core.file.OpenOptions;
import io.vertx.core.parsetools.RecordParser;
import io.vertx.core.streams.ReadStream;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

/**
 * One bulk job over the lines of a file, on one Vert.x context: the file is read as a stream (RecordParser), each
 * line parsed into a {@link SourceLine} item, the items run through {@link TimClient#bulk}, and every item that
 * does not end OK written to the {@link FailedFile}. A malformed line is not sent: it is counted as a failed item
 * ({@link TimErrorCode#INVALID_ARGUMENT}) and written to the failed file at once, so the input's item lines always
 * add up to ok + failed + cancelled (+ skipped + unknown for a resumed journaled job, whose UNKNOWN items go to the
 * failed file too, with a reason saying "unknown outcome").
 */
final class FileJobRun {

  /**
   * What the job did: the engine's summary plus the lines refused before sending, and the lines written to the
   * failed file ({@code failedFileError} when that file could not be written completely).
   */
  record Result(BulkSummary summary, long rejected, long skipped, long failedLines, Throwable failedFileError) {

    long items() {
      return summary.items() + rejected;
    }

    long failed() {
      return summary.failed() + rejected;
    }
  }

  /** Malformed lines reported on stderr as they come; the rest only in the reasons file. */
  private static final int NOTED_LINES = 5;

  private final Vertx vertx;
  private final TimClient client;
  private final String service;
  private final String command;
  private final Path input;
  private final Path failedPath;
  private final LineParser parser;
  private final BulkOptions options;
  private final ProgressDisplay display;
  private final UnaryOperator<String> redact;
  private final long lines;
  private FailedFile failed;
  private BulkJob<SourceLine> job;
  private boolean cancelRequested;
  private boolean finished;
  private long lineNumber;
  private long rejected;
  private long skipped;
  private final boolean resuming;
  private final long malformedWritten;

  /**
   * @param lines    non-blank lines of the input (a pre-count for the progress total)
   * @param resuming whether the job's journal holds an earlier run: the failed file is appended to, and malformed
   *                 lines the earlier runs wrote there are not written again
   */
  FileJobRun(Vertx vertx, TimClient client, String service, String command, Path input, Path failedPath,
             LineParser parser, BulkOptions options, ProgressDisplay display, UnaryOperator<String> redact,
             long lines, boolean resuming) {
    this.resuming = resuming;
    this.malformedWritten = resuming ? FailedFile.lastMalformedLine(failedPath) : 0;
    this.vertx = vertx;
    this.client = client;
    this.service = service;
    this.command = command;
    this.input = input;
    this.failedPath = failedPath;
    this.parser = parser;
    this.options = options;
    this.display = display;
    this.redact = redact;
    this.lines = lines;
  }

  /** Runs the job; call on the context that should own it (the file, the job and the failed file share it). */
  Future<Result> start() {
    return FailedFile.open(vertx, failedPath, redact, resuming).compose(ff -> {
      failed = ff;
      return vertx.fileSystem().open(input.toString(), new OpenOptions().setRead(true))
          .recover(t -> ff.close().transform(v -> Future.failedFuture(t)));
    }).compose(this::run);
  }

  private Future<Result> run(AsyncFile file) {
    ReadStream<SourceLine> items = BulkSources.map(RecordParser.newDelimited("\n", file), this::item);
    job = client.bulk(service, command, items, options);
    if (cancelRequested) {
      job.cancel();
    }
    job.progressHandler(p -> display.update(snapshot(p)));
    ReadStream<BulkOutcome<SourceLine>> outcomes = job.outcomes();
    Promise<Void> ended = Promise.promise();
    outcomes.endHandler(v -> ended.tryComplete());
    outcomes.handler(o -> {
      if (o.ok()) {
        return;
      }
      failed.write(o.item().number(), o.item().text(), o.status().name(), o.errorCode(), o.errorInfo());
      if (failed.writeQueueFull()) {
        // a slow disk holds the job back instead of growing the write queue
        outcomes.pause();
        failed.whenWritable(outcomes::resume);
      }
    });
    // every outcome delivered (not only counted) before the files are closed
    return Future.all(job.summary(), ended.future())
        .andThen(ar -> finished = true)
        .eventually(() -> file.close().otherwiseEmpty())
        .compose(v -> failed.close()
            .map(written -> new Result(job.summary().result(), rejected, skipped, written, null))
            .otherwise(t -> new Result(job.summary().result(), rejected, skipped, failed.lines(), t)));
  }

  /** The item of one line; null for blank lines, a header, and malformed lines (written to the failed file). */
  private SourceLine item(Buffer record) {
    lineNumber++;
    String text = record.toString(StandardCharsets.UTF_8);
    if (text.endsWith("\r")) {
      text = text.substring(0, text.length() - 1);
    }
    if (text.isBlank()) {
      return null;
    }
    try {
      Object value = parser.parse(text);
      if (value == null) {
        skipped++;
        return null;
      }
      return new SourceLine(lineNumber, text, value);
    } catch (LineParser.Malformed e) {
      rejected++;
      if (lineNumber > malformedWritten) {
        failed.write(lineNumber, text, BulkOutcome.Status.FAILED.name(), TimErrorCode.INVALID_ARGUMENT.code(),
            e.getMessage() + FailedFile.NOT_SENT);
      }
      if (rejected <= NOTED_LINES) {
        display.note("tim: line " + lineNumber + " not sent: " + e.getMessage()
            + (rejected == NOTED_LINES ? " (further malformed lines only in the reasons file)" : ""));
      }
      return null;
    }
  }

  /** Stops sending; what was not sent is reported cancelled. Call on the job's context. */
  void cancel() {
    if (cancelRequested || finished) {
      return;
    }
    cancelRequested = true;
    display.note("tim: cancelling: requests in flight finish, every item not sent is reported cancelled");
    if (job != null) {
      job.cancel();
    }
  }

  /** Progress of the whole input: the engine's counts plus the malformed lines. */
  ProgressDisplay.Snapshot snapshot(BulkProgress p) {
    long total = lines >= 0 ? Math.max(0, lines - skipped) : -1;
    return new ProgressDisplay.Snapshot(total, p.done() + rejected, p.ok(), p.failed() + rejected, p.cancelled(),
        p.elapsedMillis());
  }

  ProgressDisplay.Snapshot snapshot(Result r) {
    BulkSummary s = r.summary();
    return new ProgressDisplay.Snapshot(r.items(), r.items(), s.ok(), r.failed(), s.cancelled(), s.elapsedMillis());
  }
}
