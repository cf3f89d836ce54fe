package io.github.vertxtim.impl;

import io.github.vertxtim.TimClient;
import io.github.vertxtim.TimClientOptions;
import io.github.vertxtim.api.account.AccountApi;
import io.github.vertxtim.api.group.GroupApi;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;

import java.util.function.Supplier;

/** Placeholder until the client lands. */
public class TimClientImpl implements TimClient {
  public TimClientImpl(Vertx vertx, TimClientOptions options, Supplier<Future<String>> userSigSupplier) { throw new UnsupportedOperationException("TODO"); }
  public Future<JsonObject> call(String service, String command, JsonObject body) { throw new UnsupportedOperationException(); }
  public AccountApi accounts() { throw new UnsupportedOperationException(); }
  public GroupApi groups() { throw new UnsupportedOperationException(); }
  public Future<Void> close() { throw new UnsupportedOperationException(); }
}
