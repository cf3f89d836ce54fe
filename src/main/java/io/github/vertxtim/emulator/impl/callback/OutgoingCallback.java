package io.github.vertxtim.emulator.impl.callback;

import io.vertx.core.json.JsonObject;

import java.util.Objects;

/**
 * One callback to send: its command, its body, and the two query parameters some commands go without.
 *
 * @param clientIp   the {@code ClientIP} parameter, or null where the documents show none (Alert, Push, moderation)
 * @param optPlatform the {@code OptPlatform} parameter ({@code RESTAPI} for REST-triggered events), or null
 */
public record OutgoingCallback(String command, JsonObject body, String clientIp, String optPlatform) {

  /** The platform of events a REST API call causes. */
  public static final String RESTAPI = "RESTAPI";

  public OutgoingCallback {
    Objects.requireNonNull(command, "command");
    Objects.requireNonNull(body, "body");
  }

  /** A REST-triggered event: {@code ClientIP} of the caller and {@code OptPlatform=RESTAPI}. */
  public static OutgoingCallback rest(String command, JsonObject body, String clientIp) {
    return new OutgoingCallback(command, body, clientIp, RESTAPI);
  }
}
