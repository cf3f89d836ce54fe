package io.github.vertxtim.callback.impl;

import com.fasterxml.jackson.databind.JavaType;
import io.github.vertxtim.callback.CallbackAnswer;
import io.github.vertxtim.callback.CallbackDefault;
import io.github.vertxtim.callback.CallbackEvent;
import io.github.vertxtim.callback.CallbackRejection;
import io.github.vertxtim.callback.CallbackRejection.Reason;
import io.github.vertxtim.callback.CallbackRequest;
import io.github.vertxtim.callback.CallbackSignature;
import io.github.vertxtim.callback.RawCallback;
import io.github.vertxtim.callback.TimCallbackReceiver;
import io.github.vertxtim.callback.TimCallbackReceiverOptions;
import io.github.vertxtim.callback.TimCallbackStats;
import io.github.vertxtim.eventbus.TimAddresses;
import io.github.vertxtim.internal.JsonCodec;
import io.github.vertxtim.registry.CallbackCommand;
import io.github.vertxtim.registry.CallbackDirection;
import io.github.vertxtim.registry.CallbackRegistry;
import io.vertx.core.AsyncResult;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.eventbus.ReplyException;
import io.vertx.core.eventbus.ReplyFailure;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.Supplier;

/** The receiver: checks, decodes, dispatches and answers each callback (see {@link TimCallbackReceiver}). */
public final class TimCallbackReceiverImpl implements TimCallbackReceiver {

  private static final Logger LOG = LoggerFactory.getLogger(TimCallbackReceiver.class);
  private static final String JSON = "application/json; charset=utf-8";
  /** Ten digits today; anything much longer is no Unix time in seconds. */
  private static final int MAX_REQUEST_TIME_DIGITS = 12;
  private static final byte[] OK_ANSWER = CallbackAnswer.allow().toJson().toBuffer().getBytes();

  private final Vertx vertx;
  private final TimCallbackReceiverOptions options;
  /** Null without a token: then callbacks carry no Sign to check. */
  private final CallbackSignature.Verifier signatures;
  private final CallbackRegistry registry = CallbackRegistry.defaultRegistry();
  private final ReceiverStats stats = new ReceiverStats();
  private final DedupeWindow dedupe;
  private final Map<String, Function<CallbackRequest<CallbackEvent>, Future<CallbackAnswer>>> beforeHandlers =
      new ConcurrentHashMap<>();
  private final Map<String, Function<CallbackRequest<CallbackEvent>, Future<Void>>> afterHandlers =
      new ConcurrentHashMap<>();
  private volatile Function<RawCallback, Future<Void>> unknownHandler;
  private volatile Handler<CallbackRejection> rejectionHandler;

  public TimCallbackReceiverImpl(Vertx vertx, TimCallbackReceiverOptions options) {
    this.vertx = Objects.requireNonNull(vertx, "vertx");
    this.options = new TimCallbackReceiverOptions(Objects.requireNonNull(options, "options"));
    this.options.validate();
    this.signatures = this.options.getTokens().isEmpty() ? null
        : CallbackSignature.verifier(this.options.getTokens());
    this.dedupe = this.options.getDedupeWindowSeconds() > 0
        ? new DedupeWindow(TimeUnit.SECONDS.toNanos(this.options.getDedupeWindowSeconds()),
        this.options.getDedupeMaxEntries())
        : null;
    // load the event records now, not on the first callback (which has less than 2 s to be answered)
    registry.commands().forEach(EventTypes::of);
  }

  @Override
  @SuppressWarnings("unchecked")
  public <E extends CallbackEvent> TimCallbackReceiver before(Class<E> type,
                                                              Function<CallbackRequest<E>, Future<CallbackAnswer>> handler) {
    CallbackCommand command = EventTypes.commandOf(type);
    Objects.requireNonNull(handler, "handler");
    return before(command.command(), r -> handler.apply((CallbackRequest<E>) (CallbackRequest<?>) r));
  }

  @Override
  @SuppressWarnings("unchecked")
  public <E extends CallbackEvent> TimCallbackReceiver after(Class<E> type,
                                                             Function<CallbackRequest<E>, Future<Void>> handler) {
    CallbackCommand command = EventTypes.commandOf(type);
    Objects.requireNonNull(handler, "handler");
    return after(command.command(), r -> handler.apply((CallbackRequest<E>) (CallbackRequest<?>) r));
  }

