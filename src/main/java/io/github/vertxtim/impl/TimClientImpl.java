package io.github.vertxtim.impl;

import io.github.vertxtim.QuotaPacer;
import io.github.vertxtim.TimClient;
import io.github.vertxtim.TimClientOptions;
import io.github.vertxtim.TimErrorCode;
import io.github.vertxtim.TimException;
import io.github.vertxtim.api.MsgRandomRequest;
import io.github.vertxtim.bulk.BulkJob;
import io.github.vertxtim.bulk.BulkOptions;
import io.github.vertxtim.bulk.impl.BulkJobImpl;
import io.github.vertxtim.internal.Backoff;
import io.github.vertxtim.internal.CarrierBase;
import io.github.vertxtim.internal.JsonCodec;
import io.github.vertxtim.internal.MsgRandoms;
import io.github.vertxtim.internal.ResultType;
import io.github.vertxtim.metrics.impl.ClientMetrics;
import io.github.vertxtim.metrics.impl.Metrics;
import io.github.vertxtim.registry.Endpoint;
import io.github.vertxtim.registry.RetrySafety;
import io.github.vertxtim.sig.UserSigGenerator;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.internal.ContextInternal;
import io.vertx.core.json.JsonObject;
import io.vertx.core.streams.ReadStream;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/** The HTTP client behind {@link TimClient}. */
public final class TimClientImpl extends CarrierBase implements TimClient {

  private static final long RANDOM_BOUND = 1L << 32;
  private static final int MAX_CACHED_PREFIXES = 512;

  private final TimClientOptions options;
  private final Transport transport;
  private final UserSigCache userSigs;
  private final Target primary;
  private final Target backup;
  private final Backoff backoff;
  /** "/v4/svc/cmd?sdkappid=…&identifier=…&usersig=" per endpoint: built once, only usersig and random vary. */
  private final Map<String, String> uriPrefixes = new ConcurrentHashMap<>();
  private final String query;
  /** The quota is the app's, so every bulk job of this client (and of whoever shares the pacer) draws from it. */
  private final QuotaPacer pacer;
  /** {@link ClientMetrics#NONE} unless metrics are on: the call path reports to it unconditionally. */
  private final ClientMetrics metrics;
  private volatile boolean closed;
  private volatile io.vertx.core.Handler<io.github.vertxtim.TimAttempt> attemptHandler;

  public TimClientImpl(Vertx vertx, TimClientOptions options, Supplier<Future<String>> userSigSupplier) {
    this(vertx, options, userSigSupplier, QuotaPacer.local());
  }

  public TimClientImpl(Vertx vertx, TimClientOptions options, Supplier<Future<String>> userSigSupplier,
                       QuotaPacer pacer) {
    super(vertx);
    this.pacer = java.util.Objects.requireNonNull(pacer, "pacer");
    this.options = new TimClientOptions(options.validate());
    if (userSigSupplier == null && (options.getSecretKey() == null || options.getSecretKey().isEmpty())) {
      throw new IllegalArgumentException("secretKey must be set, or a usersig supplier given");
    }
    primary = Target.primary(options);
    backup = Target.backup(options);
    if (!primary.ssl() && !primary.loopback() && !options.isInsecurePlaintextHttp()) {
      throw new IllegalArgumentException("plain http to " + primary.host() + " would send the usersig in clear text; "
          + "use https, a loopback address, or setInsecurePlaintextHttp(true) to accept the risk");
    }
    this.query = "?sdkappid=" + options.getSdkAppId() + "&identifier="
        + URLEncoder.encode(options.getAdminIdentifier(), StandardCharsets.UTF_8) + "&usersig=";
    this.metrics = Metrics.client(vertx, options.getMetricsOptions(), registry);
    Supplier<Future<String>> source = userSigSupplier != null ? userSigSupplier : generatorSource(options);
    this.userSigs = new UserSigCache(source, options.getAdminIdentifier(), options.getSdkAppId(),
        options.getUserSigRenewAfter(), () -> System.currentTimeMillis() / 1000, metrics);
    this.backoff = new Backoff(options.getRetryInitialBackoffMillis(), options.getRetryMaxBackoffMillis());
    this.transport = new Transport(vertx, options.getHttpClientOptions(), options.getPoolSize(),
        options.getMaxWaitQueueSize(), options.getKeepAliveTimeoutSeconds(), options.getTimeoutMillis(), metrics);
  }

  private static Supplier<Future<String>> generatorSource(TimClientOptions options) {
    UserSigGenerator generator = new UserSigGenerator(options.getSdkAppId(), options.getSecretKey());
    String identifier = options.getAdminIdentifier();
    long expire = options.getUserSigExpireSeconds();
    return () -> Future.succeededFuture(generator.generate(identifier, expire));
  }

