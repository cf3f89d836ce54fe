package io.github.vertxtim;

import io.github.vertxtim.metrics.TimMetricsOptions;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.core.tracing.TracingPolicy;

import java.net.URI;
import java.util.Objects;

/**
 * Options of a {@link TimClient}. The same JSON keys configure the {@code tim} CLI and the admin verticle.
 * {@link #toString()} never shows the secret key.
 */
public class TimClientOptions {

  public static final String DEFAULT_ADMIN_IDENTIFIER = "administrator";
  public static final Region DEFAULT_REGION = Region.CHINA;
  /** Connections per region domain; a TIM round trip is WAN-bound, so a few connections carry 200 calls/s. */
  public static final int DEFAULT_POOL_SIZE = 8;
  /** Requests that may wait for a pooled connection per domain; more fail at once with POOL_BUSY. */
  public static final int DEFAULT_MAX_WAIT_QUEUE_SIZE = 1024;
  /** The service gives up after 3 s; the per-attempt deadline must outlast it so its own answer can arrive. */
  public static final int SERVER_TIMEOUT_MILLIS = 3000;
  public static final int DEFAULT_TIMEOUT_MILLIS = 5000;
  public static final int DEFAULT_KEEP_ALIVE_TIMEOUT_SECONDS = 30;
  public static final long DEFAULT_USERSIG_EXPIRE_SECONDS = 86_400;
  public static final double DEFAULT_USERSIG_RENEW_AFTER = 0.5;
  public static final int DEFAULT_MAX_RETRIES = 3;
  public static final int DEFAULT_RETRY_INITIAL_BACKOFF_MILLIS = 200;
  public static final int DEFAULT_RETRY_MAX_BACKOFF_MILLIS = 5000;
  public static final int DEFAULT_RETRY_BUDGET_MILLIS = 30_000;
  public static final boolean DEFAULT_FAILOVER_TO_BACKUP_DOMAIN = false;
  public static final boolean DEFAULT_INSECURE_PLAINTEXT_HTTP = false;
  /** Like Vert.x's own clients: a span when the caller's context carries a trace, none otherwise. */
  public static final TracingPolicy DEFAULT_TRACING_POLICY = TracingPolicy.PROPAGATE;

  private long sdkAppId;
  private String adminIdentifier = DEFAULT_ADMIN_IDENTIFIER;
  private String secretKey;
  private Region region = DEFAULT_REGION;
  private String endpoint;
  private int port;
  private int poolSize = DEFAULT_POOL_SIZE;
  private int maxWaitQueueSize = DEFAULT_MAX_WAIT_QUEUE_SIZE;
  private int timeoutMillis = DEFAULT_TIMEOUT_MILLIS;
  private int keepAliveTimeoutSeconds = DEFAULT_KEEP_ALIVE_TIMEOUT_SECONDS;
  private long userSigExpireSeconds = DEFAULT_USERSIG_EXPIRE_SECONDS;
  private double userSigRenewAfter = DEFAULT_USERSIG_RENEW_AFTER;
  private int maxRetries = DEFAULT_MAX_RETRIES;
  private int retryInitialBackoffMillis = DEFAULT_RETRY_INITIAL_BACKOFF_MILLIS;
  private int retryMaxBackoffMillis = DEFAULT_RETRY_MAX_BACKOFF_MILLIS;
  private int retryBudgetMillis = DEFAULT_RETRY_BUDGET_MILLIS;
  private boolean failoverToBackupDomain = DEFAULT_FAILOVER_TO_BACKUP_DOMAIN;
  private boolean insecurePlaintextHttp = DEFAULT_INSECURE_PLAINTEXT_HTTP;
  private HttpClientOptions httpClientOptions = new HttpClientOptions();
  private TimMetricsOptions metricsOptions = new TimMetricsOptions();
  private TracingPolicy tracingPolicy = DEFAULT_TRACING_POLICY;

