package io.github.vertxtim.emulator.impl.callback;

import io.github.vertxtim.TimErrorCode;
import io.github.vertxtim.emulator.impl.official.OfficialAccountState;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Official-account callbacks (shared/api/callbacks.md §6.4; https://trtc.io/document/60795 – 60805). The account's
 * owner and name are read before the handler runs, so the destroyed event still has them.
 */
final class OfficialAccountCallbacks {

  private static final String P = "OfficialAccount.";
  private static final String BEFORE_CREATE = P + "CallbackBeforeCreateOfficialAccount";
  private static final String AFTER_CREATE = P + "CallbackAfterCreateOfficialAccount";
  private static final String INFO_CHANGED = P + "CallbackAfterOfficialAccountInfoChanged";
  private static final String DESTROYED = P + "CallbackAfterOfficialAccountDestroyed";
  private static final String BEFORE_ADD = P + "CallbackBeforeAddSubscriber";
  private static final String AFTER_ADD = P + "CallbackAfterAddSubscriber";
  private static final String FULL = P + "CallbackAfterOfficialAccountFull";
  private static final String AFTER_DELETE = P + "CallbackAfterDeleteSubscriber";
  static final String BEFORE_SEND = P + "CallbackBeforeSendMsg";
  static final String AFTER_SEND = P + "CallbackAfterSendMsg";
  private static final String WITHDRAW = P + "CallbackAfterMsgWithDraw";
  /** add_subscriber / delete_subscriber per-user Result: 1 done, 0 failed. */
  private static final int DONE = 1;
  private static final int FAILED = 0;

  private final CallbackFacts facts;
  private final int refused = TimErrorCode.GROUP_REFUSED_BY_CALLBACK.code();

  OfficialAccountCallbacks(CallbackFacts facts) {
    this.facts = facts;
  }

  void install(Map<String, CallbackRule> rules) {
    String s = "official_account_open_http_svc/";
    rules.put(s + "create_official_account", this::create);
    rules.put(s + "modify_official_account_base_info", (request, ip) -> {
      String id = account(request);
      return Exchange.after((req, answer) -> List.of(OutgoingCallback.rest(INFO_CHANGED,
          Bodies.copy(req, Bodies.event(INFO_CHANGED).put("Official_Account", id)
                  .put("Operator_Account", facts.admin()), "Name", "Introduction", "FaceUrl", "Organization")
              .put("EventTime", facts.clock().millis()), ip)));
    });
    rules.put(s + "destroy_official_account", (request, ip) -> {
      String id = account(request);
      OfficialAccountState.OfficialAccountFacts a = facts.officialAccount(id);
      return a == null ? Exchange.NONE : Exchange.after((req, answer) -> List.of(OutgoingCallback.rest(DESTROYED,
          Bodies.event(DESTROYED).put("Official_Account", id).put("Owner_Account", a.owner())
              .put("Name", a.name()).put("EventTime", facts.clock().millis()), ip)));
    });
    rules.put(s + "add_subscriber", this::addSubscribers);
    rules.put(s + "delete_subscriber", (request, ip) -> {
      String id = account(request);
      return Exchange.after((req, answer) -> {
        List<String> done = results(answer, DONE);
        return done.isEmpty() ? List.of() : List.of(OutgoingCallback.rest(AFTER_DELETE, Bodies.event(AFTER_DELETE)
            .put("Official_Account", id).put("Operator_Account", facts.admin())
            .put("SubscribeAccountList", Bodies.accounts("Subscriber_Account", done))
            .put("EventTime", facts.clock().millis()), ip));
      });
    });
    rules.put(s + "send_official_account_msg", this::send);
    rules.put(s + "official_account_msg_recall", (request, ip) -> {
      String id = account(request);
      return Exchange.after((req, answer) -> {
        JsonArray recalled = new JsonArray();
        for (Object o : Bodies.array(answer, "RecallRetList")) {
          if (o instanceof JsonObject r && Bodies.number(r.getValue("RetCode"), 1) == 0) {
            recalled.add(new JsonObject().put("MsgKey", r.getValue("MsgKey")));
          }
        }
        return recalled.isEmpty() ? List.of() : List.of(OutgoingCallback.rest(WITHDRAW, Bodies.event(WITHDRAW)
            .put("Official_Account", id).put("WithdrawMsgList", recalled)
            .put("EventTime", facts.clock().millis()), ip));
      });
    });
  }

  /** Official_Account (the older spelling OfficialAccount is accepted by the handlers too). */
  private static String account(JsonObject request) {
    return Bodies.string(request, "Official_Account", Bodies.string(request, "OfficialAccount", ""));
  }

  private Exchange create(JsonObject request, String ip) {
    String owner = Bodies.string(request, "Owner_Account", "");
    String name = Bodies.string(request, "Name", "");
    JsonObject body = Bodies.event(BEFORE_CREATE).put("Operator_Account", facts.admin()).put("Owner_Account", owner)
        .put("Name", name).put("EventTime", facts.clock().millis());
    BeforeCallback before = new BeforeCallback(OutgoingCallback.rest(BEFORE_CREATE, body, ip),
        Decisions.allowReject(BEFORE_CREATE, refused), rejected());
    return new Exchange(before, (req, answer) -> List.of(OutgoingCallback.rest(AFTER_CREATE,
        Bodies.event(AFTER_CREATE).put("Operator_Account", facts.admin())
            .put("Official_Account", answer.getValue("OfficialAccountUserID")).put("Owner_Account", owner)
            .put("Name", name).put("EventTime", facts.clock().millis()), ip)));
  }

  private Outcome rejected() {
    return Outcome.reject(refused, "refused: the before-callback failed or timed out");
  }

  /** Refused subscribers stay out and get Result 0; the subscribed are told after, and a full account too. */
  private Exchange addSubscribers(JsonObject request, String ip) {
    String id = account(request);
    List<String> users = Bodies.ids(request.getValue("SubscriberList"), "Subscriber_Account");
    JsonObject body = Bodies.event(BEFORE_ADD).put("Official_Account", id).put("Operator_Account", facts.admin())
        .put("SubscribeAccountList", Bodies.accounts("Subscriber_Account", users))
        .put("EventTime", facts.clock().millis());
    Decider decider = Decisions.refuse(BEFORE_ADD, refused, "RefusedSubscribers_Account",
        OfficialAccountCallbacks::refuse);
    BeforeCallback before = new BeforeCallback(OutgoingCallback.rest(BEFORE_ADD, body, ip), decider, rejected());
    return new Exchange(before, (req, answer) -> {
      List<String> done = results(answer, DONE);
      List<OutgoingCallback> out = new ArrayList<>(2);
      if (!done.isEmpty()) {
        out.add(OutgoingCallback.rest(AFTER_ADD, Bodies.event(AFTER_ADD).put("Official_Account", id)
            .put("Operator_Account", facts.admin())
            .put("SubscribeAccountList", Bodies.accounts("Subscriber_Account", done))
            .put("EventTime", facts.clock().millis()), ip));
        OfficialAccountState.OfficialAccountFacts a = facts.officialAccount(id);
        if (a != null && a.full()) {
          out.add(OutgoingCallback.rest(FULL, Bodies.event(FULL).put("Official_Account", id)
              .put("EventTime", facts.clock().millis()), ip));
        }
      }
      return out;
    });
  }

  private static Outcome refuse(JsonObject request, Set<String> refusedIds) {
    JsonArray kept = new JsonArray();
    for (Object o : Bodies.array(request, "SubscriberList")) {
      if (!(o instanceof JsonObject m && refusedIds.contains(m.getValue("Subscriber_Account")))) {
        kept.add(o);
      }
    }
    if (kept.isEmpty()) {
      JsonArray results = new JsonArray();
      refusedIds.forEach(u -> results.add(new JsonObject().put("Subscriber_Account", u).put("Result", FAILED)));
      return Outcome.drop(new JsonObject().put("SubscriberList", results));
    }
    request.put("SubscriberList", kept);
    return Outcome.proceed(request, answer -> {
      JsonArray results = Bodies.array(answer, "SubscriberList");
      refusedIds.forEach(u -> results.add(new JsonObject().put("Subscriber_Account", u).put("Result", FAILED)));
      return answer.put("SubscriberList", results);
    });
  }

  private static List<String> results(JsonObject answer, int result) {
    List<String> ids = new ArrayList<>();
    for (Object o : Bodies.array(answer, "SubscriberList")) {
      if (o instanceof JsonObject r && Bodies.number(r.getValue("Result"), -1) == result
          && r.getValue("Subscriber_Account") instanceof String u) {
        ids.add(u);
      }
    }
    return ids;
  }

  private Exchange send(JsonObject request, String ip) {
    String id = account(request);
    long time = facts.clock().seconds();
    long random = Bodies.number(request.getValue("Random"), 0);
    String dropKey = random + "_" + time;
    JsonObject body = message(BEFORE_SEND, id, request);
    Decider decider = Decisions.message(BEFORE_SEND, refused,
        () -> new JsonObject().put("MsgTime", time).put("MsgKey", dropKey));
    BeforeCallback before = new BeforeCallback(OutgoingCallback.rest(BEFORE_SEND, body, ip), decider, rejected());
    return new Exchange(before, (req, answer) -> List.of(OutgoingCallback.rest(AFTER_SEND,
        message(AFTER_SEND, id, req).put("MsgKey", answer.getValue("MsgKey"))
            .put("MsgTime", answer.getValue("MsgTime")), ip)));
  }

  private JsonObject message(String command, String id, JsonObject request) {
    JsonObject body = Bodies.event(command).put("Official_Account", id)
        .put("OnlineOnlyFlag", Bodies.number(request.getValue("OnlineOnlyFlag"), 0))
        .put("MsgBody", Bodies.array(request, "MsgBody"));
    Bodies.copy(request, body, "CloudCustomData");
    return body.put("EventTime", facts.clock().millis());
  }
}