  @Override
  public TimCallbackReceiver before(String command,
                                    Function<CallbackRequest<CallbackEvent>, Future<CallbackAnswer>> handler) {
    CallbackCommand row = row(command, CallbackDirection.BEFORE);
    beforeHandlers.put(row.command(), Objects.requireNonNull(handler, "handler"));
    return this;
  }

  @Override
  public TimCallbackReceiver after(String command, Function<CallbackRequest<CallbackEvent>, Future<Void>> handler) {
    CallbackCommand row = row(command, CallbackDirection.AFTER);
    afterHandlers.put(row.command(), Objects.requireNonNull(handler, "handler"));
    return this;
  }

  private CallbackCommand row(String command, CallbackDirection direction) {
    CallbackCommand row = registry.find(command).orElseThrow(
        () -> new IllegalArgumentException(command + " is not in the callback registry; use unknown(...)"));
    if (row.direction() != direction) {
      throw new IllegalArgumentException(command + " is a " + row.direction() + " callback, not " + direction);
    }
    return row;
  }

  @Override
  public TimCallbackReceiver unknown(Function<RawCallback, Future<Void>> handler) {
    this.unknownHandler = Objects.requireNonNull(handler, "handler");
    return this;
  }

  @Override
  public TimCallbackReceiver rejectionHandler(Handler<CallbackRejection> handler) {
    this.rejectionHandler = handler;
    return this;
  }

  @Override
  public TimCallbackStats stats() {
    return stats;
  }

  @Override
  public void handle(RoutingContext ctx) {
    long start = System.nanoTime();
    stats.received.increment();
    HttpServerRequest request = ctx.request();
    String command = request.getParam("CallbackCommand");
    CallbackRejection refused = checkQuery(ctx, command);
    if (refused != null) {
      refuse(ctx, refused);
      return;
    }
    int max = options.getMaxBodyBytes();
    if (ctx.body().available()) {
      Buffer body = ctx.body().buffer();
      if (body != null && body.length() > max) {
        refuse(ctx, rejection(ctx, Reason.BODY_TOO_LARGE, command, "body of " + body.length() + " bytes > " + max));
      } else {
        processGuarded(ctx, command, body == null ? Buffer.buffer() : body, start);
      }
      return;
    }
    String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
    if (length != null && declaredTooLong(length, max)) {
      refuse(ctx, rejection(ctx, Reason.BODY_TOO_LARGE, command, "Content-Length " + length + " > " + max));
      return;
    }
    Buffer body = Buffer.buffer();
    boolean[] over = {false};
    request.handler(chunk -> {
      if (over[0]) {
        return;
      }
      if (body.length() + chunk.length() > max) {
        over[0] = true;
        refuse(ctx, rejection(ctx, Reason.BODY_TOO_LARGE, command, "body longer than " + max + " bytes"));
      } else {
        body.appendBuffer(chunk);
      }
    });
    request.exceptionHandler(e -> over[0] = true);
    request.endHandler(v -> {
      if (!over[0]) {
        processGuarded(ctx, command, body, start);
      }
    });
  }

  private static boolean declaredTooLong(String length, int max) {
    try {
      return Long.parseLong(length.trim()) > max;
    } catch (NumberFormatException e) {
      return false; // the server's codec judges a malformed header; the streamed length is still counted
    }
  }

  /** Null when the query passes: SdkAppid, CallbackCommand, then RequestTime and Sign when a token is set. */
  private CallbackRejection checkQuery(RoutingContext ctx, String command) {
    HttpServerRequest request = ctx.request();
    String appId = request.getParam("SdkAppid");
    if (appId == null || !appId.equals(Long.toString(options.getSdkAppId()))) {
      return rejection(ctx, Reason.WRONG_SDKAPPID, command,
          appId == null ? "no SdkAppid" : "SdkAppid is not this app's");
    }
    if (signatures != null) {
      String time = request.getParam("RequestTime");
      String sign = request.getParam("Sign");
      if (time == null || sign == null) {
        return rejection(ctx, Reason.MISSING_SIGN, command, time == null ? "no RequestTime" : "no Sign");
      }
      if (!fresh(time)) {
        return rejection(ctx, Reason.STALE_REQUEST_TIME, command, "RequestTime " + abbreviate(time)
            + " is not within " + options.getAllowedClockSkewSeconds() + " s of now");
      }
      if (!signatures.verify(time, sign)) {
        return rejection(ctx, Reason.BAD_SIGN, command, "Sign matches no configured token");
      }
    }
    if (command == null || command.isEmpty()) {
      return rejection(ctx, Reason.MISSING_COMMAND, null, "no CallbackCommand");
    }
    return null;
  }