  public TimClientOptions() {
  }

  /**
   * A field-by-field copy, unchecked ({@link #validate()} runs where the options are used). Copying through JSON
   * would drop what JSON cannot carry, such as a programmatic {@code TrustOptions} on the HTTP client options.
   */
  public TimClientOptions(TimClientOptions other) {
    Objects.requireNonNull(other, "other");
    sdkAppId = other.sdkAppId;
    adminIdentifier = other.adminIdentifier;
    secretKey = other.secretKey;
    region = other.region;
    endpoint = other.endpoint;
    port = other.port;
    poolSize = other.poolSize;
    maxWaitQueueSize = other.maxWaitQueueSize;
    timeoutMillis = other.timeoutMillis;
    keepAliveTimeoutSeconds = other.keepAliveTimeoutSeconds;
    userSigExpireSeconds = other.userSigExpireSeconds;
    userSigRenewAfter = other.userSigRenewAfter;
    maxRetries = other.maxRetries;
    retryInitialBackoffMillis = other.retryInitialBackoffMillis;
    retryMaxBackoffMillis = other.retryMaxBackoffMillis;
    retryBudgetMillis = other.retryBudgetMillis;
    failoverToBackupDomain = other.failoverToBackupDomain;
    insecurePlaintextHttp = other.insecurePlaintextHttp;
    httpClientOptions = new HttpClientOptions(other.httpClientOptions);
    metricsOptions = new TimMetricsOptions(other.metricsOptions);
    tracingPolicy = other.tracingPolicy;
  }

  public TimClientOptions(JsonObject json) {
    Objects.requireNonNull(json, "json");
    if (json.containsKey("sdkAppId")) setSdkAppId(json.getLong("sdkAppId"));
    if (json.containsKey("adminIdentifier")) setAdminIdentifier(json.getString("adminIdentifier"));
    if (json.containsKey("secretKey")) setSecretKey(json.getString("secretKey"));
    if (json.containsKey("region")) setRegion(Region.parse(json.getString("region")));
    if (json.containsKey("endpoint")) setEndpoint(json.getString("endpoint"));
    if (json.containsKey("port")) setPort(json.getInteger("port"));
    if (json.containsKey("poolSize")) setPoolSize(json.getInteger("poolSize"));
    if (json.containsKey("maxWaitQueueSize")) setMaxWaitQueueSize(json.getInteger("maxWaitQueueSize"));
    if (json.containsKey("timeoutMillis")) setTimeoutMillis(json.getInteger("timeoutMillis"));
    if (json.containsKey("keepAliveTimeoutSeconds")) setKeepAliveTimeoutSeconds(json.getInteger("keepAliveTimeoutSeconds"));
    if (json.containsKey("userSigExpireSeconds")) setUserSigExpireSeconds(json.getLong("userSigExpireSeconds"));
    if (json.containsKey("userSigRenewAfter")) setUserSigRenewAfter(json.getDouble("userSigRenewAfter"));
    if (json.containsKey("maxRetries")) setMaxRetries(json.getInteger("maxRetries"));
    if (json.containsKey("retryInitialBackoffMillis")) setRetryInitialBackoffMillis(json.getInteger("retryInitialBackoffMillis"));
    if (json.containsKey("retryMaxBackoffMillis")) setRetryMaxBackoffMillis(json.getInteger("retryMaxBackoffMillis"));
    if (json.containsKey("retryBudgetMillis")) setRetryBudgetMillis(json.getInteger("retryBudgetMillis"));
    if (json.containsKey("failoverToBackupDomain")) setFailoverToBackupDomain(json.getBoolean("failoverToBackupDomain"));
    if (json.containsKey("insecurePlaintextHttp")) setInsecurePlaintextHttp(json.getBoolean("insecurePlaintextHttp"));
    if (json.containsKey("httpClientOptions")) setHttpClientOptions(new HttpClientOptions(json.getJsonObject("httpClientOptions")));
    if (json.containsKey("metricsOptions")) setMetricsOptions(new TimMetricsOptions(json.getJsonObject("metricsOptions")));
    if (json.containsKey("tracingPolicy")) setTracingPolicy(TracingPolicy.valueOf(json.getString("tracingPolicy")));
  }

