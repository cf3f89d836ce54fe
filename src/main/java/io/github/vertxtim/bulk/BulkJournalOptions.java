package io.github.vertxtim.bulk;

import io.vertx.core.json.JsonObject;

import java.util.Objects;

/** Options of a bulk job's file journal ({@link BulkJournal#file}). */
public class BulkJournalOptions {

  /**
   * Between two fsyncs. A SIGKILL loses nothing written (the operating system holds it); a power cut loses at most
   * this much, which a rerun then sends again (SAFE) or reports as unknown.
   */
  public static final long DEFAULT_SYNC_INTERVAL_MILLIS = 1000;
  /** Bytes queued for the file before the job stops sending; a record is about 100 bytes plus its failures. */
  public static final int DEFAULT_WRITE_QUEUE_MAX_SIZE = 1 << 20;
  /** 0: the endpoint's documented de-duplication window (see {@link #setDedupWindowMillis}). */
  public static final long DEFAULT_DEDUP_WINDOW_MILLIS = 0;

  private String path;
  private long syncIntervalMillis = DEFAULT_SYNC_INTERVAL_MILLIS;
  private int writeQueueMaxSize = DEFAULT_WRITE_QUEUE_MAX_SIZE;
  private long dedupWindowMillis = DEFAULT_DEDUP_WINDOW_MILLIS;

  public BulkJournalOptions() {
  }

  public BulkJournalOptions(BulkJournalOptions other) {
    this(other.toJson());
  }

  public BulkJournalOptions(JsonObject json) {
    if (json.containsKey("path")) setPath(json.getString("path"));
    if (json.containsKey("syncIntervalMillis")) setSyncIntervalMillis(json.getLong("syncIntervalMillis"));
    if (json.containsKey("writeQueueMaxSize")) setWriteQueueMaxSize(json.getInteger("writeQueueMaxSize"));
    if (json.containsKey("dedupWindowMillis")) setDedupWindowMillis(json.getLong("dedupWindowMillis"));
  }

  public JsonObject toJson() {
    return new JsonObject().put("path", path).put("syncIntervalMillis", syncIntervalMillis)
        .put("writeQueueMaxSize", writeQueueMaxSize).put("dedupWindowMillis", dedupWindowMillis);
  }

  public String getPath() {
    return path;
  }

  /** The journal file; created when missing, resumed from when it holds the same job. */
  public BulkJournalOptions setPath(String path) {
    this.path = Objects.requireNonNull(path, "path");
    return this;
  }

  public long getSyncIntervalMillis() {
    return syncIntervalMillis;
  }

  public BulkJournalOptions setSyncIntervalMillis(long syncIntervalMillis) {
    if (syncIntervalMillis <= 0) throw new IllegalArgumentException("syncIntervalMillis must be > 0");
    this.syncIntervalMillis = syncIntervalMillis;
    return this;
  }

  public int getWriteQueueMaxSize() {
    return writeQueueMaxSize;
  }

  public BulkJournalOptions setWriteQueueMaxSize(int writeQueueMaxSize) {
    if (writeQueueMaxSize <= 0) throw new IllegalArgumentException("writeQueueMaxSize must be > 0");
    this.writeQueueMaxSize = writeQueueMaxSize;
    return this;
  }

  public long getDedupWindowMillis() {
    return dedupWindowMillis;
  }

  /**
   * How long the service recognises a repeated MsgRandom, for resuming a MSG_RANDOM endpoint: a chunk in flight at
   * the crash is sent again (with its journaled MsgRandom) only while its first attempt is this recent, less a
   * margin; later its items are reported with an unknown outcome. 0 (default): 120 s for one-to-one sends (the
   * sendmsg page), 1 s for pushes ("within the same second", the push pages).
   */
  public BulkJournalOptions setDedupWindowMillis(long dedupWindowMillis) {
    if (dedupWindowMillis < 0) throw new IllegalArgumentException("dedupWindowMillis must be >= 0");
    this.dedupWindowMillis = dedupWindowMillis;
    return this;
  }
}
