package io.github.vertxtim.bulk;

import io.vertx.core.json.JsonObject;

import java.util.Objects;

/** Options of one bulk job. */
public class BulkOptions {

  /** Requests in flight at once; TIM round trips are WAN-bound, a few overlap enough to reach the quota. */
  public static final int DEFAULT_MAX_IN_FLIGHT = 8;
  /** Outcomes buffered for a slow consumer before the job stops sending. */
  public static final int DEFAULT_OUTCOME_BUFFER_SIZE = 4096;
  /** Attempts per item (whole-call and per-item retryable failures) before it is reported failed. */
  public static final int DEFAULT_MAX_ATTEMPTS = 6;
  public static final long DEFAULT_RETRY_BUDGET_MILLIS = 10 * 60_000L;
  public static final int DEFAULT_RETRY_INITIAL_BACKOFF_MILLIS = 200;
  public static final int DEFAULT_RETRY_MAX_BACKOFF_MILLIS = 10_000;
  public static final long DEFAULT_PROGRESS_INTERVAL_MILLIS = 1000;
  /** Pace at this share of the quota, so clock skew and network jitter never push a window over it. */
  public static final double DEFAULT_RATE_HEADROOM = 0.98;

  private JsonObject template = new JsonObject();
  private int chunkSize;
  private int maxInFlight = DEFAULT_MAX_IN_FLIGHT;
  private double ratePerSecond;
  private double rateHeadroom = DEFAULT_RATE_HEADROOM;
  private int outcomeBufferSize = DEFAULT_OUTCOME_BUFFER_SIZE;
  private int maxAttempts = DEFAULT_MAX_ATTEMPTS;
  private long retryBudgetMillis = DEFAULT_RETRY_BUDGET_MILLIS;
  private int retryInitialBackoffMillis = DEFAULT_RETRY_INITIAL_BACKOFF_MILLIS;
  private int retryMaxBackoffMillis = DEFAULT_RETRY_MAX_BACKOFF_MILLIS;
  private long progressIntervalMillis = DEFAULT_PROGRESS_INTERVAL_MILLIS;
  private long expectedTotal = -1;
  private BulkJournalOptions journal;

  public BulkOptions() {
  }

  public BulkOptions(JsonObject json) {
    if (json.containsKey("template")) setTemplate(json.getJsonObject("template"));
    if (json.containsKey("chunkSize")) setChunkSize(json.getInteger("chunkSize"));
    if (json.containsKey("maxInFlight")) setMaxInFlight(json.getInteger("maxInFlight"));
    if (json.containsKey("ratePerSecond")) setRatePerSecond(json.getDouble("ratePerSecond"));
    if (json.containsKey("rateHeadroom")) setRateHeadroom(json.getDouble("rateHeadroom"));
    if (json.containsKey("outcomeBufferSize")) setOutcomeBufferSize(json.getInteger("outcomeBufferSize"));
    if (json.containsKey("maxAttempts")) setMaxAttempts(json.getInteger("maxAttempts"));
    if (json.containsKey("retryBudgetMillis")) setRetryBudgetMillis(json.getLong("retryBudgetMillis"));
    if (json.containsKey("retryInitialBackoffMillis")) setRetryInitialBackoffMillis(json.getInteger("retryInitialBackoffMillis"));
    if (json.containsKey("retryMaxBackoffMillis")) setRetryMaxBackoffMillis(json.getInteger("retryMaxBackoffMillis"));
    if (json.containsKey("progressIntervalMillis")) setProgressIntervalMillis(json.getLong("progressIntervalMillis"));
    if (json.containsKey("expectedTotal")) setExpectedTotal(json.getLong("expectedTotal"));
    if (json.getValue("journal") instanceof JsonObject j) setJournal(new BulkJournalOptions(j));
  }

  public JsonObject toJson() {
    return new JsonObject().put("template", template).put("chunkSize", chunkSize).put("maxInFlight", maxInFlight)
        .put("ratePerSecond", ratePerSecond).put("rateHeadroom", rateHeadroom)
        .put("outcomeBufferSize", outcomeBufferSize).put("maxAttempts", maxAttempts)
        .put("retryBudgetMillis", retryBudgetMillis).put("retryInitialBackoffMillis", retryInitialBackoffMillis)
        .put("retryMaxBackoffMillis", retryMaxBackoffMillis).put("progressIntervalMillis", progressIntervalMillis)
        .put("expectedTotal", expectedTotal).put("journal", journal == null ? null : journal.toJson());
  }

  public JsonObject getTemplate() {
    return template;
  }

