package io.github.vertxtim.emulator.impl.callback;

import io.github.vertxtim.emulator.EmulatorCallbackOptions;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The callback stage around an endpoint's handler, the one place callbacks are decided: when the endpoint has a
 * {@link CallbackRule} and a URL is configured, the request's before-callback (if any, ticked and not suppressed)
 * is asked first and its answer (or, without a usable one, the timeout policy) decides whether and in what form the
 * handler runs; after a successful handler the after-callbacks go out, fire-and-forget. Handlers stay synchronous:
 * only a request that asks a before-callback completes later than it arrived.
 *
 * <p>{@code ForbidCallbackControl} in a request suppresses the message callbacks it names (§4):
 * {@code ForbidBeforeSendMsgCallback} the {@code *.CallbackBeforeSendMsg} ones, {@code ForbidAfterSendMsgCallback}
 * the {@code *.CallbackAfterSendMsg} ones.
 */
public final class CallbackStage {

  private static final Logger LOG = LoggerFactory.getLogger(CallbackStage.class);
  private static final CallbackStage OFF = new CallbackStage(null, Map.of());

  /** The endpoint's handler: the answer fields, or throws {@code EmulatorError}. */
  @FunctionalInterface
  public interface Handler {
    JsonObject handle(JsonObject request);
  }

  private final CallbackSender sender;
  private final Map<String, CallbackRule> rules;

  /** @param rules by canonical endpoint path ({@code service/command}) */
  public CallbackStage(CallbackSender sender, Map<String, CallbackRule> rules) {
    this.sender = sender;
    this.rules = Map.copyOf(rules);
  }

  /** A stage that sends nothing: no URL configured. */
  public static CallbackStage off() {
    return OFF;
  }

  /** The endpoints that have callbacks. */
  public java.util.Set<String> paths() {
    return rules.keySet();
  }

  /** The answer fields of {@code request}, or a failure ({@code EmulatorError} for an error envelope). */
  public Future<JsonObject> around(String path, JsonObject request, String clientIp, Handler handler) {
    CallbackRule rule = sender == null ? null : rules.get(path);
    if (rule == null) {
      return run(handler, request, UnaryOperator.identity());
    }
    Exchange exchange;
    try {
      exchange = rule.open(request, clientIp);
    } catch (RuntimeException e) {
      // a request the rule cannot read is one the handler refuses with its documented code: no callbacks
      return run(handler, request, UnaryOperator.identity());
    }
    JsonArray forbid = request.getValue("ForbidCallbackControl") instanceof JsonArray a ? a : new JsonArray();
    BeforeCallback before = exchange.before();
    if (before == null || !sends(before.callback().command(), forbid)) {
      return complete(exchange, request, UnaryOperator.identity(), handler, forbid);
    }
    return sender.ask(before.callback()).transform(ar -> {
      Outcome outcome;
      if (ar.failed()) {
        outcome = sender.options().getTimeoutPolicy() == EmulatorCallbackOptions.TimeoutPolicy.ALLOW
            ? Outcome.proceed(request) : before.rejected();
      } else {
        try {
          outcome = before.decider().decide(request.copy(), ar.result());
        } catch (RuntimeException e) {
          LOG.warn("TimEmulator: the answer to {} could not be applied", before.callback().command(), e);
          outcome = Outcome.proceed(request);
        }
      }
      if (outcome.error() != null) {
        return Future.failedFuture(outcome.error());
      }
      if (outcome.dropAnswer() != null) {
        return Future.succeededFuture(outcome.dropAnswer());
      }
      return complete(exchange, outcome.request(), outcome.answerPatch(), handler, forbid);
    });
  }

  private Future<JsonObject> complete(Exchange exchange, JsonObject request, UnaryOperator<JsonObject> patch,
                                      Handler handler, JsonArray forbid) {
    return run(handler, request, patch).onSuccess(answer -> {
      try {
        for (OutgoingCallback c : exchange.after().build(request, answer)) {
          if (sends(c.command(), forbid)) {
            sender.tell(c);
          }
        }
      } catch (RuntimeException e) {
        LOG.warn("TimEmulator: the after-callbacks of a request could not be built", e);
      }
    });
  }

  private static Future<JsonObject> run(Handler handler, JsonObject request, UnaryOperator<JsonObject> patch) {
    try {
      return Future.succeededFuture(patch.apply(handler.handle(request)));
    } catch (RuntimeException e) {
      return Future.failedFuture(e);
    }
  }

  /** Ticked in the console and not suppressed by the request's ForbidCallbackControl. */
  private boolean sends(String command, JsonArray forbid) {
    if (!sender.enabled(command)) {
      return false;
    }
    if (command.endsWith(".CallbackBeforeSendMsg")) {
      return !forbid.contains("ForbidBeforeSendMsgCallback");
    }
    if (command.endsWith(".CallbackAfterSendMsg")) {
      return !forbid.contains("ForbidAfterSendMsgCallback");
    }
    return true;
  }

  /** Sends an event no endpoint's answer carries (a rate alert): when configured and ticked. */
  public void tell(OutgoingCallback callback) {
    if (sender != null && sender.enabled(callback.command())) {
      sender.tell(callback);
    }
  }

  public Future<Void> close() {
    return sender == null ? Future.succeededFuture() : sender.close();
  }
}
