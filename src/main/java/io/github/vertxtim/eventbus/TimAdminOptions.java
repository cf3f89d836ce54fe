package io.github.vertxtim.eventbus;

import io.github.vertxtim.TimClientOptions;
import io.vertx.core.json.JsonObject;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Configuration of a {@link TimAdminVerticle}: one flat JSON object holding the {@link TimClientOptions} keys
 * ({@code sdkAppId}, {@code secretKey}, {@code region} or {@code endpoint}, …) and the verticle's own keys below.
 * {@link #toString()} never shows the secret key.
 */
public class TimAdminOptions {

  /** Calls one verticle instance works on at once (waiting for a quota slot or for the service); more get OVERLOADED. */
  public static final int DEFAULT_MAX_IN_FLIGHT = 256;
  /** Messages the node's consumer may hold before Vert.x discards new ones (answered at once, as OVERLOADED). */
  public static final int DEFAULT_MAX_BUFFERED_MESSAGES = 1024;
  /** Bulk jobs one verticle instance runs at once; more get OVERLOADED. */
  public static final int DEFAULT_MAX_BULK_JOBS = 4;
  /** Items of one bulk job that may be accepted and not yet reported back to its requester. */
  public static final int DEFAULT_BULK_WINDOW = 4096;
  public static final boolean DEFAULT_PACE_CALLS = true;
  /**
   * Calls and bulk jobs are paced at this share of the quota at most: the 5 % left absorb 50 ms of jitter (busy
   * event loops, network, clock skew between nodes) before a window of the service could see more than the quota.
   */
  public static final double DEFAULT_RATE_HEADROOM = 0.95;
  /** Instances of one deployment keep a pool each (see docs/eventbus.md, "Instances and pools"). */
  public static final boolean DEFAULT_SHARED_POOL = false;
  /** How long an undeployed instance keeps answering what it already took before failing the rest. */
  public static final long DEFAULT_DRAIN_TIMEOUT_MILLIS = 30_000;
  /** A bulk job whose requester is silent this long is cancelled. */
  public static final long DEFAULT_REQUESTER_TIMEOUT_MILLIS = 30_000;
  /** How long a node keeps its address registered, bouncing requests, after its last instance left. */
  public static final long DEFAULT_LINGER_MILLIS = 30_000;
  public static final boolean DEFAULT_LOCAL_ONLY = false;

  private String address = TimAddresses.DEFAULT_BASE;
  private int maxInFlight = DEFAULT_MAX_IN_FLIGHT;
  private int maxBufferedMessages = DEFAULT_MAX_BUFFERED_MESSAGES;
  private int maxBulkJobs = DEFAULT_MAX_BULK_JOBS;
  private int bulkWindow = DEFAULT_BULK_WINDOW;
  private boolean paceCalls = DEFAULT_PACE_CALLS;
  private double rateHeadroom = DEFAULT_RATE_HEADROOM;
  private Map<String, Double> quotas = new HashMap<>();
  private boolean sharedPool = DEFAULT_SHARED_POOL;
  private long drainTimeoutMillis = DEFAULT_DRAIN_TIMEOUT_MILLIS;
  private long requesterTimeoutMillis = DEFAULT_REQUESTER_TIMEOUT_MILLIS;
  private long lingerMillis = DEFAULT_LINGER_MILLIS;
  private boolean localOnly = DEFAULT_LOCAL_ONLY;
  private TimClientOptions clientOptions = new TimClientOptions();

  public TimAdminOptions() {
  }

  /**
   * A field-by-field copy, unchecked; the client options are copied the same way, so what JSON cannot carry (a
   * programmatic {@code TrustOptions} or {@code KeyCertOptions} on the HTTP client options) stays.
   */
  public TimAdminOptions(TimAdminOptions other) {
    Objects.requireNonNull(other, "other");
    address = other.address;
    maxInFlight = other.maxInFlight;
    maxBufferedMessages = other.maxBufferedMessages;
    maxBulkJobs = other.maxBulkJobs;
    bulkWindow = other.bulkWindow;
    paceCalls = other.paceCalls;
    rateHeadroom = other.rateHeadroom;
    quotas = new HashMap<>(other.quotas);
    sharedPool = other.sharedPool;
    drainTimeoutMillis = other.drainTimeoutMillis;
    requesterTimeoutMillis = other.requesterTimeoutMillis;
    lingerMillis = other.lingerMillis;
    localOnly = other.localOnly;
    clientOptions = new TimClientOptions(other.clientOptions);
  }

  /** The verticle's keys and the client's keys from one flat object (unknown keys are ignored). */
  public TimAdminOptions(JsonObject json) {
    Objects.requireNonNull(json, "json");
    if (json.containsKey("address")) setAddress(json.getString("address"));
    if (json.containsKey("maxInFlight")) setMaxInFlight(json.getInteger("maxInFlight"));
    if (json.containsKey("maxBufferedMessages")) setMaxBufferedMessages(json.getInteger("maxBufferedMessages"));
    if (json.containsKey("maxBulkJobs")) setMaxBulkJobs(json.getInteger("maxBulkJobs"));
    if (json.containsKey("bulkWindow")) setBulkWindow(json.getInteger("bulkWindow"));
    if (json.containsKey("paceCalls")) setPaceCalls(json.getBoolean("paceCalls"));
    if (json.containsKey("rateHeadroom")) setRateHeadroom(json.getDouble("rateHeadroom"));
    if (json.containsKey("quotas")) {
      json.getJsonObject("quotas").forEach(e -> setQuota(e.getKey(), ((Number) e.getValue()).doubleValue()));
    }
    if (json.containsKey("sharedPool")) setSharedPool(json.getBoolean("sharedPool"));
    if (json.containsKey("drainTimeoutMillis")) setDrainTimeoutMillis(json.getLong("drainTimeoutMillis"));
    if (json.containsKey("requesterTimeoutMillis")) setRequesterTimeoutMillis(json.getLong("requesterTimeoutMillis"));
    if (json.containsKey("lingerMillis")) setLingerMillis(json.getLong("lingerMillis"));
    if (json.containsKey("localOnly")) setLocalOnly(json.getBoolean("localOnly"));
    clientOptions = new TimClientOptions(json);
  }

  /** All options as one flat object, secret key included: treat the result as a secret. */
  public JsonObject toJson() {
    JsonObject q = new JsonObject();
    quotas.forEach(q::put);
    return clientOptions.toJson()
        .put("address", address)
        .put("maxInFlight", maxInFlight)
        .put("maxBufferedMessages", maxBufferedMessages)
        .put("maxBulkJobs", maxBulkJobs)
        .put("bulkWindow", bulkWindow)
        .put("paceCalls", paceCalls)
        .put("rateHeadroom", rateHeadroom)
        .put("quotas", q)
        .put("sharedPool", sharedPool)
        .put("drainTimeoutMillis", drainTimeoutMillis)
        .put("requesterTimeoutMillis", requesterTimeoutMillis)
        .put("lingerMillis", lingerMillis)
        .put("localOnly", localOnly);
  }

  private static int positive(String name, int v) {
    if (v <= 0) throw new IllegalArgumentException(name + " must be > 0, got " + v);
    return v;
  }

  private static long nonNegative(String name, long v) {
    if (v < 0) throw new IllegalArgumentException(name + " must be >= 0, got " + v);
    return v;
  }

  public String getAddress() {
    return address;
  }

  /** The base address ({@link TimAddresses}); versioned, {@value TimAddresses#DEFAULT_BASE} by default. */
  public TimAdminOptions setAddress(String address) {
    if (address == null || address.isEmpty()) throw new IllegalArgumentException("address must not be empty");
    this.address = address;
    return this;
  }

  public int getMaxInFlight() {
    return maxInFlight;
  }

  /** Calls one instance works on at once, including those waiting for a quota slot; more are answered OVERLOADED. */
  public TimAdminOptions setMaxInFlight(int maxInFlight) {
    this.maxInFlight = positive("maxInFlight", maxInFlight);
    return this;
  }

  public int getMaxBufferedMessages() {
    return maxBufferedMessages;
  }

  /**
   * The node's consumer buffer ({@code MessageConsumerOptions.maxBufferedMessages}). The consumer never pauses, so
   * it only fills when the node's dispatching event loop falls behind; Vert.x then answers new messages at once
   * with a discard failure, which the requester reports as OVERLOADED.
   */
  public TimAdminOptions setMaxBufferedMessages(int maxBufferedMessages) {
    this.maxBufferedMessages = positive("maxBufferedMessages", maxBufferedMessages);
    return this;
  }

  public int getMaxBulkJobs() {
    return maxBulkJobs;
  }

  public TimAdminOptions setMaxBulkJobs(int maxBulkJobs) {
    this.maxBulkJobs = positive("maxBulkJobs", maxBulkJobs);
    return this;
  }

  public int getBulkWindow() {
    return bulkWindow;
  }

  /**
   * Items of one bulk job accepted from the requester and not yet reported back: bounds the memory a job takes on
   * both sides. It should hold a few chunks times the job's {@code maxInFlight} to keep the job at full speed.
   */
  public TimAdminOptions setBulkWindow(int bulkWindow) {
    this.bulkWindow = positive("bulkWindow", bulkWindow);
    return this;
  }

  public boolean isPaceCalls() {
    return paceCalls;
  }

  /** Whether single calls wait for their slot under the endpoint's quota (bulk jobs always do). */
  public TimAdminOptions setPaceCalls(boolean paceCalls) {
    this.paceCalls = paceCalls;
    return this;
  }

  public double getRateHeadroom() {
    return rateHeadroom;
  }

  /** Share (0..1] of the quota calls are paced at; bulk jobs use the lower of this and their own headroom. */
  public TimAdminOptions setRateHeadroom(double rateHeadroom) {
    if (!(rateHeadroom > 0 && rateHeadroom <= 1)) throw new IllegalArgumentException("rateHeadroom must be in (0, 1]");
    this.rateHeadroom = rateHeadroom;
    return this;
  }

  public Map<String, Double> getQuotas() {
    return quotas;
  }

  /**
   * The app's quota of {@code service/command} per second (calls, or items for item-counted endpoints), when it
   * differs from the registry's default. Bulk jobs never go above it, whatever their requester asks.
   */
  public TimAdminOptions setQuota(String path, double perSecond) {
    if (!(perSecond > 0)) throw new IllegalArgumentException("quota must be > 0, got " + perSecond);
    quotas.put(Objects.requireNonNull(path, "path"), perSecond);
    return this;
  }

  public boolean isSharedPool() {
    return sharedPool;
  }

  /** Whether the instances of a deployment share one HTTP connection pool instead of holding one each. */
  public TimAdminOptions setSharedPool(boolean sharedPool) {
    this.sharedPool = sharedPool;
    return this;
  }

  public long getDrainTimeoutMillis() {
    return drainTimeoutMillis;
  }

  /**
   * How long an undeployed instance waits for the calls and jobs it already took; what is left then is answered
   * CLIENT_CLOSED.
   */
  public TimAdminOptions setDrainTimeoutMillis(long drainTimeoutMillis) {
    this.drainTimeoutMillis = nonNegative("drainTimeoutMillis", drainTimeoutMillis);
    return this;
  }

  public long getRequesterTimeoutMillis() {
    return requesterTimeoutMillis;
  }

  /** A bulk job that hears nothing from its requester for this long is cancelled and dropped. */
  public TimAdminOptions setRequesterTimeoutMillis(long requesterTimeoutMillis) {
    if (requesterTimeoutMillis < 1000) throw new IllegalArgumentException("requesterTimeoutMillis must be >= 1000");
    this.requesterTimeoutMillis = requesterTimeoutMillis;
    return this;
  }

  public long getLingerMillis() {
    return lingerMillis;
  }

  /**
   * How long a node keeps the addresses registered after its last instance left, answering NO_HANDLERS (which
   * requesters resend elsewhere) instead of letting the cluster route requests to a node that silently drops them.
   * The registration goes once the node has been quiet for this long.
   */
  public TimAdminOptions setLingerMillis(long lingerMillis) {
    this.lingerMillis = nonNegative("lingerMillis", lingerMillis);
    return this;
  }

  public boolean isLocalOnly() {
    return localOnly;
  }

  /** Whether to serve only requesters of this Vert.x instance (consumers not propagated to the cluster). */
  public TimAdminOptions setLocalOnly(boolean localOnly) {
    this.localOnly = localOnly;
    return this;
  }

  public TimClientOptions getClientOptions() {
    return clientOptions;
  }

  /** The options of the client each instance holds. */
  public TimAdminOptions setClientOptions(TimClientOptions clientOptions) {
    this.clientOptions = Objects.requireNonNull(clientOptions, "clientOptions");
    return this;
  }

  @Override
  public String toString() {
    JsonObject json = toJson();
    if (json.containsKey("secretKey")) {
      json.put("secretKey", "***");
    }
    return "TimAdminOptions" + json.encode();
  }
}
