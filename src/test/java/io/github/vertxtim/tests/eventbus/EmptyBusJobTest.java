package io.github.vertxtim.tests.eventbus;

import io.github.vertxtim.eventbus.TimAdminOptions;
import io.github.vertxtim.eventbus.TimEventBusClient;
import io.github.vertxtim.tests.bulk.EmptyJobCheck;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.core.streams.ReadStream;
import io.vertx.junit5.Timeout;
import io.vertx.junit5.VertxExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A job over the bus whose source is empty ends at once with a true elapsed time and no timer left running. */
@ExtendWith(VertxExtension.class)
@Timeout(value = 30, timeUnit = TimeUnit.SECONDS)
class EmptyBusJobTest {

  private static final String SVC = "im_open_login_svc";
  private static final String IMPORT = "multiaccount_import";

  private BusFixture fixture;
  private TimEventBusClient bus;

  @BeforeEach
  void start(Vertx vertx) {
    fixture = BusFixture.start(vertx);
    TimAdminOptions options = fixture.adminOptions();
    fixture.deploy(vertx, options, 1);
    bus = TimEventBusClient.create(vertx, options.getAddress());
  }

  @AfterEach
  void stop() {
    fixture.close();
  }

  @Test
  void anEmptyList(Vertx vertx) {
    EmptyJobCheck.assertEndsClean(vertx, (ctx, options) -> bus.bulk(SVC, IMPORT, List.<JsonObject>of(), options));
    assertThat(fixture.emulator.stats().requests(SVC + "/" + IMPORT)).isZero();
  }

  @Test
  void anEmptyIterator(Vertx vertx) {
    EmptyJobCheck.assertEndsClean(vertx, (ctx, options) -> bus.bulk(SVC, IMPORT,
        EmptyJobCheck.<JsonObject>emptyIterator(ctx), options));
  }

  @Test
  void anEmptyFile(Vertx vertx) throws Exception {
    ReadStream<JsonObject> lines = EmptyJobCheck.emptyFile(vertx);
    EmptyJobCheck.assertEndsClean(vertx, (ctx, options) -> bus.bulk(SVC, IMPORT, lines, options));
    assertThat(fixture.emulator.stats().requests(SVC + "/" + IMPORT)).isZero();
  }
}
