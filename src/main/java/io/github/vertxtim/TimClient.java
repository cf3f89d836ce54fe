package io.github.vertxtim;

import io.github.vertxtim.api.account.AccountApi;
import io.github.vertxtim.api.group.GroupApi;
import io.github.vertxtim.impl.TimClientImpl;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;

import java.util.function.Supplier;

/**
 * A non-blocking client of the Tencent Cloud Chat (TIM) server REST API.
 *
 * <p>One instance holds one HTTP/1.1 keep-alive pool per region domain, generates and renews the admin usersig,
 * enforces a total deadline per attempt and retries what the endpoint registry marks safe. Every method returns a
 * {@link Future} completed on the caller's context; failures are {@link TimException}s.
 */
public interface TimClient {

  /** A client that signs its requests with {@link TimClientOptions#getSecretKey() the secret key}. */
  static TimClient create(Vertx vertx, TimClientOptions options) {
    return new TimClientImpl(vertx, options, null);
  }

  /**
   * A client that takes admin usersigs from {@code userSigSupplier} (for keys kept in a vault or another service).
   * The client decodes each usersig's validity and asks again before it runs out, and once more when the service
   * refuses one.
   */
  static TimClient create(Vertx vertx, TimClientOptions options, Supplier<Future<String>> userSigSupplier) {
    return new TimClientImpl(vertx, options, java.util.Objects.requireNonNull(userSigSupplier, "userSigSupplier"));
  }

  /**
   * Calls any endpoint by name. A {@code null} body is sent as {@code {}}. The result is the whole answer
   * (ActionStatus, ErrorCode, ErrorInfo and the endpoint's fields) when ActionStatus is OK.
   */
  Future<JsonObject> call(String service, String command, JsonObject body);

  /** Account management: import, delete, check, kick, online status. */
  AccountApi accounts();

  /** Group management (grows with the group family). */
  GroupApi groups();

  /** Closes the pools; calls in flight fail with CLIENT_CLOSED. */
  Future<Void> close();
}
