package io.github.vertxtim.callback;

import io.vertx.core.json.JsonObject;

/**
 * A verified callback whose command this library does not know (Tencent adds commands), or whose event record is
 * not on the class path: the catch-all handler gets it as JSON, and it is answered OK.
 *
 * @param command     the query's CallbackCommand
 * @param body        the body as received (do not modify it)
 * @param clientIp    the query's ClientIP, or null
 * @param optPlatform the query's OptPlatform, or null
 */
public record RawCallback(String command, JsonObject body, String clientIp, String optPlatform) {
}
