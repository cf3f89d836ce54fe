package io.github.vertxtim.tests.observability;

import io.github.vertxtim.eventbus.TimAddresses;
import io.github.vertxtim.eventbus.TimAdminOptions;
import io.github.vertxtim.eventbus.TimAdminVerticle;
import io.github.vertxtim.eventbus.TimEventBusClient;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.vertx.core.AbstractVerticle;
import io.vertx.core.Promise;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** A requester verticle's call over the event bus to the admin verticle and on to TIM is one trace. */
class TraceOverBusTest {

  private static final String CALL = "tim im_open_login_svc/account_check";
  private static final String SERVED = "tim admin im_open_login_svc/account_check";

  private TracingFixture fx;

  @BeforeEach
  void start() {
    fx = new TracingFixture();
  }

  @AfterEach
  void stop() {
    fx.close();
  }

  @Test
  void requesterBusVerticleAndHttpCallFormOneTrace() {
    TimAdminOptions admin = new TimAdminOptions().setAddress("test." + UUID.randomUUID() + ".tim.admin.v1")
        .setClientOptions(fx.clientOptions());
    TimAdminVerticle.deploy(fx.vertx, admin, 2).await();
    TimEventBusClient bus = TimEventBusClient.create(fx.vertx, admin.getAddress());
    JsonObject check = new JsonObject().put("CheckItem", List.of(new JsonObject().put("UserID", "a")));

    Promise<TracingFixture.Traced<JsonObject>> outcome = Promise.promise();
    fx.vertx.deployVerticle(new AbstractVerticle() {
      @Override
      public void start() {
        fx.inSpan("requester", () -> bus.call("im_open_login_svc", "account_check", check)).onComplete(outcome);
      }
    }).await();
    TracingFixture.Traced<JsonObject> t = outcome.future().await();
    assertThat(t.failure()).isNull();
    assertThat(t.result().getString("ActionStatus")).isEqualTo("OK");

    List<SpanData> spans = fx.spans();
    Map<String, SpanData> byId = spans.stream().collect(Collectors.toMap(SpanData::getSpanId, Function.identity()));
    assertThat(spans).allSatisfy(s -> assertThat(s.getTraceId()).isEqualTo(t.traceId()));

    SpanData call = fx.spansNamed(CALL).get(0);
    assertThat(fx.spansNamed(CALL)).hasSize(1);
    SpanData served = byId.get(call.getParentSpanId());
    assertThat(served.getName()).isEqualTo(SERVED);
    assertThat(served.getKind()).isEqualTo(SpanKind.SERVER);
    assertThat(served.getAttributes().asMap().toString()).contains("tim.error_code=0");
    // the verticle's span hangs under the event bus send, which hangs under the requester's span
    SpanData send = byId.get(served.getParentSpanId());
    assertThat(send).isNotNull();
    assertThat(send.getName()).isEqualTo("send");
    assertThat(send.getAttributes().asMap().toString()).contains(TimAddresses.call(admin.getAddress()));
    assertThat(send.getParentSpanId()).isEqualTo(t.spanId());
  }

}
