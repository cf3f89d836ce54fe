package io.github.vertxtim.metrics;

/**
 * The names of the meters and tags the project records (Micrometer's dotted names; Prometheus shows
 * {@code tim.client.calls} as {@code tim_client_calls_seconds_*}, counters with {@code _total}). Every meter and
 * every tag value is described in docs/observability.md; tag values are bounded (no user, group or query text).
 */
public final class TimMetricNames {

  /** Timer: a call from its start to its outcome, over all its attempts; tags endpoint, outcome. */
  public static final String CLIENT_CALLS = "tim.client.calls";
  /** Gauge: calls started and without an outcome yet, over every client recording into the registry. */
  public static final String CLIENT_CALLS_IN_FLIGHT = "tim.client.calls.in.flight";
  /** Counter: attempts sent (one per HTTP request); tag endpoint. */
  public static final String CLIENT_ATTEMPTS = "tim.client.attempts";
  /** Counter: attempts that followed a failed one; tags endpoint, reason. */
  public static final String CLIENT_RETRIES = "tim.client.retries";
  /** Counter: failed attempts by ErrorCode; tags endpoint, code. */
  public static final String CLIENT_ERRORS = "tim.client.errors";
  /** Counter: usersigs fetched (generated or from the supplier); tag result. */
  public static final String CLIENT_USERSIG_RENEWALS = "tim.client.usersig.renewals";
  /** Timer: waiting for a pooled connection (connecting a new one included). */
  public static final String CLIENT_CONNECTION_WAIT = "tim.client.connection.wait";
  /** Timer: waiting for a slot of the endpoint's quota (bulk jobs, paced admin calls); tag endpoint. */
  public static final String CLIENT_PACER_WAIT = "tim.client.pacer.wait";
  /** Counter: bulk job items by outcome; tags endpoint, status. */
  public static final String BULK_ITEMS = "tim.bulk.items";
  /** Gauge: calls the admin verticle instances of this JVM work on. */
  public static final String ADMIN_CALLS_IN_FLIGHT = "tim.admin.calls.in.flight";
  /** Gauge: bulk jobs the admin verticle instances of this JVM run. */
  public static final String ADMIN_BULK_JOBS = "tim.admin.bulk.jobs";
  /** Counter: requests answered OVERLOADED because every instance was full; tag kind. */
  public static final String ADMIN_OVERLOADED = "tim.admin.overloaded";
  /** Counter: emulator envelope answers; tags endpoint, code. */
  public static final String EMULATOR_REQUESTS = "tim.emulator.requests";
  /** Counter: faults the emulator injected; tag kind. */
  public static final String EMULATOR_FAULTS = "tim.emulator.faults";
  /** Counter: 60007 answers of the emulator's rate limiter (injected throttles are faults); tag endpoint. */
  public static final String EMULATOR_RATE_LIMITED = "tim.emulator.rate.limited";

  /** Tag: {@code service/command} of a registry endpoint, or {@value #UNREGISTERED}. */
  public static final String TAG_ENDPOINT = "endpoint";
  /** Tag value of an endpoint the registry does not know: keeps arbitrary names out of the tags. */
  public static final String UNREGISTERED = "unregistered";
  /** Tag: {@code ok}, or the lower-case {@code TimErrorCategory} of the failure. */
  public static final String TAG_OUTCOME = "outcome";
  /** Tag: the ErrorCode as a decimal number. */
  public static final String TAG_CODE = "code";
  /** Tag: {@code retry}, {@code renew_usersig} or {@code backup_domain}. */
  public static final String TAG_REASON = "reason";
  /** Tag: {@code ok} or {@code failed}. */
  public static final String TAG_RESULT = "result";
  /** Tag: {@code ok}, {@code failed} or {@code cancelled}. */
  public static final String TAG_STATUS = "status";
  /** Tag: admin {@code call} or {@code bulk}; emulator fault {@code reset}, {@code 502}, {@code throttle}, {@code slow}. */
  public static final String TAG_KIND = "kind";

  private TimMetricNames() {
  }
}
