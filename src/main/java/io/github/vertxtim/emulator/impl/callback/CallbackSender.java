package io.github.vertxtim.emulator.impl.callback;

import io.github.vertxtim.callback.CallbackSignature;
import io.github.vertxtim.emulator.EmulatorCallbackOptions;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/**
 * Sends callbacks to the app's backend as Tencent does (shared/api/callbacks.md §2–§4): POST to the configured URL
 * with the query in the documented order ({@code SdkAppid, CallbackCommand, contenttype, ClientIP, OptPlatform},
 * then {@code Sign, RequestTime} when a token is set), a JSON body, and the answer deadline.
 *
 * <p>Bounded: at most {@code maxInFlight} requests await their answer; past it {@link #ask} fails at once (the
 * caller applies its policy) and {@link #tell} drops and counts, so a slow backend never holds an event loop or
 * grows a queue. Before-callbacks ({@link #ask}) are never retried; after-callbacks ({@link #tell}) are sent
 * {@code repeat} times, each retried once on failure when {@code retryOnTimeout} is set.
 */
public final class CallbackSender {

  private final Vertx vertx;
  private final WebClient client;
  private final EmulatorCallbackOptions options;
  private final String base;
  private final long sdkAppId;
  private final LongSupplier seconds;
  private final CallbackCounters counters;
  private final AtomicInteger inFlight = new AtomicInteger();

  /**
   * @param seconds the emulator's clock: {@code RequestTime}, so a test's {@code ManualClock} decides it too
   */
  public CallbackSender(Vertx vertx, EmulatorCallbackOptions options, long sdkAppId, LongSupplier seconds,
                        CallbackCounters counters) {
    this.vertx = vertx;
    this.options = new EmulatorCallbackOptions(options);
    this.base = options.getUrl() + (options.getUrl().indexOf('?') < 0 ? "?" : "&");
    this.sdkAppId = sdkAppId;
    this.seconds = seconds;
    this.counters = counters;
    // keep-alive like Tencent; enough connections for the in-flight cap
    this.client = WebClient.create(vertx, new WebClientOptions().setKeepAlive(true)
            .setConnectTimeout((int) Math.min(Integer.MAX_VALUE, options.getAnswerTimeoutMillis())),
        new PoolOptions().setHttp1MaxSize(Math.min(options.getMaxInFlight(), 64)));
  }

  public EmulatorCallbackOptions options() {
    return options;
  }

  /** Whether the console has this command ticked. */
  public boolean enabled(String command) {
    return options.isCommandEnabled(command);
  }

  /**
   * A before-callback: the answer body, or a failure (timeout, connection error, status other than 200, not a
   * JSON object, in-flight cap reached) within the answer deadline. Never retried.
   */
  public Future<JsonObject> ask(OutgoingCallback callback) {
    if (!acquire()) {
      counters.dropped.increment();
      return Future.failedFuture(new IllegalStateException("callback in-flight cap of " + options.getMaxInFlight()
          + " reached"));
    }
    return post(callback);
  }

  /** An after-callback: sent {@code repeat} times, fire-and-forget; dropped and counted when the cap is reached. */
  public void tell(OutgoingCallback callback) {
    // after the current task, which writes the caller's answer: Tencent notifies once the action is done
    vertx.runOnContext(v -> send(callback));
  }

  private void send(OutgoingCallback callback) {
    for (int i = 0; i < options.getRepeat(); i++) {
      if (!acquire()) {
        counters.dropped.increment();
        continue;
      }
      post(callback).onFailure(e -> {
        if (options.isRetryOnTimeout() && acquire()) {
          post(callback);
        }
      });
    }
  }

  private boolean acquire() {
    int max = options.getMaxInFlight();
    int n;
    do {
      n = inFlight.get();
      if (n >= max) {
        return false;
      }
    } while (!inFlight.compareAndSet(n, n + 1));
    return true;
  }

  /** One POST of an acquired slot; the slot is released when the HTTP exchange ends, not at the deadline. */
  private Future<JsonObject> post(OutgoingCallback callback) {
    counters.sent.increment();
    long timeout = options.getAnswerTimeoutMillis();
    Promise<JsonObject> answer = Promise.promise();
    // the deadline is ours, not only the client's idle timeout: a backend trickling bytes is still late
    long timer = vertx.setTimer(timeout, id -> answer.tryFail(new TimeoutException(
        callback.command() + ": no answer within " + timeout + " ms")));
    client.postAbs(base + query(callback))
        .timeout(timeout)
        .putHeader("Content-Type", "application/json; charset=utf-8")
        .sendBuffer(callback.body().toBuffer())
        .onComplete(ar -> {
          inFlight.decrementAndGet();
          vertx.cancelTimer(timer);
          if (ar.failed()) {
            answer.tryFail(ar.cause());
          } else {
            JsonObject json = parse(ar.result());
            if (json == null) {
              answer.tryFail(new IllegalStateException(callback.command() + ": answered HTTP "
                  + ar.result().statusCode() + " without a JSON object"));
            } else {
              answer.tryComplete(json);
            }
          }
        });
    return answer.future().onFailure(e -> counters.failed.increment());
  }

  /** The answer object, or null when the status is not 200 or the body is not a JSON object. */
  private static JsonObject parse(HttpResponse<io.vertx.core.buffer.Buffer> response) {
    if (response.statusCode() != 200 || response.body() == null) {
      return null;
    }
    try {
      Object v = io.vertx.core.json.Json.decodeValue(response.body());
      return v instanceof JsonObject o ? o : null;
    } catch (DecodeException e) {
      return null;
    }
  }

  /** The query in the order of §2.1; {@code Sign} and {@code RequestTime} last, only with a token. */
  String query(OutgoingCallback callback) {
    StringBuilder q = new StringBuilder(160).append("SdkAppid=").append(sdkAppId)
        .append("&CallbackCommand=").append(encode(callback.command()))
        .append("&contenttype=json");
    if (callback.clientIp() != null) {
      q.append("&ClientIP=").append(encode(callback.clientIp()));
    }
    if (callback.optPlatform() != null) {
      q.append("&OptPlatform=").append(encode(callback.optPlatform()));
    }
    String token = options.getToken();
    if (token != null) {
      String time = Long.toString(seconds.getAsLong());
      q.append("&Sign=").append(CallbackSignature.sign(token, time)).append("&RequestTime=").append(time);
    }
    return q.toString();
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  public Future<Void> close() {
    client.close();
    return Future.succeededFuture();
  }
}
