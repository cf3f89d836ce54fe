package io.github.vertxtim.emulator.impl;

import io.github.vertxtim.TimErrorCode;
import io.github.vertxtim.emulator.TimEmulatorOptions;
import io.github.vertxtim.emulator.impl.callback.AlertCallbacks;
import io.github.vertxtim.emulator.impl.callback.CallbackStage;
import io.github.vertxtim.emulator.impl.callback.ModerationCallbacks;
import io.github.vertxtim.emulator.impl.shared.EmulatorError;
import io.github.vertxtim.emulator.impl.shared.EndpointHandler;
import io.github.vertxtim.emulator.impl.shared.HandlerTable;
import io.github.vertxtim.registry.Endpoint;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns one request into its answer envelope, with no HTTP in sight: the checks in the service's order, the rate
 * limit, the verified batch caps, then the endpoint's handler. The one place the order lives:
 * <ol>
 *   <li>method POST, path {@code /v4/{service}/{command}} (60002), known endpoint (60009) — {@link #route};</li>
 *   <li>sdkappid (60012, 60025, 60006), identifier/usersig/contenttype/random (60025), usersig (70003, 70014,
 *       70013, 70001, 70009), admin (60010);</li>
 *   <li>body: a JSON object (60003);</li>
 *   <li>rate limit (60007, or the endpoint's own code: see {@link RateLimiter#exceededCode}), when enabled; past
 *       80 % of a window, the {@code Alert.RequestOverLimit} callback;</li>
 *   <li>verified batch cap (family code, see {@link BatchLimits});</li>
 *   <li>handler, or 60017 when the endpoint is registered but not emulated; around it the callback stage
 *       (before-callback first, after-callbacks once answered: {@link CallbackStage}).</li>
 * </ol>
 */
final class RequestProcessor {

  private static final Logger LOG = LoggerFactory.getLogger(RequestProcessor.class);

  private final RequestValidator validator;
  private final RateLimiter rateLimiter;
  private final boolean rateLimitEnabled;
  private final EmulatorStatsImpl stats;
  private final HandlerTable handlers;
  private final CallbackStage callbacks;

  /** Fails when a family registers a path the registry lacks, or one path twice. */
  RequestProcessor(TimEmulatorOptions options, EmulatorStateImpl state, EmulatorStatsImpl stats) {
    this(options, state, stats, CallbackStage.off());
  }

  /** With the callbacks the emulator sends to the app's backend. */
  RequestProcessor(TimEmulatorOptions options, EmulatorStateImpl state, EmulatorStatsImpl stats,
                   CallbackStage callbacks) {
    this.callbacks = callbacks;
    this.validator = new RequestValidator(options.getRegistry(), options.getSdkAppId(), options.getSecretKey(),
        options.getAdminIdentifier(), state.clock()::seconds);
    this.rateLimiter = new RateLimiter(options.getRateOverrides(), state.clock()::nanos);
    this.rateLimitEnabled = options.isRateLimitEnabled();
    this.stats = stats;
    this.handlers = state.install(options.getRegistry());
    rateLimiter.overLimitListener((endpoint, used, limit) ->
        callbacks.tell(AlertCallbacks.overLimit(endpoint, used, limit)));
    long sdkAppId = options.getSdkAppId();
    state.onCloudBlock(block -> callbacks.tell(ModerationCallbacks.resultNotify(sdkAppId, block)));
  }

  /** Step 1: the endpoint of the request and the first method/URL error, if any. */
  RequestValidator.Route route(HttpMethod method, String path) {
    return validator.route(method, path);
  }

  /**
   * Steps 2–6 for a request that passed {@link #route}, sent to {@code host} (the request's Host, null when
   * unknown) from {@code clientIp} (the callbacks' ClientIP). Never fails: every outcome is an envelope, at once
   * unless the request waits for a before-callback.
   */
  Future<JsonObject> process(Endpoint endpoint, String rawQuery, Buffer rawBody, String host, String clientIp) {
    JsonObject body;
    EndpointHandler handler;
    try {
      validator.authenticate(QueryParams.parse(rawQuery));
      body = RequestValidator.parseBody(rawBody);
      if (rateLimitEnabled && !rateLimiter.tryAcquire(endpoint, BatchLimits.items(endpoint, body))) {
        stats.rateLimitedOnce(endpoint.path());
        throw new EmulatorError(RateLimiter.exceededCode(endpoint),
            "REST API call frequency limit exceeded: " + endpoint.path() + " allows "
                + formatRate(rateLimiter.rate(endpoint)) + (endpoint.rateCountsItems() ? " items" : " calls")
                + " per second");
      }
      BatchLimits.checkCap(endpoint, body);
      handler = handlers.get(endpoint.path());
      if (handler == null) {
        throw new EmulatorError(TimErrorCode.REQUEST_DISABLED.code(),
            endpoint.path() + " is not emulated by TimEmulator yet");
      }
    } catch (RuntimeException e) {
      return Future.succeededFuture(failure(endpoint, e));
    }
    return callbacks.around(endpoint.path(), body, clientIp, b -> handler.handle(b, host))
        .transform(ar -> Future.succeededFuture(ar.succeeded() ? Envelope.ok(ar.result())
            : failure(endpoint, ar.cause())));
  }

  private static JsonObject failure(Endpoint endpoint, Throwable e) {
    if (e instanceof EmulatorError error) {
      return Envelope.fail(error);
    }
    LOG.warn("TimEmulator: handler of {} failed", endpoint.path(), e);
    return Envelope.fail(TimErrorCode.ACCOUNT_INTERNAL_ERROR.code(),
        "internal error of the emulator: " + e.getClass().getSimpleName());
  }

  private static String formatRate(double rate) {
    return rate == Math.rint(rate) ? Long.toString((long) rate) : Double.toString(rate);
  }
}