  /** All options as JSON, secret key included: treat the result as a secret. */
  public JsonObject toJson() {
    JsonObject json = new JsonObject()
        .put("adminIdentifier", adminIdentifier)
        .put("region", region.name())
        .put("port", port)
        .put("poolSize", poolSize)
        .put("maxWaitQueueSize", maxWaitQueueSize)
        .put("timeoutMillis", timeoutMillis)
        .put("keepAliveTimeoutSeconds", keepAliveTimeoutSeconds)
        .put("userSigExpireSeconds", userSigExpireSeconds)
        .put("userSigRenewAfter", userSigRenewAfter)
        .put("maxRetries", maxRetries)
        .put("retryInitialBackoffMillis", retryInitialBackoffMillis)
        .put("retryMaxBackoffMillis", retryMaxBackoffMillis)
        .put("retryBudgetMillis", retryBudgetMillis)
        .put("failoverToBackupDomain", failoverToBackupDomain)
        .put("insecurePlaintextHttp", insecurePlaintextHttp)
        .put("httpClientOptions", httpClientOptions.toJson())
        .put("metricsOptions", metricsOptions.toJson())
        .put("tracingPolicy", tracingPolicy.name());
    // unset (0) is left out, like the other unset keys, so the JSON of unfinished options reads back
    if (sdkAppId > 0) json.put("sdkAppId", sdkAppId);
    if (secretKey != null) json.put("secretKey", secretKey);
    if (endpoint != null) json.put("endpoint", endpoint);
    return json;
  }

  /** Checks the options as a whole; {@link TimClient#create} calls it. */
  public TimClientOptions validate() {
    if (sdkAppId <= 0) {
      throw new IllegalArgumentException("sdkAppId must be set to the app's SDKAppID (a positive number)");
    }
    if (adminIdentifier == null || adminIdentifier.isEmpty()) {
      throw new IllegalArgumentException("adminIdentifier must not be empty");
    }
    if (timeoutMillis <= SERVER_TIMEOUT_MILLIS) {
      throw new IllegalArgumentException(timeoutMessage(timeoutMillis));
    }
    if (retryMaxBackoffMillis < retryInitialBackoffMillis) {
      throw new IllegalArgumentException("retryMaxBackoffMillis must be >= retryInitialBackoffMillis");
    }
    return this;
  }

  private static String timeoutMessage(int millis) {
    return "timeoutMillis must be greater than " + SERVER_TIMEOUT_MILLIS + " (the service's own timeout is 3 s, "
        + "so a shorter deadline would cut off answers the service is still allowed to send); got " + millis;
  }

