package io.github.vertxtim.emulator.impl.push;

import io.vertx.core.json.JsonObject;

import java.util.List;

/**
 * One accepted push: its TaskId, when it was made, who sent it, whom it reached (the accounts that matched at that
 * moment) and what it carried (the request body as sent). Immutable except for the revoke mark, which the state
 * replaces.
 *
 * @param kind       {@link #ALL} for im_push / timpush/push, {@link #BATCH} for timpush/batch
 * @param recipients the accounts reached, in UserID order
 */
public record PushTask(String taskId, String kind, long createdMillis, String fromAccount, List<String> recipients,
                       JsonObject body, boolean revoked) {

  public static final String ALL = "all";
  public static final String BATCH = "batch";

  public PushTask {
    recipients = List.copyOf(recipients);
    body = body.copy();
  }

  PushTask revoke() {
    return new PushTask(taskId, kind, createdMillis, fromAccount, recipients, body, true);
  }
}