  /** Fields sent with every chunk besides the items (e.g. From_Account and MsgBody of batchsendmsg). */
  public BulkOptions setTemplate(JsonObject template) {
    this.template = Objects.requireNonNull(template, "template");
    return this;
  }

  public int getChunkSize() {
    return chunkSize;
  }

  /** Items per request; 0 (default) uses the endpoint's limit from the registry. */
  public BulkOptions setChunkSize(int chunkSize) {
    if (chunkSize < 0) throw new IllegalArgumentException("chunkSize must be >= 0");
    this.chunkSize = chunkSize;
    return this;
  }

  public int getMaxInFlight() {
    return maxInFlight;
  }

  public BulkOptions setMaxInFlight(int maxInFlight) {
    if (maxInFlight <= 0) throw new IllegalArgumentException("maxInFlight must be > 0");
    this.maxInFlight = maxInFlight;
    return this;
  }

  public double getRatePerSecond() {
    return ratePerSecond;
  }

  /** The app's quota for the endpoint (calls or items per second, as the registry counts it); 0 = registry default. */
  public BulkOptions setRatePerSecond(double ratePerSecond) {
    if (ratePerSecond < 0) throw new IllegalArgumentException("ratePerSecond must be >= 0");
    this.ratePerSecond = ratePerSecond;
    return this;
  }

  public double getRateHeadroom() {
    return rateHeadroom;
  }

  /** Share of the quota actually used (0..1]. */
  public BulkOptions setRateHeadroom(double rateHeadroom) {
    if (!(rateHeadroom > 0 && rateHeadroom <= 1)) throw new IllegalArgumentException("rateHeadroom must be in (0, 1]");
    this.rateHeadroom = rateHeadroom;
    return this;
  }

  public int getOutcomeBufferSize() {
    return outcomeBufferSize;
  }

  public BulkOptions setOutcomeBufferSize(int outcomeBufferSize) {
    if (outcomeBufferSize <= 0) throw new IllegalArgumentException("outcomeBufferSize must be > 0");
    this.outcomeBufferSize = outcomeBufferSize;
    return this;
  }

  public int getMaxAttempts() {
    return maxAttempts;
  }

  public BulkOptions setMaxAttempts(int maxAttempts) {
    if (maxAttempts <= 0) throw new IllegalArgumentException("maxAttempts must be > 0");
    this.maxAttempts = maxAttempts;
    return this;
  }

  public long getRetryBudgetMillis() {
    return retryBudgetMillis;
  }

  /** No retry starts after this long since the job began. */
  public BulkOptions setRetryBudgetMillis(long retryBudgetMillis) {
    if (retryBudgetMillis < 0) throw new IllegalArgumentException("retryBudgetMillis must be >= 0");
    this.retryBudgetMillis = retryBudgetMillis;
    return this;
  }

  public int getRetryInitialBackoffMillis() {
    return retryInitialBackoffMillis;
  }

  public BulkOptions setRetryInitialBackoffMillis(int retryInitialBackoffMillis) {
    if (retryInitialBackoffMillis <= 0) throw new IllegalArgumentException("retryInitialBackoffMillis must be > 0");
    this.retryInitialBackoffMillis = retryInitialBackoffMillis;
    return this;
  }

  public int getRetryMaxBackoffMillis() {
    return retryMaxBackoffMillis;
  }

  public BulkOptions setRetryMaxBackoffMillis(int retryMaxBackoffMillis) {
    if (retryMaxBackoffMillis <= 0) throw new IllegalArgumentException("retryMaxBackoffMillis must be > 0");
    this.retryMaxBackoffMillis = retryMaxBackoffMillis;
    return this;
  }

  public long getProgressIntervalMillis() {
    return progressIntervalMillis;
  }

  public BulkOptions setProgressIntervalMillis(long progressIntervalMillis) {
    if (progressIntervalMillis <= 0) throw new IllegalArgumentException("progressIntervalMillis must be > 0");
    this.progressIntervalMillis = progressIntervalMillis;
    return this;
  }

  public long getExpectedTotal() {
    return expectedTotal;
  }

  /** Items the source will give, for the ETA of a stream job (a list job knows its size). */
  public BulkOptions setExpectedTotal(long expectedTotal) {
    this.expectedTotal = expectedTotal;
    return this;
  }

  public BulkJournalOptions getJournal() {
    return journal;
  }

  /**
   * Keeps a journal of the job in a file, so that running the same job again over the same source resumes it (see
   * {@link BulkJournal}); null (default): none.
   */
  public BulkOptions setJournal(BulkJournalOptions journal) {
    this.journal = journal;
    return this;
  }
}
