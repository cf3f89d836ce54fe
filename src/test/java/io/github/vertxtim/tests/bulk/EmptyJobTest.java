package io.github.vertxtim.tests.bulk;

import io.github.vertxtim.TimClient;
import io.github.vertxtim.TimClientOptions;
import io.github.vertxtim.emulator.TimEmulator;
import io.github.vertxtim.emulator.TimEmulatorOptions;
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

/** A job over HTTP whose source is empty ends at once with a true elapsed time and no timer left running. */
@ExtendWith(VertxExtension.class)
@Timeout(value = 30, timeUnit = TimeUnit.SECONDS)
class EmptyJobTest {

  private static final String SVC = "im_open_login_svc";
  private static final String IMPORT = "multiaccount_import";

  private TimEmulator emulator;
  private TimClient client;

  @BeforeEach
  void start(Vertx vertx) {
    emulator = TimEmulator.create(vertx, new TimEmulatorOptions().setRateLimitEnabled(false));
    emulator.start().await();
    client = TimClient.create(vertx, new TimClientOptions().setSdkAppId(emulator.options().getSdkAppId())
        .setSecretKey(emulator.options().getSecretKey()).setEndpoint(emulator.baseUrl()));
  }

  @AfterEach
  void stop() {
    client.close().await();
    emulator.close().await();
  }

  @Test
  void anEmptyList(Vertx vertx) {
    EmptyJobCheck.assertEndsClean(vertx, (ctx, options) -> client.bulk(SVC, IMPORT, List.<JsonObject>of(), options));
    assertThat(emulator.stats().requests(SVC + "/" + IMPORT)).isZero();
  }

  @Test
  void anEmptyIterator(Vertx vertx) {
    EmptyJobCheck.assertEndsClean(vertx, (ctx, options) -> client.bulk(SVC, IMPORT,
        EmptyJobCheck.<JsonObject>emptyIterator(ctx), options));
  }

  @Test
  void anEmptyFile(Vertx vertx) throws Exception {
    ReadStream<JsonObject> lines = EmptyJobCheck.emptyFile(vertx);
    EmptyJobCheck.assertEndsClean(vertx, (ctx, options) -> client.bulk(SVC, IMPORT, lines, options));
    assertThat(emulator.stats().requests(SVC + "/" + IMPORT)).isZero();
  }
}
