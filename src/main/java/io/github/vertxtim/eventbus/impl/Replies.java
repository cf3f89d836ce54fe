package io.github.vertxtim.eventbus.impl;

import io.github.vertxtim.TimErrorCode;
import io.github.vertxtim.TimException;
import io.vertx.core.eventbus.Message;

/** How the verticle side answers failures: the code is the TIM ErrorCode or a client code, the message the ErrorInfo. */
final class Replies {

  static final String NO_INSTANCE = "no admin verticle instance serves this node any more; send again. address: ";

  private Replies() {
  }

  static void fail(Message<?> msg, TimErrorCode code, String info) {
    msg.fail(code.code(), info);
  }

  static void fail(Message<?> msg, Throwable t) {
    if (t instanceof TimException e) {
      msg.fail(e.errorCode(), e.errorInfo());
    } else {
      msg.fail(TimErrorCode.NETWORK_ERROR.code(), t.getClass().getSimpleName() + ": " + t.getMessage());
    }
  }
}
