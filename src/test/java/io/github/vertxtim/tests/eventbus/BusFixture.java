package io.github.vertxtim.tests.eventbus;

import io.github.vertxtim.TimClient;
import io.github.vertxtim.TimClientOptions;
import io.github.vertxtim.emulator.TimEmulator;
import io.github.vertxtim.emulator.TimEmulatorOptions;
import io.github.vertxtim.eventbus.TimAdminOptions;
import io.github.vertxtim.eventbus.TimAdminVerticle;
import io.vertx.core.Vertx;

import java.util.UUID;

/** An emulator on loopback and the options of verticles and clients that reach it. */
final class BusFixture {

  final TimEmulator emulator;

  private BusFixture(TimEmulator emulator) {
    this.emulator = emulator;
  }

  static BusFixture start(Vertx vertx, TimEmulatorOptions options) {
    TimEmulator emulator = TimEmulator.create(vertx, options);
    emulator.start().await();
    return new BusFixture(emulator);
  }

  static BusFixture start(Vertx vertx) {
    return start(vertx, new TimEmulatorOptions().setRateLimitEnabled(false));
  }

  TimClientOptions clientOptions() {
    return new TimClientOptions()
        .setSdkAppId(emulator.options().getSdkAppId())
        .setSecretKey(emulator.options().getSecretKey())
        .setEndpoint(emulator.baseUrl());
  }

  /** Verticle options on a fresh address, so tests never see each other's verticles. */
  TimAdminOptions adminOptions() {
    return new TimAdminOptions()
        .setAddress("test." + UUID.randomUUID() + ".tim.admin.v1")
        .setClientOptions(clientOptions());
  }

  String deploy(Vertx vertx, TimAdminOptions options, int instances) {
    return TimAdminVerticle.deploy(vertx, options, instances).await();
  }

  TimClient client(Vertx vertx) {
    return TimClient.create(vertx, clientOptions());
  }

  void close() {
    emulator.close().await();
  }
}
