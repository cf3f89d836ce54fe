package io.github.vertxtim.bulk;

import io.github.vertxtim.bulk.impl.FileBulkJournal;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;

import java.util.List;

/**
 * Where a bulk job keeps its checkpoints, so a rerun after a crash resumes it: the chunks sent (by the positions of
 * their items in the source), and the items that got their final outcome. A job writes a chunk's {@link
 * JournalRecord.Sent} before the request leaves and emits outcomes only once their {@link JournalRecord.Settled}
 * is written, so what an outcome stream reported is never reported again by a rerun. Writes never block the
 * caller; the journal's write queue is bounded and the job stops sending while it is full.
 */
public interface BulkJournal {

  /** A journal in a file: JSON lines, appended, fsync'd every {@link BulkJournalOptions#getSyncIntervalMillis()}. */
  static BulkJournal file(Vertx vertx, BulkJournalOptions options) {
    return new FileBulkJournal(vertx, options);
  }

  /**
   * Opens the journal for the job {@code header} describes: a new journal gets the header; an existing one gives back
   * what earlier runs wrote (after its header). Fails with {@link BulkJournalException} when the journal belongs to
   * another job or cannot be read.
   */
  Future<List<JournalRecord>> open(JournalRecord.Header header);

  /** Completes once the record is written (handed to the operating system; synced at the next interval). */
  Future<Void> append(JournalRecord record);

  /** Whether the write queue is full: the job sends nothing new until the drain handler is called. */
  boolean writeQueueFull();

  BulkJournal drainHandler(Handler<Void> handler);

  /** Syncs and closes. */
  Future<Void> close();
}
