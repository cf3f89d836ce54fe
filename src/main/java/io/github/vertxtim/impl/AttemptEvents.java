package io.github.vertxtim.impl;

import io.github.vertxtim.TimAttempt;
import io.github.vertxtim.TimException;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.common.AttributesBuilder;
import io.vertx.tracing.opentelemetry.Operation;

/**
 * The failed attempts of a call as events of its span, when the tracer is vertx-opentelemetry: its operation object
 * is an {@link Operation} holding the OpenTelemetry span, which can take events (the Vert.x SPI cannot). The only
 * class of the client that links against OpenTelemetry; {@link CallSpan} loads it only once vertx-opentelemetry was
 * found on the class path.
 *
 * <p>Values are strings, like the span's own attributes (the SPI gives it only strings), so a key has one type in
 * both places; all come from codes, numbers and enums, never from a message or a URL.
 */
final class AttemptEvents {

  private static final String NAME = "tim.attempt.failed";
  private static final AttributeKey<String> ATTEMPT = AttributeKey.stringKey("tim.attempt");
  private static final AttributeKey<String> ERROR_CODE = AttributeKey.stringKey("tim.error_code");
  private static final AttributeKey<String> ERROR_CATEGORY = AttributeKey.stringKey("tim.error_category");
  private static final AttributeKey<String> NEXT = AttributeKey.stringKey("tim.next");
  private static final AttributeKey<String> BACKOFF = AttributeKey.stringKey("tim.backoff_ms");

  private AttemptEvents() {
  }

  /**
   * Adds attempt {@code attempt}'s failure to the span when {@code operation} is OpenTelemetry's; does nothing for
   * another tracer's. The SDK bounds the events of a span (SpanLimits, 128 by default).
   */
  static void failed(Object operation, int attempt, TimException e, TimAttempt.Next next, long backoffMillis) {
    if (!(operation instanceof Operation op)) {
      return;
    }
    AttributesBuilder attributes = Attributes.builder()
        .put(ATTEMPT, Integer.toString(attempt))
        .put(ERROR_CODE, Integer.toString(e.errorCode()))
        .put(ERROR_CATEGORY, e.category().name())
        .put(NEXT, next(next));
    if (next == TimAttempt.Next.RETRY) {
      attributes.put(BACKOFF, Long.toString(backoffMillis));
    }
    op.span().addEvent(NAME, attributes.build());
  }

  private static String next(TimAttempt.Next next) {
    return switch (next) {
      case RENEW_USERSIG -> "renew_usersig";
      case BACKUP_DOMAIN -> "backup_domain";
      case RETRY -> "retry";
      case FAIL -> "fail";
    };
  }
}
