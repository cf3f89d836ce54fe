package io.github.vertxtim.bulk.impl;

import io.github.vertxtim.bulk.BulkJournal;
import io.github.vertxtim.bulk.BulkJournalException;
import io.github.vertxtim.bulk.BulkJournalOptions;
import io.github.vertxtim.bulk.JournalRecord;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.file.AsyncFile;
import io.vertx.core.file.FileSystem;
import io.vertx.core.file.OpenOptions;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A journal in a file of JSON lines, through Vert.x's file system (reads, writes and fsyncs run off the event
 * loop). A crash may leave a torn last line: it is dropped, and the file truncated to the last whole line, so the
 * next record starts on a line of its own. The write queue is the AsyncFile's, bounded at
 * {@link BulkJournalOptions#getWriteQueueMaxSize()} bytes.
 */
public final class FileBulkJournal implements BulkJournal {

  private final Vertx vertx;
  private final BulkJournalOptions options;
  private AsyncFile file;
  private long syncTimer = -1;
  private boolean dirty;
  private boolean syncing;
  private boolean closed;

  public FileBulkJournal(Vertx vertx, BulkJournalOptions options) {
    this.vertx = Objects.requireNonNull(vertx, "vertx");
    this.options = new BulkJournalOptions(options);
    Objects.requireNonNull(options.getPath(), "the journal's path");
  }

  @Override
  public Future<List<JournalRecord>> open(JournalRecord.Header header) {
    String path = options.getPath();
    FileSystem fs = vertx.fileSystem();
    return fs.exists(path)
        .compose(exists -> exists ? fs.readFile(path) : Future.succeededFuture(Buffer.buffer()))
        .compose(content -> {
          int whole = lastNewline(content) + 1;
          List<JournalRecord> records = parse(content.getString(0, whole, StandardCharsets.UTF_8.name()));
          if (!records.isEmpty()) {
            check(records.get(0), header);
          }
          Future<Void> trimmed = whole < content.length() ? fs.truncate(path, whole) : Future.succeededFuture();
          return trimmed.compose(v -> fs.open(path, new OpenOptions().setWrite(true).setCreate(true).setAppend(true)))
              .compose(f -> {
                file = f;
                f.setWriteQueueMaxSize(options.getWriteQueueMaxSize());
                syncTimer = vertx.setPeriodic(options.getSyncIntervalMillis(), id -> sync());
                if (records.isEmpty()) {
                  return append(header).map(v -> List.<JournalRecord>of());
                }
                return Future.succeededFuture(records.subList(1, records.size()));
              });
        })
        .recover(t -> Future.failedFuture(t instanceof BulkJournalException ? t
            : new BulkJournalException("journal " + path + ": " + t.getMessage(), t)));
  }

  private static int lastNewline(Buffer content) {
    for (int i = content.length() - 1; i >= 0; i--) {
      if (content.getByte(i) == '\n') {
        return i;
      }
    }
    return -1;
  }

  private List<JournalRecord> parse(String text) {
    List<JournalRecord> records = new ArrayList<>();
    int lineNumber = 0;
    for (String line : text.split("\n")) {
      lineNumber++;
      if (line.isBlank()) {
        continue;
      }
      try {
        records.add(JournalLines.decode(line));
      } catch (IllegalArgumentException e) {
        throw new BulkJournalException("journal " + options.getPath() + " line " + lineNumber + " is corrupt ("
            + e.getMessage() + "); it is no journal of a bulk job, or it was damaged");
      }
    }
    if (!records.isEmpty() && !(records.get(0) instanceof JournalRecord.Header)) {
      throw new BulkJournalException("journal " + options.getPath() + " does not begin with a job header");
    }
    return records;
  }

  private void check(JournalRecord first, JournalRecord.Header job) {
    JournalRecord.Header h = (JournalRecord.Header) first;
    String why = null;
    if (h.version() != JournalRecord.Header.VERSION) {
      why = "it has format version " + h.version() + ", this client writes " + JournalRecord.Header.VERSION;
    } else if (!h.endpoint().equals(job.endpoint())) {
      why = "it is a journal of " + h.endpoint() + ", this job calls " + job.endpoint();
    } else if (h.chunkSize() != job.chunkSize()) {
      why = "its job sent " + h.chunkSize() + " items per request, this one " + job.chunkSize();
    } else if (!h.templateHash().equals(job.templateHash())) {
      why = "its job sent other fields with every chunk (the template differs)";
    }
    if (why != null) {
      throw new BulkJournalException("journal " + options.getPath() + " belongs to another job: " + why
          + "; give another --journal file, or delete this one to start over");
    }
  }

  @Override
  public Future<Void> append(JournalRecord record) {
    if (file == null || closed) {
      return Future.failedFuture(new BulkJournalException("journal " + options.getPath() + " is not open"));
    }
    dirty = true;
    return file.write(JournalLines.encode(record));
  }

  /** One fsync at a time; a write during it is synced by the next. */
  private void sync() {
    if (!dirty || syncing || closed) {
      return;
    }
    dirty = false;
    syncing = true;
    file.flush().onComplete(ar -> syncing = false);
  }

  @Override
  public boolean writeQueueFull() {
    return file != null && file.writeQueueFull();
  }

  @Override
  public BulkJournal drainHandler(Handler<Void> handler) {
    if (file != null) {
      file.drainHandler(handler);
    }
    return this;
  }

  @Override
  public Future<Void> close() {
    if (file == null || closed) {
      return Future.succeededFuture();
    }
    closed = true;
    vertx.cancelTimer(syncTimer);
    return file.flush().eventually(() -> file.close());
  }
}
