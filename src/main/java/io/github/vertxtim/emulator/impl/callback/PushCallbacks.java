package io.github.vertxtim.emulator.impl.callback;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Push results (https://trtc.io/document/67551): one {@code Push.AllMemberPush} event per recipient of a push task,
 * sent in batches {@code {"Events":[…]}} of at most 100, without ClientIP or OptPlatform in the query. Times are in
 * seconds. The emulator has no devices: an Online recipient gets an online push (EventType 2), any other an offline
 * one (EventType 1); every push succeeds (ErrCode 0, "OK").
 */
final class PushCallbacks {

  private static final String COMMAND = "Push.AllMemberPush";
  static final int BATCH = 100;
  private static final int OFFLINE = 1;
  private static final int ONLINE = 2;

  private final CallbackFacts facts;

  PushCallbacks(CallbackFacts facts) {
    this.facts = facts;
  }

  void install(Map<String, CallbackRule> rules) {
    CallbackRule rule = (request, ip) -> Exchange.after((req, answer) -> results(answer.getString("TaskId")));
    rules.put("all_member_push/im_push", rule);
    rules.put("timpush/push", rule);
    rules.put("timpush/batch", rule);
  }

  private List<OutgoingCallback> results(String taskId) {
    List<String> recipients = taskId == null ? null : facts.pushRecipients(taskId);
    if (recipients == null || recipients.isEmpty()) {
      return List.of();
    }
    long now = facts.clock().seconds();
    List<OutgoingCallback> batches = new ArrayList<>(recipients.size() / BATCH + 1);
    JsonArray events = new JsonArray();
    for (String to : recipients) {
      boolean online = facts.isOnline(to);
      events.add(Bodies.event(COMMAND).put("EventType", online ? ONLINE : OFFLINE).put("TaskId", taskId)
          .put("TaskTime", now).put("EventTime", now).put("To_Account", to).put("PushPlatform", 0)
          .put("PushStage", 1).put("ErrCode", 0).put("ErrInfo", "OK"));
      if (events.size() == BATCH) {
        batches.add(new OutgoingCallback(COMMAND, new JsonObject().put("Events", events), null, null));
        events = new JsonArray();
      }
    }
    if (!events.isEmpty()) {
      batches.add(new OutgoingCallback(COMMAND, new JsonObject().put("Events", events), null, null));
    }
    return batches;
  }
}
