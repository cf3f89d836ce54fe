package io.github.vertxtim.impl;

import io.github.vertxtim.TimAttempt;
import io.github.vertxtim.TimException;
import io.github.vertxtim.internal.OptionalClasses;
import io.github.vertxtim.registry.Endpoint;
import io.vertx.core.AsyncResult;
import io.vertx.core.internal.ContextInternal;
import io.vertx.core.spi.tracing.SpanKind;
import io.vertx.core.spi.tracing.TagExtractor;
import io.vertx.core.spi.tracing.VertxTracer;
import io.vertx.core.tracing.TracingPolicy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * The span of one call, across all its attempts, through Vert.x's tracing SPI: opened with the caller's context
 * (whose trace is the parent), named {@code tim service/command}, closed with the call's outcome.
 *
 * <p>Attempts are attributes of this span for every tracer, and under vertx-opentelemetry also one event per
 * failed attempt ({@link AttemptEvents}: the SPI has no events, but that tracer's operation object holds the
 * OpenTelemetry span). They are not spans of their own: the SPI gives a new span only the caller's span as parent
 * (a span cannot be made the parent of another without the tracer's own context key), so per-attempt spans would be
 * siblings, mixed up with those of the caller's other calls in flight.
 *
 * <p>Every value comes from the endpoint, the target and the error codes; none from the URL, whose query carries the
 * usersig. Made only when Vert.x has a tracer and the policy is not IGNORE: otherwise a call costs one null check.
 * An OK first attempt adds nothing to that; events are made only on a failed attempt.
 */
final class CallSpan {

  private static final BiConsumer<String, String> NO_HEADERS = (k, v) -> { };
  /** Bounds the attempt list of a pathological call (maxRetries is not capped). */
  private static final int MAX_LISTED_ATTEMPTS = 16;

  private final VertxTracer<Object, Object> tracer;
  private final ContextInternal ctx;
  private final Endpoint endpoint;
  private final Target target;
  private Object operation;
  private int attempts;
  private int retries;
  private int status = -1;
  private boolean renewedUserSig;
  private boolean backup;
  private StringBuilder failedAttempts;

  private CallSpan(VertxTracer<Object, Object> tracer, ContextInternal ctx, Endpoint endpoint, Target target) {
    this.tracer = tracer;
    this.ctx = ctx;
    this.endpoint = endpoint;
    this.target = target;
  }

  /** The span of a call starting on {@code ctx}, or null when there is no tracer, the policy is IGNORE, or the tracer declines. */
  @SuppressWarnings("unchecked")
  static CallSpan start(ContextInternal ctx, TracingPolicy policy, Endpoint endpoint, Target target) {
    VertxTracer<Object, Object> tracer = ctx.tracer();
    if (tracer == null || policy == TracingPolicy.IGNORE) {
      return null;
    }
    CallSpan span = new CallSpan(tracer, ctx, endpoint, target);
    span.operation = tracer.sendRequest(ctx, SpanKind.RPC, policy, span, "tim " + endpoint.path(), NO_HEADERS,
        START_TAGS);
    return span.operation == null ? null : span;
  }

  /** An HTTP request of the call goes out. */
  void sending(boolean onBackup) {
    attempts++;
    backup |= onBackup;
  }

  void answered(int httpStatus) {
    status = httpStatus;
  }

  /**
   * An attempt failed with {@code e}; {@code next} says what the call does about it, after {@code backoffMillis}
   * when it retries.
   */
  void attemptFailed(TimException e, TimAttempt.Next next, long backoffMillis) {
    if (VertxOpenTelemetry.PRESENT) {
      try {
        AttemptEvents.failed(operation, attempts, e, next, backoffMillis);
      } catch (RuntimeException | LinkageError broken) {
        // an OpenTelemetry API of another shape than vertx-opentelemetry's (NoSuchMethodError …) or a tracer's
        // bug must not leave the call unfinished: the event is lost, the attributes go on
      }
    }
    if (next == TimAttempt.Next.RETRY) {
      retries++;
    } else if (next == TimAttempt.Next.RENEW_USERSIG) {
      renewedUserSig = true;
    }
    if (failedAttempts == null) {
      failedAttempts = new StringBuilder();
    }
    if (attempts <= MAX_LISTED_ATTEMPTS) {
      if (!failedAttempts.isEmpty()) {
        failedAttempts.append(',');
      }
      failedAttempts.append(e.errorCode());
    }
  }

  void end(AsyncResult<?> outcome) {
    Throwable cause = outcome.failed() ? outcome.cause() : null;
    TimException failure = cause instanceof TimException te ? te : null;
    List<String> tags = new ArrayList<>(20);
    tag(tags, "tim.attempts", Integer.toString(attempts));
    tag(tags, "tim.retries", Integer.toString(retries));
    if (cause == null) {
      tag(tags, "tim.error_code", "0");
    } else if (failure != null) {
      tag(tags, "tim.error_code", Integer.toString(failure.errorCode()));
      tag(tags, "tim.error_category", failure.category().name());
      tag(tags, "error.type", Integer.toString(failure.errorCode()));
    } else {
      tag(tags, "error.type", cause.getClass().getName());
    }
    if (status >= 0) {
      tag(tags, "http.response.status_code", Integer.toString(status));
    }
    if (retries > 0) {
      tag(tags, "http.request.resend_count", Integer.toString(retries));
    }
    if (failedAttempts != null) {
      tag(tags, "tim.attempt_errors", failedAttempts.toString());
    }
    if (renewedUserSig) {
      tag(tags, "tim.usersig_renewed", "true");
    }
    if (backup) {
      tag(tags, "tim.backup_domain", "true");
    }
    // a TimException is redacted where it is made; anything else (a usersig supplier's own error) is redacted here
    Throwable recorded = cause == null || failure != null ? cause : Redaction.redact(cause);
    tracer.receiveResponse(ctx, tags, operation, recorded, PAIRS);
  }

  /**
   * Whether vertx-opentelemetry is on the class path: asked once, by the first failed attempt of a traced call, so
   * an untraced client never asks and {@link AttemptEvents} (OpenTelemetry's types) is loaded only when it is there.
   */
  private static final class VertxOpenTelemetry {
    static final boolean PRESENT = OptionalClasses.present(CallSpan.class, "io.vertx.tracing.opentelemetry.Operation");
  }

  private static void tag(List<String> tags, String name, String value) {
    tags.add(name);
    tags.add(value);
  }

  /** The start attributes: fixed names, values from the endpoint and the target. */
  private static final TagExtractor<CallSpan> START_TAGS = new TagExtractor<>() {
    private static final String[] NAMES = {"rpc.system", "rpc.service", "rpc.method", "tim.service", "tim.command",
        "server.address", "server.port"};

    @Override
    public int len(CallSpan s) {
      return NAMES.length;
    }

    @Override
    public String name(CallSpan s, int i) {
      return NAMES[i];
    }

    @Override
    public String value(CallSpan s, int i) {
      return switch (i) {
        case 0 -> "tim";
        case 1, 3 -> s.endpoint.service();
        case 2, 4 -> s.endpoint.command();
        case 5 -> s.target.host();
        default -> Integer.toString(s.target.port());
      };
    }
  };

  /** A flat name, value, name, value … list. */
  private static final TagExtractor<List<String>> PAIRS = new TagExtractor<>() {
    @Override
    public int len(List<String> tags) {
      return tags.size() / 2;
    }

    @Override
    public String name(List<String> tags, int i) {
      return tags.get(2 * i);
    }

    @Override
    public String value(List<String> tags, int i) {
      return tags.get(2 * i + 1);
    }
  };
}
