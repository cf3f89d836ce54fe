package io.github.vertxtim.tests.observability;

import io.github.vertxtim.TimClient;
import io.github.vertxtim.TimErrorCategory;
import io.github.vertxtim.TimErrorCode;
import io.github.vertxtim.TimException;
import io.github.vertxtim.emulator.EmulatorFaults;
import io.github.vertxtim.sig.UserSigGenerator;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.trace.data.EventData;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.core.tracing.TracingPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One span per call, named by the endpoint, its attempts as attributes and (under vertx-opentelemetry) one event per
 * failed attempt; none from Vert.x's HTTP client.
 */
class CallSpanTest {

  private static final String NAME = "tim im_open_login_svc/account_check";
  private static final JsonObject CHECK = new JsonObject().put("CheckItem", List.of(new JsonObject().put("UserID", "a")));

  private TracingFixture fx;

  @BeforeEach
  void start() {
    fx = new TracingFixture();
  }

  @AfterEach
  void stop() {
    fx.close();
  }

  private static String attr(SpanData span, String key) {
    return span.getAttributes().get(AttributeKey.stringKey(key));
  }

  private static String attr(EventData event, String key) {
    return event.getAttributes().get(AttributeKey.stringKey(key));
  }

  private static List<EventData> attemptEvents(SpanData span) {
    return span.getEvents().stream().filter(e -> e.getName().equals("tim.attempt.failed")).toList();
  }

  @Test
  void aCallIsOneClientSpanUnderTheCallersSpan() {
    TimClient client = TimClient.create(fx.vertx, fx.clientOptions());
    TracingFixture.Traced<JsonObject> t = fx.inSpan("caller",
        () -> client.call("im_open_login_svc", "account_check", CHECK)).await();
    assertThat(t.failure()).isNull();

    List<SpanData> calls = fx.spansNamed(NAME);
    assertThat(calls).hasSize(1);
    SpanData span = calls.get(0);
    assertThat(span.getKind()).isEqualTo(SpanKind.CLIENT);
    assertThat(span.getParentSpanId()).isEqualTo(t.spanId());
    assertThat(span.getTraceId()).isEqualTo(t.traceId());
    assertThat(attr(span, "tim.service")).isEqualTo("im_open_login_svc");
    assertThat(attr(span, "tim.command")).isEqualTo("account_check");
    assertThat(attr(span, "rpc.system")).isEqualTo("tim");
    assertThat(attr(span, "rpc.method")).isEqualTo("account_check");
    assertThat(attr(span, "server.address")).isEqualTo("127.0.0.1");
    assertThat(attr(span, "tim.attempts")).isEqualTo("1");
    assertThat(attr(span, "tim.retries")).isEqualTo("0");
    assertThat(attr(span, "tim.error_code")).isEqualTo("0");
    assertThat(attr(span, "http.response.status_code")).isEqualTo("200");
    assertThat(attr(span, "error.type")).isNull();
    // an OK first attempt: no event at all
    assertThat(span.getEvents()).isEmpty();
    // the caller's span and the call's: Vert.x's HTTP client made none (TracingPolicy.IGNORE underneath)
    assertThat(fx.spans()).extracting(SpanData::getName).containsExactlyInAnyOrder("caller", NAME);
  }

  @Test
  void aRetriedCallIsStillOneSpanWithItsAttemptsAndAnEventPerFailedAttempt() {
    fx.emulator.setFaults(EmulatorFaults.NONE.withThrottleRatio(1.0));
    TimClient client = TimClient.create(fx.vertx, fx.clientOptions().setMaxRetries(3));
    // the first two attempts get 60007; the fault is lifted before the second retry is sent
    List<Long> backoffs = new CopyOnWriteArrayList<>();
    client.attemptHandler(a -> {
      backoffs.add(a.delayMillis());
      if (a.attempt() == 2) {
        fx.emulator.setFaults(EmulatorFaults.NONE);
      }
    });
    TracingFixture.Traced<JsonObject> t = fx.inSpan("caller",
        () -> client.call("im_open_login_svc", "account_check", CHECK)).await();
    assertThat(t.failure()).isNull();

    SpanData span = fx.spansNamed(NAME).get(0);
    assertThat(fx.spansNamed(NAME)).hasSize(1);
    assertThat(attr(span, "tim.attempts")).isEqualTo("3");
    assertThat(attr(span, "tim.retries")).isEqualTo("2");
    assertThat(attr(span, "http.request.resend_count")).isEqualTo("2");
    assertThat(attr(span, "tim.attempt_errors")).isEqualTo("60007,60007");
    assertThat(attr(span, "tim.error_code")).isEqualTo("0");

    // exactly one event per failed attempt, in order, and no other event
    List<EventData> events = span.getEvents();
    assertThat(events).extracting(EventData::getName).containsExactly("tim.attempt.failed", "tim.attempt.failed");
    assertThat(events).extracting(e -> attr(e, "tim.attempt")).containsExactly("1", "2");
    assertThat(events).extracting(e -> attr(e, "tim.error_code")).containsExactly("60007", "60007");
    assertThat(events).extracting(e -> attr(e, "tim.error_category"))
        .containsOnly(TimErrorCode.categoryOf(60007).name());
    assertThat(events).extracting(e -> attr(e, "tim.next")).containsExactly("retry", "retry");
    // the backoff the client waited, as the attempt handler saw it
    assertThat(backoffs).hasSize(2).allSatisfy(b -> assertThat(b).isPositive());
    assertThat(events).extracting(e -> attr(e, "tim.backoff_ms"))
        .containsExactly(backoffs.get(0).toString(), backoffs.get(1).toString());
    assertThat(events).allSatisfy(e -> assertThat(e.getAttributes().size()).isEqualTo(5));
    assertThat(events.get(0).getEpochNanos()).isLessThanOrEqualTo(events.get(1).getEpochNanos());
  }

