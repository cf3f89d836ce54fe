package io.github.vertxtim.tests.client;

import io.github.vertxtim.TimClient;
import io.github.vertxtim.TimErrorCode;
import io.github.vertxtim.TimException;
import io.github.vertxtim.emulator.EmulatorFaults;
import io.github.vertxtim.emulator.TimEmulatorOptions;
import io.github.vertxtim.tests.Poll;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.Timeout;
import io.vertx.junit5.VertxExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A request that was fully sent may have taken effect even when no answer came back: an UNSAFE endpoint
 * (create_group would make a second group) must then reach the service exactly once, while a SAFE one is retried.
 * The emulator's reset fault closes the connection only after reading the whole request, and its slow fault
 * processes the request before trickling the answer, so both fail strictly after sending.
 */
@ExtendWith(VertxExtension.class)
@Timeout(value = 90, timeUnit = TimeUnit.SECONDS)
class PostSendFailuresTest {

  private static final String CREATE_GROUP = "group_open_http_svc/create_group";
  private static final String ACCOUNT_CHECK = "im_open_login_svc/account_check";
  /** Above the service's own 3 s, so the trickled answer (10 s) is cut by our deadline. */
  private static final int DEADLINE_MILLIS = 3300;

  private EmulatorFixture fixture;
  private TimClient client;

  @BeforeEach
  void start(Vertx vertx) {
    fixture = EmulatorFixture.start(vertx, new TimEmulatorOptions().setRateLimitEnabled(false)).await();
    client = TimClient.create(vertx, fixture.clientOptions().setMaxRetries(3).setRetryInitialBackoffMillis(10)
        .setRetryMaxBackoffMillis(50).setTimeoutMillis(DEADLINE_MILLIS));
  }

  @AfterEach
  void stop() {
    client.close().await();
    fixture.emulator.close().await();
  }

  private static JsonObject newGroup() {
    return new JsonObject().put("Type", "Public").put("Name", "once");
  }

  private static JsonObject check() {
    return new JsonObject().put("CheckItem", new io.vertx.core.json.JsonArray().add(new JsonObject().put("UserID", "a")));
  }

  /** Arrivals at the emulator for {@code path}, once no more are coming. */
  private long arrivals(String path) {
    return Poll.untilStable(() -> fixture.emulator.stats().requests(path), 500, 20_000);
  }

  @Test
  void aResetAfterSendingReachesAnUnsafeEndpointOnce() {
    fixture.emulator.setFaults(EmulatorFaults.NONE.withResetRatio(1));
    assertThatThrownBy(() -> client.call("group_open_http_svc", "create_group", newGroup()).await())
        .isInstanceOfSatisfying(TimException.class, e -> {
          assertThat(e.code()).contains(TimErrorCode.NETWORK_ERROR);
          assertThat(e.isRetryable()).as("a retry could create a second group").isFalse();
        });
    assertThat(arrivals(CREATE_GROUP)).isEqualTo(1);
    assertThat(fixture.emulator.stats().faults("reset")).isEqualTo(1);
  }

  @Test
  void aResetAfterSendingIsRetriedOnASafeEndpoint() {
    fixture.emulator.setFaults(EmulatorFaults.NONE.withResetRatio(1));
    assertThatThrownBy(() -> client.call("im_open_login_svc", "account_check", check()).await())
        .isInstanceOfSatisfying(TimException.class, e -> {
          assertThat(e.code()).contains(TimErrorCode.NETWORK_ERROR);
          assertThat(e.isRetryable()).isTrue();
        });
    assertThat(arrivals(ACCOUNT_CHECK)).as("the first attempt and maxRetries (3) more").isEqualTo(4);
  }

  @Test
  void aDeadlineAfterSendingReachesAnUnsafeEndpointOnce() {
    fixture.emulator.setFaults(EmulatorFaults.NONE.withSlowRatio(1));
    assertThatThrownBy(() -> client.call("group_open_http_svc", "create_group", newGroup()).await())
        .isInstanceOfSatisfying(TimException.class, e -> {
          assertThat(e.code()).contains(TimErrorCode.TIMEOUT);
          assertThat(e.isRetryable()).as("the group may exist: the service processed the request").isFalse();
        });
    assertThat(arrivals(CREATE_GROUP)).isEqualTo(1);
    assertThat(fixture.emulator.stats().faults("slow")).isEqualTo(1);
  }

  @Test
  void aDeadlineAfterSendingIsRetriedOnASafeEndpoint(Vertx vertx) {
    TimClient once = TimClient.create(vertx, fixture.clientOptions().setMaxRetries(1).setRetryInitialBackoffMillis(10)
        .setTimeoutMillis(DEADLINE_MILLIS));
    fixture.emulator.setFaults(EmulatorFaults.NONE.withSlowRatio(1));
    assertThatThrownBy(() -> once.call("im_open_login_svc", "account_check", check()).await())
        .isInstanceOfSatisfying(TimException.class, e -> {
          assertThat(e.code()).contains(TimErrorCode.TIMEOUT);
          assertThat(e.isRetryable()).isTrue();
        });
    assertThat(arrivals(ACCOUNT_CHECK)).as("the first attempt and maxRetries (1) more").isEqualTo(2);
    once.close().await();
  }
}
