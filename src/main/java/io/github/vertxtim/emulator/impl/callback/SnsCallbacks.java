package io.github.vertxtim.emulator.impl.callback;

import io.github.vertxtim.TimErrorCode;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Relationship, follow, profile and login-state callbacks (shared/api/callbacks.md §6.1;
 * https://trtc.io/document/43468, 34359 – 34362, 70355, 70356, 48733, 34357). The after-callbacks list only the
 * pairs whose per-item ResultCode is 0. friend_import has no rule: imports never call back.
 */
final class SnsCallbacks {

  private static final String PREV_ADD = "Sns.CallbackPrevFriendAdd";
  private static final String FRIEND_ADD = "Sns.CallbackFriendAdd";
  private static final String FRIEND_DELETE = "Sns.CallbackFriendDelete";
  private static final String BLACK_ADD = "Sns.CallbackBlackListAdd";
  private static final String BLACK_DELETE = "Sns.CallbackBlackListDelete";
  private static final String FOLLOW_ADD = "Follow.CallbackAfterFollowAdd";
  private static final String FOLLOW_DELETE = "Follow.CallbackAfterFollowDelete";
  private static final String PORTRAIT = "Profile.CallbackPortraitSet";
  private static final String STATE = "State.StateChange";

  private final CallbackFacts facts;

  SnsCallbacks(CallbackFacts facts) {
    this.facts = facts;
  }

  void install(Map<String, CallbackRule> rules) {
    rules.put("sns/friend_add", this::friendAdd);
    rules.put("sns/friend_delete", (request, ip) -> Exchange.after((req, answer) ->
        pairs(FRIEND_DELETE, req, answer, ip)));
    rules.put("sns/black_list_add", (request, ip) -> Exchange.after((req, answer) ->
        pairs(BLACK_ADD, req, answer, ip)));
    rules.put("sns/black_list_delete", (request, ip) -> Exchange.after((req, answer) ->
        pairs(BLACK_DELETE, req, answer, ip)));
    rules.put("follow/follow_add", (request, ip) -> Exchange.after((req, answer) -> {
      List<String> done = succeeded(answer);
      return done.isEmpty() ? List.of() : List.of(OutgoingCallback.rest(FOLLOW_ADD, Bodies.event(FOLLOW_ADD)
          .put("From_Account", Bodies.string(req, "From_Account", ""))
          .put("FollowList", Bodies.accounts("To_Account", done)).put("EventTime", facts.clock().millis()), ip));
    }));
    rules.put("follow/follow_delete", (request, ip) -> Exchange.after((req, answer) -> {
      List<String> done = succeeded(answer);
      return done.isEmpty() ? List.of() : List.of(OutgoingCallback.rest(FOLLOW_DELETE, Bodies.event(FOLLOW_DELETE)
          .put("From_Account", Bodies.string(req, "From_Account", ""))
          .put("To_Account", new JsonArray(done)).put("EventTime", facts.clock().millis()), ip));
    }));
    rules.put("profile/portrait_set", (request, ip) -> Exchange.after((req, answer) -> List.of(
        OutgoingCallback.rest(PORTRAIT, Bodies.event(PORTRAIT).put("Operator_Account", facts.admin())
            .put("From_Account", Bodies.string(req, "From_Account", ""))
            .put("ProfileItem", Bodies.array(req, "ProfileItem")).put("EventTime", facts.clock().millis()), ip))));
    // a REST kick logs the user out of every device (https://trtc.io/document/34357: Action Logout, Reason Kicked)
    rules.put("im_open_login_svc/kick", (request, ip) -> Exchange.after((req, answer) -> List.of(
        OutgoingCallback.rest(STATE, Bodies.event(STATE).put("Info", new JsonObject().put("Action", "Logout")
                .put("To_Account", Bodies.string(req, "UserID", Bodies.string(req, "Identifier", "")))
                .put("Reason", "Kicked"))
            .put("KickedDevice", new JsonArray()).put("EventTime", facts.clock().millis()), ip))));
  }

  /**
   * Sns.CallbackPrevFriendAdd first: a target with a non-zero ResultCode in the answer is not added, and its
   * ResultItem carries that code (38000–39000 documented) and ResultInfo. Then one Sns.CallbackFriendAdd with the
   * pairs made.
   */
  private Exchange friendAdd(JsonObject request, String ip) {
    String from = Bodies.string(request, "From_Account", "");
    JsonArray items = new JsonArray();
    List<String> order = new ArrayList<>();
    for (Object o : Bodies.array(request, "AddFriendItem")) {
      if (o instanceof JsonObject i && i.getValue("To_Account") instanceof String to) {
        order.add(to);
        items.add(Bodies.copy(i, new JsonObject(), "To_Account", "Remark", "GroupName", "AddSource", "AddWording"));
      }
    }
    String addType = Bodies.string(request, "AddType", "Add_Type_Both");
    JsonObject body = Bodies.event(PREV_ADD).put("Requester_Account", from).put("From_Account", from)
        .put("FriendItem", items).put("AddType", addType)
        .put("ForceAddFlags", Bodies.number(request.getValue("ForceAddFlags"), 0))
        .put("EventTime", facts.clock().millis());
    Decider decider = Decisions.friendItems((req, refused) -> refuse(req, refused, order));
    Map<String, JsonObject> all = new java.util.LinkedHashMap<>();
    order.forEach(to -> all.put(to, new JsonObject().put("To_Account", to)
        .put("ResultCode", TimErrorCode.PRE_SEND_CALLBACK_FAILED.code())
        .put("ResultInfo", "the before-callback failed or timed out")));
    BeforeCallback before = new BeforeCallback(OutgoingCallback.rest(PREV_ADD, body, ip), decider,
        refuse(request.copy(), all, order));
    return new Exchange(before, (req, answer) -> {
      JsonArray pairs = new JsonArray();
      for (String to : succeeded(answer)) {
        pairs.add(new JsonObject().put("From_Account", from).put("To_Account", to).put("Initiator_Account", from));
        if ("Add_Type_Both".equals(addType)) {
          pairs.add(new JsonObject().put("From_Account", to).put("To_Account", from).put("Initiator_Account", from));
        }
      }
      return pairs.isEmpty() ? List.of() : List.of(OutgoingCallback.rest(FRIEND_ADD, Bodies.event(FRIEND_ADD)
          .put("PairList", pairs).put("ClientCmd", "friend_add").put("Admin_Account", facts.admin())
          .put("ForceFlag", Bodies.number(req.getValue("ForceAddFlags"), 0))
          .put("EventTime", facts.clock().millis()), ip));
    });
  }

  /** The refused targets leave the request; their items go back into ResultItem in request order. */
  private static Outcome refuse(JsonObject request, Map<String, JsonObject> refused, List<String> order) {
    JsonArray kept = new JsonArray();
    for (Object o : Bodies.array(request, "AddFriendItem")) {
      if (!(o instanceof JsonObject i && refused.containsKey(i.getValue("To_Account")))) {
        kept.add(o);
      }
    }
    request.put("AddFriendItem", kept);
    if (kept.isEmpty()) {
      JsonArray items = new JsonArray();
      JsonArray failed = new JsonArray();
      order.forEach(to -> {
        items.add(item(refused.get(to)));
        failed.add(to);
      });
      return Outcome.drop(new JsonObject().put("ResultItem", items).put("Fail_Account", failed));
    }
    return Outcome.proceed(request, answer -> {
      Map<String, JsonObject> byTo = new java.util.HashMap<>();
      for (Object o : Bodies.array(answer, "ResultItem")) {
        if (o instanceof JsonObject i) {
          byTo.put(i.getString("To_Account"), i);
        }
      }
      JsonArray items = new JsonArray();
      JsonArray failed = Bodies.array(answer, "Fail_Account");
      for (String to : order) {
        if (refused.containsKey(to)) {
          items.add(item(refused.get(to)));
          failed.add(to);
        } else if (byTo.containsKey(to)) {
          items.add(byTo.get(to));
        }
      }
      return answer.put("ResultItem", items).put("Fail_Account", failed);
    });
  }

  private static JsonObject item(JsonObject refused) {
    return new JsonObject().put("To_Account", refused.getValue("To_Account"))
        .put("ResultCode", Bodies.number(refused.getValue("ResultCode"), 0))
        .put("ResultInfo", refused.getValue("ResultInfo") instanceof String s ? s : "");
  }

  /** The targets whose ResultItem has ResultCode 0. */
  private static List<String> succeeded(JsonObject answer) {
    List<String> done = new ArrayList<>();
    for (Object o : Bodies.array(answer, "ResultItem")) {
      if (o instanceof JsonObject i && Bodies.number(i.getValue("ResultCode"), 1) == 0
          && i.getValue("To_Account") instanceof String to) {
        done.add(to);
      }
    }
    return done;
  }

  private List<OutgoingCallback> pairs(String command, JsonObject request, JsonObject answer,
                                       String ip) {
    String from = Bodies.string(request, "From_Account", "");
    JsonArray pairs = new JsonArray();
    for (String to : succeeded(answer)) {
      pairs.add(new JsonObject().put("From_Account", from).put("To_Account", to));
    }
    return pairs.isEmpty() ? List.of() : List.of(OutgoingCallback.rest(command, Bodies.event(command)
        .put("PairList", pairs).put("EventTime", facts.clock().millis()), ip));
  }
}
