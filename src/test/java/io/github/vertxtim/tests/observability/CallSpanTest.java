package io.github.vertxtim.tests.observability;

import io.github.vertxtim.TimClient;
import io.github.vertxtim.TimErrorCode;
import io.github.vertxtim.TimException;
import io.github.vertxtim.emulator.EmulatorFaults;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.vertx.core.json.JsonObject;
import io.vertx.core.tracing.TracingPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** One span per call, named by the endpoint, its attempts as attributes; none from Vert.x's HTTP client. */
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
    // the caller's span and the call's: Vert.x's HTTP client made none (TracingPolicy.IGNORE underneath)
    assertThat(fx.spans()).extracting(SpanData::getName).containsExactlyInAnyOrder("caller", NAME);
  }

  @Test
  void aRetriedCallIsStillOneSpanWithItsAttempts() {
    fx.emulator.setFaults(EmulatorFaults.NONE.withThrottleRatio(1.0));
    TimClient client = TimClient.create(fx.vertx, fx.clientOptions().setMaxRetries(3));
    // the first attempt gets 60007; the fault is lifted before the retry is sent
    client.attemptHandler(a -> fx.emulator.setFaults(EmulatorFaults.NONE));
    TracingFixture.Traced<JsonObject> t = fx.inSpan("caller",
        () -> client.call("im_open_login_svc", "account_check", CHECK)).await();
    assertThat(t.failure()).isNull();

    SpanData span = fx.spansNamed(NAME).get(0);
    assertThat(fx.spansNamed(NAME)).hasSize(1);
    assertThat(attr(span, "tim.attempts")).isEqualTo("2");
    assertThat(attr(span, "tim.retries")).isEqualTo("1");
    assertThat(attr(span, "http.request.resend_count")).isEqualTo("1");
    assertThat(attr(span, "tim.attempt_errors")).isEqualTo("60007");
    assertThat(attr(span, "tim.error_code")).isEqualTo("0");
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
