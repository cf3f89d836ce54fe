package io.github.vertxtim.tests.client;

import io.github.vertxtim.TimClient;
import io.github.vertxtim.TimClientOptions;
import io.github.vertxtim.emulator.TimEmulator;
import io.github.vertxtim.emulator.TimEmulatorOptions;
import io.vertx.core.Future;
import io.vertx.core.Vertx;

/** An emulator on a random loopback port and client options that reach it. */
final class EmulatorFixture {

  static final long SDK_APP_ID = 1_400_000_001L;

  final TimEmulator emulator;

  private EmulatorFixture(TimEmulator emulator) {
    this.emulator = emulator;
  }

  static Future<EmulatorFixture> start(Vertx vertx) {
    return start(vertx, new TimEmulatorOptions());
  }

  static Future<EmulatorFixture> start(Vertx vertx, TimEmulatorOptions options) {
    TimEmulator emulator = TimEmulator.create(vertx, options.setSdkAppId(SDK_APP_ID));
    return emulator.start().map(port -> new EmulatorFixture(emulator));
  }

  TimClientOptions clientOptions() {
    return new TimClientOptions()
        .setSdkAppId(SDK_APP_ID)
        .setSecretKey(emulator.options().getSecretKey())
        .setEndpoint(emulator.baseUrl());
  }

  TimClient client(Vertx vertx) {
    return TimClient.create(vertx, clientOptions());
  }
}
