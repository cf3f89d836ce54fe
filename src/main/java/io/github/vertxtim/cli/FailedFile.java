package io.github.vertxtim.cli;

import io.github.vertxtim.TimErrorCode;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.file.AsyncFile;
import io.vertx.core.file.OpenOptions;

import java.nio.file.Path;
import java.util.function.UnaryOperator;

/**
 * The failed file of a bulk command and its {@code .reasons} sibling. Line N of the failed file is the original
 * text of an item that did not end OK (so the file can be fed back in as it is); line N of the reasons file says
 * why: {@code line 17: FAILED -6 INVALID_ARGUMENT: missing UserID}. Both are removed again when nothing was
 * written. Used on one context.
 */
final class FailedFile {

  static final String REASONS_SUFFIX = ".reasons";
  /** How the reason of a malformed line ends. */
  static final String NOT_SENT = " (not sent)";

  private final Vertx vertx;
  private final Path path;
  private final AsyncFile items;
  private final AsyncFile reasons;
  private final UnaryOperator<String> redact;
  private Throwable writeError;
  private long lines;

  private FailedFile(Vertx vertx, Path path, AsyncFile items, AsyncFile reasons, UnaryOperator<String> redact) {
    this.vertx = vertx;
    this.path = path;
    this.items = items;
    this.reasons = reasons;
    this.redact = redact;
    items.exceptionHandler(this::writeFailed);
    reasons.exceptionHandler(this::writeFailed);
  }

  private void writeFailed(Throwable t) {
    if (writeError == null) {
      writeError = t;
    }
  }

  static Path reasonsPath(Path failed) {
    return failed.resolveSibling(failed.getFileName() + REASONS_SUFFIX);
  }

  /**
   * Creates (or truncates) both files; a resumed journaled job appends to what its earlier runs wrote.
   *
   * @param redact applied to every reason (the CLI never prints a key or usersig, not even in a file)
   */
  static Future<FailedFile> open(Vertx vertx, Path path, UnaryOperator<String> redact, boolean append) {
    OpenOptions write = new OpenOptions().setWrite(true).setCreate(true).setTruncateExisting(!append)
        .setAppend(append);
    return vertx.fileSystem().open(path.toString(), write).compose(items ->
        vertx.fileSystem().open(reasonsPath(path).toString(), write)
            .map(reasons -> new FailedFile(vertx, path, items, reasons, redact))
            .recover(t -> items.close().transform(v -> Future.failedFuture(t))));
  }

  void write(long lineNumber, String text, String status, int code, String info) {
    lines++;
    items.write(Buffer.buffer(text).appendString("\n"));
    String name = TimErrorCode.of(code).map(c -> " " + c.name()).orElse("");
    String why = info == null || info.isEmpty() ? "(no ErrorInfo)" : info.replace('\n', ' ').replace('\r', ' ');
    reasons.write(Buffer.buffer(redact.apply("line " + lineNumber + ": " + status + " " + code + name + ": " + why)
        + "\n"));
  }

  boolean writeQueueFull() {
    return items.writeQueueFull() || reasons.writeQueueFull();
  }

  /** Calls {@code then} once neither file's write queue is full any more. */
  void whenWritable(Runnable then) {
    AsyncFile full = items.writeQueueFull() ? items : reasons.writeQueueFull() ? reasons : null;
    if (full == null) {
      then.run();
    } else {
      full.drainHandler(v -> {
        full.drainHandler(null);
        whenWritable(then);
      });
    }
  }

  long lines() {
    return lines;
  }

  Path path() {
    return path;
  }

  /**
   * Flushes and closes both files, and deletes them when no line was written; the number of lines. Fails when a
   * write failed (e.g. the disk is full).
   */
  Future<Long> close() {
    return Future.all(items.close(), reasons.close()).compose(v -> writeError != null
        ? Future.<Long>failedFuture(writeError) : lines > 0 ? Future.succeededFuture(lines)
        : vertx.fileSystem().props(path.toString()).compose(p -> p.size() > 0 ? Future.succeededFuture(lines)
            : Future.all(vertx.fileSystem().delete(path.toString()),
                vertx.fileSystem().delete(reasonsPath(path).toString())).map(lines)));
  }

  /**
   * The last line number a reasons file names for a malformed line ({@code (not sent)}), 0 when none: a resumed run
   * writes the malformed lines up to it no second time. Read on the command's own thread, before the job starts.
   */
  static long lastMalformedLine(Path failed) {
    Path reasons = reasonsPath(failed);
    if (!java.nio.file.Files.isRegularFile(reasons)) {
      return 0;
    }
    long last = 0;
    try (java.io.BufferedReader r = java.nio.file.Files.newBufferedReader(reasons)) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        int colon = line.indexOf(':');
        if (line.startsWith("line ") && colon > 5 && line.endsWith(NOT_SENT)) {
          try {
            last = Math.max(last, Long.parseLong(line.substring(5, colon)));
          } catch (NumberFormatException ignored) {
            // not a line this file writes
          }
        }
      }
    } catch (java.io.IOException | java.io.UncheckedIOException e) {
      return 0;
    }
    return last;
  }
}
