package io.github.vertxtim.tests.metrics;

import io.github.vertxtim.TimClient;
import io.github.vertxtim.TimClientOptions;
import io.github.vertxtim.bulk.BulkOptions;
import io.github.vertxtim.bulk.BulkSummary;
import io.github.vertxtim.emulator.TimEmulator;
import io.github.vertxtim.emulator.TimEmulatorOptions;
import io.github.vertxtim.eventbus.TimAdminOptions;
import io.github.vertxtim.eventbus.TimAdminVerticle;
import io.github.vertxtim.eventbus.TimEventBusClient;
import io.github.vertxtim.metrics.TimMetricsOptions;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;

import java.util.List;
import java.util.UUID;

/** What {@link NoMicrometerTest} runs in its Micrometer-free class loader (so this class links in that loader). */
public final class NoMicrometerRun {

  private NoMicrometerRun() {
  }

  public static String run() {
    Vertx vertx = Vertx.vertx();
    try {
      TimEmulator emulator = TimEmulator.create(vertx, new TimEmulatorOptions());
      emulator.start().await();
      TimClientOptions options = new TimClientOptions().setSdkAppId(emulator.options().getSdkAppId())
          .setSecretKey(emulator.options().getSecretKey()).setEndpoint(emulator.baseUrl());
      JsonObject check = new JsonObject().put("CheckItem",
          new io.vertx.core.json.JsonArray().add(new JsonObject().put("UserID", "a")));
      TimClient client = TimClient.create(vertx, options);
      String call = client.call("im_open_login_svc", "account_check", check).await()
          .getString("ActionStatus");
      BulkSummary bulk = client.bulk("im_open_login_svc", "account_check",
          List.of(new JsonObject().put("UserID", "a"), new JsonObject().put("UserID", "b"),
              new JsonObject().put("UserID", "c")), new BulkOptions().setChunkSize(1)).summary().await();
      client.close().await();

      TimAdminOptions admin = new TimAdminOptions().setAddress("test." + UUID.randomUUID() + ".tim.admin.v1")
          .setClientOptions(options);
      TimAdminVerticle.deploy(vertx, admin, 1).await();
      String bus = TimEventBusClient.create(vertx, admin.getAddress())
          .call("im_open_login_svc", "account_check", check).await().getString("ActionStatus");

      emulator.close().await();
      return "call " + call + ", bulk " + bulk.ok() + " ok, bus " + bus;
    } finally {
      vertx.close().await();
    }
  }

  /** A registry name cannot be honoured without Micrometer: the creation fails with a clear message instead. */
  public static String namedRegistry() {
    Vertx vertx = Vertx.vertx();
    try {
      TimClient.create(vertx, new TimClientOptions().setSdkAppId(1).setSecretKey("k")
          .setEndpoint("http://127.0.0.1:1").setMetricsOptions(new TimMetricsOptions().setRegistryName("x")));
      return "accepted";
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    } finally {
      vertx.close().await();
    }
  }
}