  private boolean fresh(String time) {
    if (time.isEmpty() || time.length() > MAX_REQUEST_TIME_DIGITS) {
      return false;
    }
    for (int i = 0; i < time.length(); i++) {
      if (time.charAt(i) < '0' || time.charAt(i) > '9') {
        return false;
      }
    }
    long seconds = Long.parseLong(time);
    long now = TimeUnit.MILLISECONDS.toSeconds(System.currentTimeMillis());
    return Math.abs(now - seconds) <= options.getAllowedClockSkewSeconds();
  }

  private static String abbreviate(String s) {
    return s.length() <= 16 ? s : s.substring(0, 16) + "…";
  }

  /** A bug of ours must still answer, not leave Tencent waiting for its 2 s timeout. */
  private void processGuarded(RoutingContext ctx, String command, Buffer buffer, long start) {
    try {
      process(ctx, command, buffer, start);
    } catch (RuntimeException e) {
      stats.handlerFailures.increment();
      LOG.warn("TIM callback {} could not be processed: {}", command, e.toString());
      HttpServerResponse response = ctx.response();
      if (!response.ended() && !response.closed() && !response.headWritten()) {
        response.setStatusCode(500).putHeader(HttpHeaders.CONTENT_TYPE, JSON).end(new JsonObject()
            .put("ActionStatus", "FAIL").put("ErrorCode", 500).put("ErrorInfo", "INTERNAL_ERROR").toBuffer());
      }
    }
  }

  private void process(RoutingContext ctx, String command, Buffer buffer, long start) {
    Optional<CallbackCommand> row = registry.find(command);
    Optional<JavaType> type = row.flatMap(EventTypes::of);
    if (type.isPresent()) {
      // The usual body, one event with its CallbackCommand, goes straight into its record; its JsonObject is parsed
      // only if someone asks for it. Anything else (a batch, no CallbackCommand, a body that does not fit) takes
      // the path below, which also says what is wrong.
      CallbackEvent event = decodeDirectly(buffer, type.get());
      if (event != null && event.callbackCommand() != null) {
        if (!command.equals(event.callbackCommand())) {
          refuse(ctx, rejection(ctx, Reason.COMMAND_MISMATCH, command, "the body's CallbackCommand differs"));
          return;
        }
        CallbackRequest<CallbackEvent> request = new CallbackRequest<>(row.get(), event, () -> new JsonObject(buffer),
            ctx.request().getParam("ClientIP"), ctx.request().getParam("OptPlatform"));
        dispatch(new Answer(ctx, vertx.getOrCreateContext()), row.get(), List.of(request), start);
        return;
      }
    }
    processJson(ctx, command, buffer, row, type, start);
  }