  private static int positive(String name, int value) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " must be > 0, got " + value);
    }
    return value;
  }

  private static int nonNegative(String name, int value) {
    if (value < 0) {
      throw new IllegalArgumentException(name + " must be >= 0, got " + value);
    }
    return value;
  }

  public long getSdkAppId() {
    return sdkAppId;
  }

  public TimClientOptions setSdkAppId(long sdkAppId) {
    if (sdkAppId <= 0) {
      throw new IllegalArgumentException("sdkAppId must be > 0, got " + sdkAppId);
    }
    this.sdkAppId = sdkAppId;
    return this;
  }

  public String getAdminIdentifier() {
    return adminIdentifier;
  }

  public TimClientOptions setAdminIdentifier(String adminIdentifier) {
    if (adminIdentifier == null || adminIdentifier.isEmpty()) {
      throw new IllegalArgumentException("adminIdentifier must not be empty");
    }
    this.adminIdentifier = adminIdentifier;
    return this;
  }

  public String getSecretKey() {
    return secretKey;
  }

  /** The app's secret key; leave it unset and give the client a usersig supplier to keep the key elsewhere. */
  public TimClientOptions setSecretKey(String secretKey) {
    this.secretKey = secretKey;
    return this;
  }

  public Region getRegion() {
    return region;
  }

  public TimClientOptions setRegion(Region region) {
    this.region = Objects.requireNonNull(region, "region");
    return this;
  }

  public String getEndpoint() {
    return endpoint;
  }

  /** A base URL ({@code https://host[:port]}) that replaces the region's domains, e.g. an emulator. */
  public TimClientOptions setEndpoint(String endpoint) {
    if (endpoint != null) {
      URI uri = URI.create(endpoint);
      if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
        throw new IllegalArgumentException("endpoint must be an http(s)://host[:port] URL, got " + endpoint);
      }
    }
    this.endpoint = endpoint;
    return this;
  }

  public int getPort() {
    return port;
  }

  /** The port of the region domains; 0 means the scheme's default (443). */
  public TimClientOptions setPort(int port) {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be 0..65535, got " + port);
    }
    this.port = port;
    return this;
  }

  public int getPoolSize() {
    return poolSize;
  }

  /** Keep-alive connections per domain. */
  public TimClientOptions setPoolSize(int poolSize) {
    this.poolSize = positive("poolSize", poolSize);
    return this;
  }

  public int getMaxWaitQueueSize() {
    return maxWaitQueueSize;
  }

  /** Requests that may wait for a connection per domain; beyond it a call fails at once with POOL_BUSY. */
  public TimClientOptions setMaxWaitQueueSize(int maxWaitQueueSize) {
    this.maxWaitQueueSize = nonNegative("maxWaitQueueSize", maxWaitQueueSize);
    return this;
  }

  public int getTimeoutMillis() {
    return timeoutMillis;
  }

  /**
   * The total deadline of one attempt: waiting for a connection, connecting, sending and reading the whole answer.
   * Must be greater than 3000 (the service's own timeout).
   */
  public TimClientOptions setTimeoutMillis(int timeoutMillis) {
    if (timeoutMillis <= SERVER_TIMEOUT_MILLIS) {
      throw new IllegalArgumentException(timeoutMessage(timeoutMillis));
    }
    this.timeoutMillis = timeoutMillis;
    return this;
  }

  public int getKeepAliveTimeoutSeconds() {
    return keepAliveTimeoutSeconds;
  }

  /** How long an idle pooled connection is kept; below the server's idle close so a request never meets a dead one. */
  public TimClientOptions setKeepAliveTimeoutSeconds(int keepAliveTimeoutSeconds) {
    this.keepAliveTimeoutSeconds = positive("keepAliveTimeoutSeconds", keepAliveTimeoutSeconds);
    return this;
  }

  public long getUserSigExpireSeconds() {
    return userSigExpireSeconds;
  }

  /** Validity of the admin usersig the client generates from the secret key. */
  public TimClientOptions setUserSigExpireSeconds(long userSigExpireSeconds) {
    if (userSigExpireSeconds < 60) {
      throw new IllegalArgumentException("userSigExpireSeconds must be >= 60, got " + userSigExpireSeconds);
    }
    this.userSigExpireSeconds = userSigExpireSeconds;
    return this;
  }

  public double getUserSigRenewAfter() {
    return userSigRenewAfter;
  }

  /** Share (0 exclusive .. 1 exclusive) of a usersig's validity after which the client renews it in the background. */
  public TimClientOptions setUserSigRenewAfter(double userSigRenewAfter) {
    if (!(userSigRenewAfter > 0 && userSigRenewAfter < 1)) {
      throw new IllegalArgumentException("userSigRenewAfter must be between 0 and 1 (exclusive), got " + userSigRenewAfter);
    }
    this.userSigRenewAfter = userSigRenewAfter;
    return this;
  }

  public int getMaxRetries() {
    return maxRetries;
  }

  /** Retries after a transient failure of a retry-safe endpoint; 0 turns them off. */
  public TimClientOptions setMaxRetries(int maxRetries) {
    this.maxRetries = nonNegative("maxRetries", maxRetries);
    return this;
  }

  public int getRetryInitialBackoffMillis() {
    return retryInitialBackoffMillis;
  }

  public TimClientOptions setRetryInitialBackoffMillis(int retryInitialBackoffMillis) {
    this.retryInitialBackoffMillis = positive("retryInitialBackoffMillis", retryInitialBackoffMillis);
    return this;
  }

  public int getRetryMaxBackoffMillis() {
    return retryMaxBackoffMillis;
  }

  public TimClientOptions setRetryMaxBackoffMillis(int retryMaxBackoffMillis) {
    this.retryMaxBackoffMillis = positive("retryMaxBackoffMillis", retryMaxBackoffMillis);
    return this;
  }

  public int getRetryBudgetMillis() {
    return retryBudgetMillis;
  }

  /** Overall time a call may spend across all its attempts and backoffs; no retry starts after it. */
  public TimClientOptions setRetryBudgetMillis(int retryBudgetMillis) {
    this.retryBudgetMillis = positive("retryBudgetMillis", retryBudgetMillis);
    return this;
  }

  public boolean isFailoverToBackupDomain() {
    return failoverToBackupDomain;
  }

  /** On a connection or DNS failure, send the attempt to the region's backup domain (its own pool). */
  public TimClientOptions setFailoverToBackupDomain(boolean failoverToBackupDomain) {
    this.failoverToBackupDomain = failoverToBackupDomain;
    return this;
  }

  public boolean isInsecurePlaintextHttp() {
    return insecurePlaintextHttp;
  }

  /**
   * Allows plain http to a non-loopback host. Without it, http is only accepted for an endpoint on a loopback
   * address; the usersig would otherwise travel in clear text.
   */
  public TimClientOptions setInsecurePlaintextHttp(boolean insecurePlaintextHttp) {
    this.insecurePlaintextHttp = insecurePlaintextHttp;
    return this;
  }

  public HttpClientOptions getHttpClientOptions() {
    return httpClientOptions;
  }

  /**
   * Base Vert.x HTTP client options (TLS trust, proxy, event loops …). The client sets protocol, keep-alive,
   * SSL and host verification itself on a copy.
   */
  public TimClientOptions setHttpClientOptions(HttpClientOptions httpClientOptions) {
    this.httpClientOptions = Objects.requireNonNull(httpClientOptions, "httpClientOptions");
    return this;
  }

  public TimMetricsOptions getMetricsOptions() {
    return metricsOptions;
  }

  /** Where the client records its metrics (docs/observability.md); by default into Vert.x's own, when on. */
  public TimClientOptions setMetricsOptions(TimMetricsOptions metricsOptions) {
    this.metricsOptions = Objects.requireNonNull(metricsOptions, "metricsOptions");
    return this;
  }

  public TracingPolicy getTracingPolicy() {
    return tracingPolicy;
  }

  /**
   * When a call gets a span of its own through Vert.x's tracer (docs/observability.md, Tracing): PROPAGATE when
   * the caller's context carries a trace, ALWAYS even when it does not (a new trace), IGNORE never. The HTTP
   * requests underneath are never traced by Vert.x's HTTP client: their URL carries the usersig.
   */
  public TimClientOptions setTracingPolicy(TracingPolicy tracingPolicy) {
    this.tracingPolicy = Objects.requireNonNull(tracingPolicy, "tracingPolicy");
    return this;
  }

  @Override
  public String toString() {
    JsonObject json = toJson();
    if (json.containsKey("secretKey")) {
      json.put("secretKey", "***");
    }
    return "TimClientOptions" + json.encode();
  }
}