  @Test
  void aFailedCallCarriesItsErrorCodeAndAnExceptionEvent() {
    fx.emulator.setFaults(EmulatorFaults.NONE.withThrottleRatio(1.0));
    TimClient client = TimClient.create(fx.vertx, fx.clientOptions().setMaxRetries(1));
    TracingFixture.Traced<JsonObject> t = fx.inSpan("caller",
        () -> client.call("im_open_login_svc", "account_check", CHECK)).await();
    assertThat(t.failure()).isInstanceOf(TimException.class);

    SpanData span = fx.spansNamed(NAME).get(0);
    assertThat(attr(span, "tim.attempts")).isEqualTo("2");
    assertThat(attr(span, "tim.error_code")).isEqualTo("60007");
    assertThat(attr(span, "error.type")).isEqualTo("60007");
    assertThat(attr(span, "tim.error_category")).isEqualTo(TimErrorCode.categoryOf(60007).name());
    assertThat(attr(span, "tim.attempt_errors")).isEqualTo("60007,60007");
    assertThat(span.getEvents()).anySatisfy(e -> assertThat(e.getName()).isEqualTo("exception"));
    // the retried attempt, then the one the call gave up on: no backoff there
    List<EventData> attempts = attemptEvents(span);
    assertThat(attempts).extracting(e -> attr(e, "tim.attempt")).containsExactly("1", "2");
    assertThat(attempts).extracting(e -> attr(e, "tim.next")).containsExactly("retry", "fail");
    assertThat(attempts).extracting(e -> attr(e, "tim.error_code")).containsExactly("60007", "60007");
    assertThat(attr(attempts.get(1), "tim.backoff_ms")).isNull();
    assertThat(attempts.get(1).getAttributes().size()).isEqualTo(4);
  }

  @Test
  void aRefusedUsersigIsAnEventWhoseNextIsRenewUsersig() {
    // the first usersig is signed with another key, so the service refuses it; the renewal signs a good one
    UserSigGenerator good = new UserSigGenerator(fx.emulator.options().getSdkAppId(),
        fx.emulator.options().getSecretKey());
    UserSigGenerator wrong = new UserSigGenerator(fx.emulator.options().getSdkAppId(), "not-the-key");
    AtomicInteger made = new AtomicInteger();
    TimClient client = TimClient.create(fx.vertx, fx.clientOptions(), () -> Future.succeededFuture(
        (made.getAndIncrement() == 0 ? wrong : good).generate("administrator", 86_400)));
    TracingFixture.Traced<JsonObject> t = fx.inSpan("caller",
        () -> client.call("im_open_login_svc", "account_check", CHECK)).await();
    assertThat(t.failure()).isNull();

    SpanData span = fx.spansNamed(NAME).get(0);
    assertThat(attr(span, "tim.usersig_renewed")).isEqualTo("true");
    List<EventData> events = span.getEvents();
    assertThat(events).hasSize(1);
    EventData refused = events.get(0);
    assertThat(refused.getName()).isEqualTo("tim.attempt.failed");
    assertThat(attr(refused, "tim.attempt")).isEqualTo("1");
    assertThat(attr(refused, "tim.next")).isEqualTo("renew_usersig");
    assertThat(attr(refused, "tim.error_category")).isEqualTo(TimErrorCategory.AUTH.name());
    assertThat(attr(refused, "tim.error_code")).isEqualTo(attr(span, "tim.attempt_errors"));
    assertThat(attr(refused, "tim.backoff_ms")).isNull();
  }

  @Test
  void policyDecidesWhetherACallWithoutATraceGetsASpan() {
    TimClient propagate = TimClient.create(fx.vertx, fx.clientOptions());
    TimClient always = TimClient.create(fx.vertx, fx.clientOptions().setTracingPolicy(TracingPolicy.ALWAYS));
    TimClient ignore = TimClient.create(fx.vertx, fx.clientOptions().setTracingPolicy(TracingPolicy.IGNORE));

    propagate.call("im_open_login_svc", "account_check", CHECK).await();
    assertThat(fx.spans()).isEmpty();

    always.call("im_open_login_svc", "account_check", CHECK).await();
    assertThat(fx.spansNamed(NAME)).hasSize(1);
    assertThat(fx.spansNamed(NAME).get(0).getParentSpanContext().isValid()).isFalse();

    fx.exporter.reset();
    TracingFixture.Traced<JsonObject> t = fx.inSpan("caller",
        () -> ignore.call("im_open_login_svc", "account_check", CHECK)).await();
    assertThat(t.failure()).isNull();
    assertThat(fx.spans()).extracting(SpanData::getName).containsExactly("caller");
  }
}