  @Override
  public <T> Future<T> invoke(Endpoint endpoint, Object request, ResultType<T> type) {
    ContextInternal ctx = (ContextInternal) vertx.getOrCreateContext();
    Promise<T> promise = ctx.promise();
    Buffer encoded;
    try {
      encoded = JsonCodec.encode(withMsgRandom(endpoint, request));
    } catch (IllegalArgumentException e) {
      return Future.failedFuture(new TimException(TimErrorCode.INVALID_ARGUMENT, e.getMessage(), endpoint.service(),
          endpoint.command(), false, null));
    }
    // Run the call on the caller's context (at once when already there), so its state has a single thread.
    Call<T> call = new Call<>(this, endpoint, encoded, type, promise,
        CallSpan.start(ctx, options.getTracingPolicy(), endpoint, primary));
    ctx.execute(call::start);
    return promise.future();
  }

  /**
   * Sendmsg-style calls are retry-safe only because the service de-duplicates on MsgRandom: make sure there is one,
   * drawn once here, before the body is encoded (once) for every attempt.
   */
  private static Object withMsgRandom(Endpoint endpoint, Object request) {
    if (endpoint.retrySafety() != RetrySafety.MSG_RANDOM) {
      return request;
    }
    if (request instanceof MsgRandomRequest r) {
      return r.msgRandom() != null ? r : r.withMsgRandom(MsgRandoms.draw());
    }
    JsonObject json = JsonCodec.toJsonObject(request);
    if (json.containsKey("MsgRandom")) {
      return json;
    }
    return json.copy().put("MsgRandom", MsgRandoms.draw());
  }

  String uri(Endpoint endpoint, String userSig) {
    String path = endpoint.path();
    String prefix = uriPrefixes.get(path);
    if (prefix == null) {
      prefix = "/v4/" + path + query;
      // the registry has 169 endpoints; a bound keeps arbitrary call() names from growing the map without end
      if (uriPrefixes.size() < MAX_CACHED_PREFIXES) {
        uriPrefixes.putIfAbsent(path, prefix);
      }
    }
    // usersig characters ([A-Za-z0-9*_-]) need no escaping in a query string.
    return prefix + userSig + "&random=" + ThreadLocalRandom.current().nextLong(RANDOM_BOUND) + "&contenttype=json";
  }

  @Override
  public <I> BulkJob<I> bulk(Endpoint endpoint, ReadStream<I> items, BulkOptions options) {
    return startBulk((ContextInternal) vertx.getOrCreateContext(), endpoint, items, -1, options);
  }

  @Override
  protected <I> BulkJob<I> startBulk(ContextInternal ctx, Endpoint endpoint, ReadStream<I> items, long total,
                                     BulkOptions options) {
    double quota = options.getRatePerSecond() > 0 ? options.getRatePerSecond() : endpoint.ratePerSecond();
    double rate = quota * options.getRateHeadroom();
    return new BulkJobImpl<>(ctx, this, endpoint, items, total, options, pacer, rate, metrics);
  }

  @Override
  public ReadStream<JsonObject> pages(Endpoint endpoint, JsonObject request) {
    return super.pages(endpoint, request);
  }

  @Override
  public Future<Void> close() {
    closed = true;
    metrics.close();
    return transport.close();
  }

  Future<String> userSig() {
    return userSigs.get();
  }

  /** The usersig at hand, or null when the call must wait for one ({@link #userSig()}). */
  String validUserSig() {
    return userSigs.valid();
  }

  void invalidateUserSig(String userSig) {
    userSigs.invalidate(userSig);
  }

  boolean isClosed() {
    return closed;
  }

  @Override
  public TimClient attemptHandler(io.vertx.core.Handler<io.github.vertxtim.TimAttempt> handler) {
    this.attemptHandler = handler;
    return this;
  }

  io.vertx.core.Handler<io.github.vertxtim.TimAttempt> attemptHandler() {
    return attemptHandler;
  }

  Vertx vertx() {
    return vertx;
  }

  /** Where this client's calls, bulk jobs and pacer waits are reported (the admin verticle's paced calls too). */
  public ClientMetrics metrics() {
    return metrics;
  }

  TimClientOptions options() {
    return options;
  }

  Transport transport() {
    return transport;
  }

  Backoff backoff() {
    return backoff;
  }

  Target primary() {
    return primary;
  }

  Target backup() {
    return backup;
  }

  boolean failover() {
    return options.isFailoverToBackupDomain();
  }

  @Override
  public String toString() {
    return "TimClient[" + primary + ", sdkAppId=" + options.getSdkAppId() + ", admin=" + options.getAdminIdentifier() + "]";
  }
}