  private static CallbackEvent decodeDirectly(Buffer buffer, JavaType type) {
    try {
      return JsonCodec.decode(buffer, type);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private void processJson(RoutingContext ctx, String command, Buffer buffer, Optional<CallbackCommand> row,
                           Optional<JavaType> type, long start) {
    JsonObject body;
    try {
      body = new JsonObject(buffer);
    } catch (RuntimeException e) {
      refuse(ctx, rejection(ctx, Reason.MALFORMED_BODY, command, "body is not a JSON object"));
      return;
    }
    Object inBody = body.getValue("CallbackCommand");
    if (inBody != null && !command.equals(inBody)) {
      refuse(ctx, rejection(ctx, Reason.COMMAND_MISMATCH, command, "the body's CallbackCommand differs"));
      return;
    }
    List<JsonObject> items = new ArrayList<>(1);
    boolean batch = inBody == null && body.getValue("Events") instanceof JsonArray;
    if (batch) {
      JsonArray events = body.getJsonArray("Events");
      // the Push batch: {"Events": [...]}, every item with its own CallbackCommand
      for (Object item : events) {
        if (!(item instanceof JsonObject event)) {
          refuse(ctx, rejection(ctx, Reason.MALFORMED_BODY, command, "an item of Events is not an object"));
          return;
        }
        Object itemCommand = event.getValue("CallbackCommand");
        if (itemCommand != null && !command.equals(itemCommand)) {
          refuse(ctx, rejection(ctx, Reason.COMMAND_MISMATCH, command, "an event's CallbackCommand differs"));
          return;
        }
        items.add(event);
      }
    } else {
      items.add(body);
    }
    String clientIp = ctx.request().getParam("ClientIP");
    String platform = ctx.request().getParam("OptPlatform");
    if (type.isEmpty()) {
      dispatchUnknown(ctx, row.orElse(null), new RawCallback(command, body, clientIp, platform), start);
      return;
    }
    List<CallbackRequest<CallbackEvent>> requests = new ArrayList<>(items.size());
    for (JsonObject item : items) {
      CallbackEvent event;
      try {
        // a batch's record holds its events: each is handled as a batch of one
        JsonObject decoded = batch ? new JsonObject().put("Events", new JsonArray().add(item)) : item;
        event = JsonCodec.decode(decoded, type.get());
      } catch (RuntimeException e) {
        refuse(ctx, rejection(ctx, Reason.MALFORMED_BODY, command,
            "body does not fit " + row.get().event() + " (" + firstLine(e) + ")"));
        return;
      }
      requests.add(new CallbackRequest<>(row.get(), event, item, clientIp, platform));
    }
    dispatch(new Answer(ctx, vertx.getOrCreateContext()), row.get(), requests, start);
  }

  private void dispatch(Answer answer, CallbackCommand row, List<CallbackRequest<CallbackEvent>> requests,
                        long start) {
    if (row.direction() == CallbackDirection.BEFORE) {
      decide(answer, requests.get(0), start);
    } else {
      notifyAfter(answer, row, requests, start);
    }
  }

  /** The decoder's message names the field and type; only its first line, never the body. */
  private static String firstLine(Exception e) {
    String m = String.valueOf(e.getMessage());
    int nl = m.indexOf('\n');
    m = nl < 0 ? m : m.substring(0, nl);
    return m.length() <= 200 ? m : m.substring(0, 200) + "…";
  }

  private void dispatchUnknown(RoutingContext ctx, CallbackCommand row, RawCallback raw, long start) {
    Answer answer = new Answer(ctx, vertx.getOrCreateContext());
    // a known before-command whose record is missing still gets the configured decision
    JsonObject ok = row == null ? CallbackAnswer.allow().toJson()
        : CallbackAnswer.byDefault(row, raw.body(), options.getDefaultDecision()).toJson();
    Function<RawCallback, Future<Void>> handler = unknownHandler;
    if (handler == null) {
      answer.send(ok);
      return;
    }
    whenDone(answer, call(handler, raw), remaining(start), () -> answer.send(ok), ar -> {
      if (ar.succeeded()) {
        answer.send(ok);
      } else {
        stats.handlerFailures.increment();
        LOG.warn("TIM callback handler failed for {}: {}", raw.command(), ar.cause().toString());
        answer.send(ok.copy().put("ActionStatus", "FAIL"));
      }
    });
  }

  private void notifyAfter(Answer answer, CallbackCommand row, List<CallbackRequest<CallbackEvent>> requests,
                           long start) {
    Function<CallbackRequest<CallbackEvent>, Future<Void>> handler = afterHandlers.get(row.command());
    List<Future<Void>> pending = new ArrayList<>(requests.size());
    List<String> keys = new ArrayList<>(requests.size());
    for (CallbackRequest<CallbackEvent> request : requests) {
      if (dedupe != null) {
        String key = DedupeWindow.key(row, request.raw());
        if (!dedupe.firstSeen(key, System.nanoTime())) {
          stats.duplicatesDropped.increment();
          continue;
        }
        keys.add(key);
      }
      if (options.isEventBusPublish()) {
        vertx.eventBus().publish(TimAddresses.callback(options.getEventBusBase(), row.command()), busMessage(request));
      }
      if (handler != null) {
        pending.add(call(handler, request));
      }
    }
    if (pending.isEmpty()) {
      answer.sendOk();
      return;
    }
    Future<?> all = pending.size() == 1 ? pending.get(0) : Future.all(pending);
    // late after-handlers keep running; Tencent ignores the answer, which only has to be in time
    whenDone(answer, all, remaining(start), answer::sendOk, ar -> {
      if (ar.succeeded()) {
        answer.sendOk();
      } else {
        stats.handlerFailures.increment();
        keys.forEach(dedupe == null ? k -> { } : dedupe::forget);
        LOG.warn("TIM callback handler failed for {}: {}", row.command(), ar.cause().toString());
        // "1: the app backend processing failed" (the after-callback pages' answer table)
        answer.send(new JsonObject().put("ActionStatus", "FAIL").put("ErrorCode", 1)
            .put("ErrorInfo", "the app backend failed"));
      }
    });
  }

  private void decide(Answer answer, CallbackRequest<CallbackEvent> request, long start) {
    CallbackCommand row = request.command();
    // built only when it is sent: the default of a friend request lists the friends, read from the raw JSON
    Supplier<CallbackAnswer> fallback = () -> request.decide(options.getDefaultDecision());
    Function<CallbackRequest<CallbackEvent>, Future<CallbackAnswer>> handler = beforeHandlers.get(row.command());
    long budget = remaining(start);
    Future<CallbackAnswer> decision;
    if (handler != null) {
      decision = call(handler, request);
    } else if (options.isEventBusDecide()) {
      decision = vertx.eventBus().<Object>request(TimAddresses.callback(options.getEventBusBase(), row.command()),
              busMessage(request), new DeliveryOptions().setSendTimeout(budget))
          .map(reply -> {
            if (!(reply.body() instanceof JsonObject json)) {
              throw new IllegalArgumentException("the consumer's reply is not a JSON object");
            }
            return CallbackAnswer.fromJson(json);
          });
    } else {
      stats.answeredByDefault.increment();
      answer.send(fallback.get().toJson());
      return;
    }
    Runnable late = () -> {
      if (answer.send(fallback.get().toJson())) {
        stats.answeredByDefault.increment();
        LOG.warn("TIM callback {}: no decision within {} ms, answered the default ({})", row.command(),
            options.getAnswerBudgetMillis(), options.getDefaultDecision());
      }
    };
    whenDone(answer, decision, budget, late, ar -> {
      if (answer.sent()) {
        return;
      }
      if (ar.succeeded()) {
        CallbackAnswer decided;
        try {
          decided = Objects.requireNonNull(ar.result(), "the handler's answer is null").checkFor(row);
        } catch (RuntimeException e) {
          failed(answer, row, fallback, e);
          return;
        }
        if (decided == CallbackAnswer.allow()) {
          answer.sendOk();
        } else {
          answer.send(decided.toJson());
        }
      } else if (ar.cause() instanceof ReplyException re && re.failureType() != ReplyFailure.RECIPIENT_FAILURE) {
        // no consumer, or none replied in time: the default, as when a local handler is late
        stats.answeredByDefault.increment();
        answer.send(fallback.get().toJson());
      } else {
        failed(answer, row, fallback, ar.cause());
      }
    });
  }

  /**
   * Gives {@code done} the outcome of {@code future} on the request's context; while it is pending, a timer runs
   * {@code late} when the budget is spent. A handler that answered at once (the usual case) costs no timer: setting
   * and cancelling one per callback took 5 % of the receiver's event-loop samples in CallbackReceiverBenchmark.
   */
  private <T> void whenDone(Answer answer, Future<T> future, long budget, Runnable late,
                            Handler<AsyncResult<T>> done) {
    if (future.isComplete()) {
      done.handle(future);   // completed by the handler, on this request's thread
      return;
    }
    long timer = vertx.setTimer(budget, id -> late.run());
    future.onComplete(ar -> answer.onContext(() -> {
      vertx.cancelTimer(timer);
      done.handle(ar);
    }));
  }

  /** A failed decision: FAIL (our backend failed, §5.1) carrying the default decision, which Tencent reads. */
  private void failed(Answer answer, CallbackCommand row, Supplier<CallbackAnswer> fallback, Throwable cause) {
    stats.handlerFailures.increment();
    stats.answeredByDefault.increment();
    LOG.warn("TIM callback handler failed for {}: {}; answered FAIL with the default ({})", row.command(),
        cause.toString(), options.getDefaultDecision());
    answer.send(fallback.get().toJson().put("ActionStatus", "FAIL"));
  }

  private static JsonObject busMessage(CallbackRequest<?> request) {
    JsonObject message = new JsonObject().put("command", request.command().command()).put("body", request.raw());
    if (request.clientIp() != null) {
      message.put("clientIp", request.clientIp());
    }
    if (request.optPlatform() != null) {
      message.put("optPlatform", request.optPlatform());
    }
    return message;
  }

  private long remaining(long start) {
    long elapsed = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    return Math.max(1, options.getAnswerBudgetMillis() - elapsed);
  }

  private static <T, R> Future<R> call(Function<T, Future<R>> handler, T argument) {
    try {
      Future<R> f = handler.apply(argument);
      return f != null ? f : Future.failedFuture(new NullPointerException("the handler returned no Future"));
    } catch (RuntimeException e) {
      return Future.failedFuture(e);
    }
  }

  private CallbackRejection rejection(RoutingContext ctx, Reason reason, String command, String detail) {
    String remote = ctx.request().remoteAddress() == null ? "-" : ctx.request().remoteAddress().toString();
    String shown = command == null || command.length() <= 100 ? command : command.substring(0, 100) + "…";
    return new CallbackRejection(reason, reason.status(), shown, remote, detail);
  }

  private void refuse(RoutingContext ctx, CallbackRejection rejection) {
    stats.rejected(rejection.reason());
    if (options.isLogRejections()) {
      LOG.warn("{}", rejection);
    }
    HttpServerResponse response = ctx.response();
    if (!response.ended() && !response.closed()) {
      response.setStatusCode(rejection.status()).putHeader(HttpHeaders.CONTENT_TYPE, JSON);
      if (rejection.reason() == Reason.BODY_TOO_LARGE) {
        response.putHeader(HttpHeaders.CONNECTION, "close"); // the rest of the body is not worth reading
      }
      response.end(new JsonObject().put("ActionStatus", "FAIL").put("ErrorCode", rejection.status())
          .put("ErrorInfo", rejection.reason().name()).toBuffer());
    }
    Handler<CallbackRejection> listener = rejectionHandler;
    if (listener != null) {
      try {
        listener.handle(rejection);
      } catch (RuntimeException e) {
        LOG.warn("TIM callback rejection handler failed: {}", e.toString());
      }
    }
  }

  /** The one answer of a request: the first of the handler, the budget's timer and the default wins. */
  private static final class Answer {
    private final RoutingContext ctx;
    private final Context context;
    private final AtomicBoolean sent = new AtomicBoolean();

    Answer(RoutingContext ctx, Context context) {
      this.ctx = ctx;
      this.context = context;
    }

    boolean sent() {
      return sent.get();
    }

    /** Runs {@code action} on the request's context (a handler's Future may complete on any thread). */
    void onContext(Runnable action) {
      if (Vertx.currentContext() == context) {
        action.run();
      } else {
        context.runOnContext(v -> action.run());
      }
    }

    /** Sends {@code json} unless an answer went already; whether this one went. */
    boolean send(JsonObject json) {
      return send(json.toBuffer());
    }

    /** Sends the OK answer, encoded once (most callbacks get it). */
    void sendOk() {
      send(Buffer.buffer(OK_ANSWER));
    }

    private boolean send(Buffer body) {
      if (!sent.compareAndSet(false, true)) {
        return false;
      }
      onContext(() -> {
        HttpServerResponse response = ctx.response();
        if (!response.ended() && !response.closed()) {
          response.putHeader(HttpHeaders.CONTENT_TYPE, JSON).end(body);
        }
      });
      return true;
    }
  }
}
