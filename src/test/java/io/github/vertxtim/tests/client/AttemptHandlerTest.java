package io.github.vertxtim.tests.client;

import io.github.vertxtim.TimAttempt;
import io.github.vertxtim.TimClient;
import io.github.vertxtim.TimException;
import io.github.vertxtim.emulator.EmulatorFaults;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** The attempt handler hears every failed attempt, in order, with what the client does next. */
@ExtendWith(VertxExtension.class)
class AttemptHandlerTest {

  @Test
  void eachFailedAttemptIsReportedWithItsNextStep(Vertx vertx, VertxTestContext ctx) {
    List<TimAttempt> seen = new CopyOnWriteArrayList<>();
    EmulatorFixture.start(vertx).onComplete(ctx.succeeding(fx -> {
      fx.emulator.setFaults(EmulatorFaults.NONE.withFail502Ratio(1.0));
      TimClient client = TimClient.create(vertx, fx.clientOptions().setMaxRetries(2)
          .setRetryInitialBackoffMillis(5).setRetryMaxBackoffMillis(10));
      client.attemptHandler(seen::add);
      vertx.runOnContext(v -> client.call("im_open_login_svc", "account_check",
          new JsonObject().put("CheckItem", List.of(new JsonObject().put("UserID", "a"))))
          .onComplete(ctx.failing(e -> ctx.verify(() -> {
            assertThat(e).isInstanceOf(TimException.class);
            assertThat(seen).extracting(TimAttempt::attempt).containsExactly(1, 2, 3);
            assertThat(seen).extracting(TimAttempt::next)
                .containsExactly(TimAttempt.Next.RETRY, TimAttempt.Next.RETRY, TimAttempt.Next.FAIL);
            assertThat(seen.get(0).delayMillis()).isPositive();
            assertThat(seen.get(2).failure()).isSameAs(e);
            assertThat(seen).allSatisfy(a -> assertThat(a.command()).isEqualTo("account_check"));
            ctx.completeNow();
          }))));
    }));
  }
}
