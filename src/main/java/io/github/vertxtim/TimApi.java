package io.github.vertxtim;

import io.github.vertxtim.api.account.AccountApi;
import io.github.vertxtim.api.group.GroupApi;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;

/**
 * What a caller can ask of the TIM service, whoever carries it: a {@link TimClient} over HTTP, or a requester over
 * the event bus. Code written against this interface switches between them without change.
 */
public interface TimApi {

  /**
   * Calls any endpoint by name. A {@code null} body is sent as {@code {}}. The result is the whole answer
   * (ActionStatus, ErrorCode, ErrorInfo and the endpoint's fields) when ActionStatus is OK.
   */
  Future<JsonObject> call(String service, String command, JsonObject body);

  /** Account management: import, delete, check, kick, online status. */
  AccountApi accounts();

  /** Group management (grows with the group family). */
  GroupApi groups();
}
