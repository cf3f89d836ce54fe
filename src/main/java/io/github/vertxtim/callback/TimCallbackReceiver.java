package io.github.vertxtim.callback;

import io.github.vertxtim.callback.impl.TimCallbackReceiverImpl;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.ext.web.RoutingContext;

import java.util.function.Function;

/**
 * Receives Tencent Chat's callbacks on a route of the app's own Router:
 * {@code router.post("/tim/callback").handler(receiver)}. Each request is checked before its body is parsed
 * (SdkAppid, Sign in constant time against every configured token, RequestTime within the allowed skew), then
 * decoded into the event record of its command and handed to the handler registered for it; the answer goes back
 * within the answer budget. See docs/callbacks.md.
 *
 * <p>Handlers are registered before the receiver serves; they run on the request's event loop and must not block.
 * A before handler's Future that is not complete inside the budget gets the configured default decision; one that
 * fails gets {@code ActionStatus FAIL} with the default decision's ErrorCode.
 */
public interface TimCallbackReceiver extends Handler<RoutingContext> {

  /** A receiver with these options (checked: an SdkAppID, and a token unless unsigned callbacks are allowed). */
  static TimCallbackReceiver create(Vertx vertx, TimCallbackReceiverOptions options) {
    return new TimCallbackReceiverImpl(vertx, options);
  }

  /**
   * Decides the before-callback whose event record is {@code type} (annotated with {@link TimCallback}); an
   * after-callback's type is an {@link IllegalArgumentException}.
   */
  <E extends CallbackEvent> TimCallbackReceiver before(Class<E> type,
                                                       Function<CallbackRequest<E>, Future<CallbackAnswer>> handler);

  /** Handles the after-callback whose event record is {@code type}; it is answered OK once the Future completes. */
  <E extends CallbackEvent> TimCallbackReceiver after(Class<E> type, Function<CallbackRequest<E>, Future<Void>> handler);

  /** Decides a before-callback by its command word (e.g. {@code C2C.CallbackBeforeSendMsg}). */
  TimCallbackReceiver before(String command, Function<CallbackRequest<CallbackEvent>, Future<CallbackAnswer>> handler);

  /** Handles an after-callback by its command word. */
  TimCallbackReceiver after(String command, Function<CallbackRequest<CallbackEvent>, Future<Void>> handler);

  /**
   * Handles every verified callback that has no handler of its own and whose command is not in the registry (or
   * whose event record is not on the class path), as raw JSON; answered OK.
   */
  TimCallbackReceiver unknown(Function<RawCallback, Future<Void>> handler);

  /** Told of every refused request (after its answer is sent); for tools such as {@code tim callbacks listen}. */
  TimCallbackReceiver rejectionHandler(Handler<CallbackRejection> handler);

  /** The receiver's counters. */
  TimCallbackStats stats();
}
