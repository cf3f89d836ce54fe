package io.github.vertxtim.eventbus;

/**
 * The event-bus address scheme of the admin verticle, version 1. Every address starts with a base
 * ({@value #DEFAULT_BASE} unless configured); a new incompatible message format gets a new version segment, so old
 * and new verticles can serve side by side during a rolling upgrade.
 *
 * <table>
 *   <caption>Addresses</caption>
 *   <tr><th>address</th><th>request</th><th>reply</th></tr>
 *   <tr><td>{@code <base>.call}</td><td>{@code {"service", "command", "body"}}</td>
 *       <td>the service's whole answer (ActionStatus OK), or a failure whose code is the ErrorCode</td></tr>
 *   <tr><td>{@code <base>.bulk}</td><td>{@code {"service", "command", "options", "total"}}</td>
 *       <td>{@code {"job", "address", "accept"}}: the job's own address and how many items it accepts</td></tr>
 *   <tr><td>{@code <base>.bulk.<job>}</td><td>{@code {"op": "items" | "poll" | "credit" | "cancel", …}}</td>
 *       <td>see docs/eventbus.md, "Bulk protocol"</td></tr>
 * </table>
 *
 * <p>Callbacks (docs/callbacks.md) have their own base, {@value #DEFAULT_CALLBACK_BASE}: a receiver publishes each
 * verified after-event to {@code <callback base>.<CallbackCommand>} ({@code {"command", "body"}}: the command and
 * the event's raw JSON) and, when asked, sends a before-event there as a request whose reply is the answer body
 * ({@code {"ErrorCode", "ErrorInfo", …}}, see {@code callback.CallbackAnswer#toJson}).
 *
 * <p>Bodies are {@code JsonObject}s only, so no codec has to be registered on any node. Failures are
 * {@code ReplyException}s with failure type {@code RECIPIENT_FAILURE}: the failure code is the service's ErrorCode,
 * or a negative client code of {@link io.github.vertxtim.TimErrorCode}; the message is the ErrorInfo.
 */
public final class TimAddresses {

  /** The default base address: {@code tim.admin} plus the protocol version. */
  public static final String DEFAULT_BASE = "tim.admin.v1";

  /**
   * Header of every answer: which verticle instance served the request, as {@code <node>/<deploymentID>#<n>}
   * ({@code <node>}: the cluster node ID, or an ID of the JVM when Vert.x is not clustered).
   */
  public static final String HEADER_INSTANCE = "tim-instance";

  /** The default base of callback addresses: {@code tim.callback} plus the protocol version. */
  public static final String DEFAULT_CALLBACK_BASE = "tim.callback.v1";

  /** Field names of the call and bulk-start requests. */
  public static final String SERVICE = "service";
  public static final String COMMAND = "command";
  public static final String BODY = "body";
  public static final String OPTIONS = "options";
  public static final String TOTAL = "total";

  private TimAddresses() {
  }

  /** Where single calls go. */
  public static String call(String base) {
    return base + ".call";
  }

  /** Where bulk jobs are started. */
  public static String bulk(String base) {
    return base + ".bulk";
  }

  /** Where the events of one callback command go, e.g. {@code tim.callback.v1.C2C.CallbackAfterSendMsg}. */
  public static String callback(String base, String command) {
    return base + "." + command;
  }

  /** The address of one running bulk job (registered by the instance that runs it). */
  public static String job(String base, String jobId) {
    return base + ".bulk." + jobId;
  }
}
