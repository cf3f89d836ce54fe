package io.github.vertxtim.tests.eventbus;

import io.github.vertxtim.TimErrorCode;
import io.github.vertxtim.TimException;
import io.github.vertxtim.eventbus.TimAdminOptions;
import io.github.vertxtim.eventbus.TimEventBusClient;
import io.github.vertxtim.eventbus.TimEventBusOptions;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.Timeout;
import io.vertx.junit5.VertxExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Deployments come and go while calls flow: every call gets exactly one answer (an OK, or a documented refusal such
 * as NO_HANDLERS or OVERLOADED) and none waits for the requester's timeout. Many rounds at random moments, because
 * the hand-over race it guards against (the node's front reading its instance list while an undeploying instance
 * left it) showed up once in four full runs.
 */
@ExtendWith(VertxExtension.class)
@Timeout(value = 300, timeUnit = TimeUnit.SECONDS)
@Tag("slow")
class HandOverTest {

  private static final String SVC = "im_open_login_svc";
  private static final int ROUNDS = 25;
  /** 60 calls: under account_check's quota of 100/s paced, so none waits long for its turn. */
  private static final int CALLS = 60;
  /**
   * Half the 60 s default: a call left without an answer shows as a TIMEOUT here, while a slow answer on a loaded
   * machine (seen: 9 s with the CPU shared twelve ways) does not.
   */
  private static final long REQUEST_TIMEOUT_MILLIS = 30_000;

  private BusFixture fixture;

  @BeforeEach
  void start(Vertx vertx) {
    fixture = BusFixture.start(vertx);
  }

  @AfterEach
  void stop() {
    fixture.close();
  }

  @Test
  void everyCallSentWhileADeploymentLeavesIsAnsweredOnce(Vertx vertx) throws Exception {
    Random random = new Random(20261201L);
    TimAdminOptions options = fixture.adminOptions();
    fixture.deploy(vertx, options, 1); // stays for the whole test
    TimEventBusClient bus = TimEventBusClient.create(vertx, new TimEventBusOptions().setAddress(options.getAddress())
        .setTimeoutMillis(REQUEST_TIMEOUT_MILLIS).setNoHandlersRetryMillis(2_000));
    Set<Integer> refusals = Set.of(TimErrorCode.NO_HANDLERS.code(), TimErrorCode.OVERLOADED.code(),
        TimErrorCode.CLIENT_CLOSED.code());
    for (int round = 0; round < ROUNDS; round++) {
      String leaving = fixture.deploy(vertx, options, 4);
      int undeployAt = random.nextInt(CALLS);
      List<Future<JsonObject>> calls = new ArrayList<>(CALLS);
      Future<Void> undeployed = null;
      for (int i = 0; i < CALLS; i++) {
        if (i == undeployAt) {
          undeployed = vertx.undeploy(leaving);
        }
        calls.add(bus.call(SVC, "account_check", check()));
      }
      undeployed.await();
      for (Future<JsonObject> call : calls) {
        try {
          call.await();
        } catch (TimException e) {
          assertThat(e.errorCode()).as("round %d: %s", round, e.getMessage()).isIn(refusals);
        }
      }
    }
  }

  private static JsonObject check() {
    return new JsonObject().put("CheckItem", new JsonArray().add(new JsonObject().put("UserID", "x")));
  }
}
