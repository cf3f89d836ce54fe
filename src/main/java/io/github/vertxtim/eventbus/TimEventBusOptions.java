package io.github.vertxtim.eventbus;

import io.vertx.core.json.JsonObject;

import java.util.Objects;

/** Options of a {@link TimEventBusClient}. */
public class TimEventBusOptions {

  /**
   * How long a request waits for its answer. It must outlast what the verticle may spend on a call: the wait for a
   * quota slot plus the client's {@code retryBudgetMillis} (30 s by default).
   */
  public static final long DEFAULT_TIMEOUT_MILLIS = 60_000;
  /**
   * How long a request that no verticle took (NO_HANDLERS) is sent again, e.g. while a verticle is being redeployed
   * or its registration is still spreading through the cluster.
   */
  public static final long DEFAULT_NO_HANDLERS_RETRY_MILLIS = 3_000;
  /** Bulk items per message to the verticle. */
  public static final int DEFAULT_BULK_BATCH_SIZE = 500;
  public static final boolean DEFAULT_LOCAL_ONLY = false;

  private String address = TimAddresses.DEFAULT_BASE;
  private long timeoutMillis = DEFAULT_TIMEOUT_MILLIS;
  private long noHandlersRetryMillis = DEFAULT_NO_HANDLERS_RETRY_MILLIS;
  private int bulkBatchSize = DEFAULT_BULK_BATCH_SIZE;
  private boolean localOnly = DEFAULT_LOCAL_ONLY;

  public TimEventBusOptions() {
  }

  public TimEventBusOptions(TimEventBusOptions other) {
    Objects.requireNonNull(other, "other");
    address = other.address;
    timeoutMillis = other.timeoutMillis;
    noHandlersRetryMillis = other.noHandlersRetryMillis;
    bulkBatchSize = other.bulkBatchSize;
    localOnly = other.localOnly;
  }

  public TimEventBusOptions(JsonObject json) {
    if (json.containsKey("address")) setAddress(json.getString("address"));
    if (json.containsKey("timeoutMillis")) setTimeoutMillis(json.getLong("timeoutMillis"));
    if (json.containsKey("noHandlersRetryMillis")) setNoHandlersRetryMillis(json.getLong("noHandlersRetryMillis"));
    if (json.containsKey("bulkBatchSize")) setBulkBatchSize(json.getInteger("bulkBatchSize"));
    if (json.containsKey("localOnly")) setLocalOnly(json.getBoolean("localOnly"));
  }

  public JsonObject toJson() {
    return new JsonObject().put("address", address).put("timeoutMillis", timeoutMillis)
        .put("noHandlersRetryMillis", noHandlersRetryMillis).put("bulkBatchSize", bulkBatchSize)
        .put("localOnly", localOnly);
  }

  public String getAddress() {
    return address;
  }

  /** The base address the verticles serve ({@link TimAddresses#DEFAULT_BASE}). */
  public TimEventBusOptions setAddress(String address) {
    if (address == null || address.isEmpty()) throw new IllegalArgumentException("address must not be empty");
    this.address = address;
    return this;
  }

  public long getTimeoutMillis() {
    return timeoutMillis;
  }

  public TimEventBusOptions setTimeoutMillis(long timeoutMillis) {
    if (timeoutMillis <= 0) throw new IllegalArgumentException("timeoutMillis must be > 0");
    this.timeoutMillis = timeoutMillis;
    return this;
  }

  public long getNoHandlersRetryMillis() {
    return noHandlersRetryMillis;
  }

  /** 0 fails a request that no verticle took at once with NO_HANDLERS. */
  public TimEventBusOptions setNoHandlersRetryMillis(long noHandlersRetryMillis) {
    if (noHandlersRetryMillis < 0) throw new IllegalArgumentException("noHandlersRetryMillis must be >= 0");
    this.noHandlersRetryMillis = noHandlersRetryMillis;
    return this;
  }

  public int getBulkBatchSize() {
    return bulkBatchSize;
  }

  public TimEventBusOptions setBulkBatchSize(int bulkBatchSize) {
    if (bulkBatchSize <= 0) throw new IllegalArgumentException("bulkBatchSize must be > 0");
    this.bulkBatchSize = bulkBatchSize;
    return this;
  }

  public boolean isLocalOnly() {
    return localOnly;
  }

  /** Send only to verticles of this Vert.x instance. */
  public TimEventBusOptions setLocalOnly(boolean localOnly) {
    this.localOnly = localOnly;
    return this;
  }

  @Override
  public String toString() {
    return "TimEventBusOptions" + toJson().encode();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TimEventBusOptions other && toJson().equals(other.toJson());
  }

  @Override
  public int hashCode() {
    return Objects.hash(toJson());
  }
}
