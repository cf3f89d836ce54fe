package io.github.vertxtim.eventbus.impl;

import io.github.vertxtim.TimException;
import io.vertx.core.eventbus.Message;
import io.vertx.core.internal.ContextInternal;
import io.vertx.core.spi.tracing.SpanKind;
import io.vertx.core.spi.tracing.TagExtractor;
import io.vertx.core.spi.tracing.VertxTracer;
import io.vertx.core.tracing.TracingPolicy;

/**
 * The admin verticle's span for a call it serves, through Vert.x's tracing SPI. Its parent is the requester's trace,
 * read from the message headers (where the event bus put it), and it is made current on the call's own duplicated
 * context, so the client's span for the HTTP call ({@code tim service/command}) is its child: requester, event bus,
 * verticle and HTTP call form one trace. Vert.x's own consumer span stays on the node front's context, which hands
 * the message to the instance's event loop and so cannot carry it.
 */
final class ServedCallSpan {

  private final VertxTracer<Object, Object> tracer;
  private final ContextInternal ctx;
  private final Object operation;

  private ServedCallSpan(VertxTracer<Object, Object> tracer, ContextInternal ctx, Object operation) {
    this.tracer = tracer;
    this.ctx = ctx;
    this.operation = operation;
  }

  /** Null when Vert.x has no tracer, the policy is IGNORE, or the tracer declines (PROPAGATE without a trace). */
  @SuppressWarnings("unchecked")
  static ServedCallSpan start(ContextInternal callCtx, TracingPolicy policy, Message<?> msg, String service,
                              String command) {
    VertxTracer<Object, Object> tracer = callCtx.tracer();
    if (tracer == null || policy == TracingPolicy.IGNORE) {
      return null;
    }
    String[] tags = {"rpc.system", "tim", "rpc.service", service, "rpc.method", command, "tim.service", service,
        "tim.command", command};
    Object op = tracer.receiveRequest(callCtx, SpanKind.RPC, policy, tags, "tim admin " + service + "/" + command,
        msg.headers(), PAIRS);
    return op == null ? null : new ServedCallSpan(tracer, callCtx, op);
  }

  void end(Throwable failure) {
    String[] tags;
    if (failure == null) {
      tags = new String[] {"tim.error_code", "0"};
    } else if (failure instanceof TimException e) {
      String code = Integer.toString(e.errorCode());
      tags = new String[] {"tim.error_code", code, "error.type", code};
    } else {
      tags = new String[] {"error.type", failure.getClass().getName()};
    }
    // only a TimException is known to be redacted: anything else is named by its type alone
    tracer.sendResponse(ctx, tags, operation, failure instanceof TimException ? failure : null, PAIRS);
  }

  private static final TagExtractor<String[]> PAIRS = new TagExtractor<>() {
    @Override
    public int len(String[] tags) {
      return tags.length / 2;
    }

    @Override
    public String name(String[] tags, int i) {
      return tags[2 * i];
    }

    @Override
    public String value(String[] tags, int i) {
      return tags[2 * i + 1];
    }
  };
}
