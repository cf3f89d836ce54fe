package io.github.vertxtim.callback;

import com.fasterxml.jackson.databind.JavaType;
import io.github.vertxtim.api.message.MsgElement;
import io.github.vertxtim.internal.JsonCodec;
import io.github.vertxtim.registry.CallbackCommand;
import io.github.vertxtim.registry.CallbackDecision;
import io.github.vertxtim.registry.CallbackDirection;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The decision a before-callback handler answers (shared/api/callbacks.md §5.2). Which decisions a command takes is
 * its registry row's {@link CallbackDecision}; {@link #checkFor} refuses the others, and a custom reject code
 * outside the row's documented range, with an {@link IllegalArgumentException}. The {@link CallbackRequest} a
 * handler gets makes answers already checked for its command.
 */
public final class CallbackAnswer {

  /** The shape of an answer. */
  public enum Kind {
    /** ErrorCode 0. */
    ALLOW,
    /** ErrorCode 1, or a custom code of the command's documented range. */
    REJECT,
    /** ErrorCode 2: the message is dropped and its sender told it was sent (message before-callbacks). */
    DROP,
    /** ErrorCode 0 with a new MsgBody and/or CloudCustomData (message before-callbacks). */
    REWRITE,
    /** ErrorCode 0 with {@code RefusedMembers_Account} (Group.CallbackBeforeInviteJoinGroup). */
    REFUSE_MEMBERS,
    /** ErrorCode 0 with {@code RefusedSubscribers_Account} (OfficialAccount.CallbackBeforeAddSubscriber). */
    REFUSE_SUBSCRIBERS,
    /** One {@code ResultItem} per target account (the Sns before-callbacks). */
    FRIEND_RESULTS,
    /** ErrorCode 0 with {@code RspData} handed to the chatbot (Chatbot.OnC2CSignalMessage). */
    SIGNAL_DATA
  }

  /** ErrorCode of a plain reject. */
  public static final int REJECT_CODE = 1;
  /** ErrorCode of a silent drop. */
  public static final int DROP_CODE = 2;

  private static final JavaType ELEMENT = JsonCodec.type(MsgElement.class);
  private static final CallbackAnswer ALLOW = new CallbackAnswer(Kind.ALLOW, 0, "", null, null, null, null, null);

  private static final Map<CallbackDecision, Set<Kind>> ACCEPTED = Map.of(
      CallbackDecision.NONE, EnumSet.of(Kind.ALLOW),
      CallbackDecision.ALLOW_REJECT, EnumSet.of(Kind.ALLOW, Kind.REJECT),
      CallbackDecision.MESSAGE, EnumSet.of(Kind.ALLOW, Kind.REJECT, Kind.DROP, Kind.REWRITE),
      CallbackDecision.REFUSE_MEMBERS, EnumSet.of(Kind.ALLOW, Kind.REJECT, Kind.REFUSE_MEMBERS),
      CallbackDecision.REFUSE_SUBSCRIBERS, EnumSet.of(Kind.ALLOW, Kind.REJECT, Kind.REFUSE_SUBSCRIBERS),
      // top-level ErrorCode is ignored for these by default (§5.2): only the per-target items decide
      CallbackDecision.FRIEND_ITEMS, EnumSet.of(Kind.FRIEND_RESULTS),
      CallbackDecision.SIGNAL, EnumSet.of(Kind.ALLOW, Kind.REJECT, Kind.SIGNAL_DATA));

  private final Kind kind;
  private final int errorCode;
  private final String errorInfo;
  private final List<MsgElement> msgBody;
  private final String cloudCustomData;
  private final List<String> refused;
  private final List<FriendResult> friendResults;
  private final String rspData;

  private CallbackAnswer(Kind kind, int errorCode, String errorInfo, List<MsgElement> msgBody, String cloudCustomData,
                         List<String> refused, List<FriendResult> friendResults, String rspData) {
    this.kind = kind;
    this.errorCode = errorCode;
    this.errorInfo = errorInfo == null ? "" : errorInfo;
    this.msgBody = msgBody;
    this.cloudCustomData = cloudCustomData;
    this.refused = refused;
    this.friendResults = friendResults;
    this.rspData = rspData;
  }

  /** Let the action happen (ErrorCode 0); the only answer of an after-callback. */
  public static CallbackAnswer allow() {
    return ALLOW;
  }

  /** Refuse the action with ErrorCode 1; the sender sees the command's own code (20006, 10016 …). */
  public static CallbackAnswer reject() {
    return new CallbackAnswer(Kind.REJECT, REJECT_CODE, "", null, null, null, null, null);
  }

  /**
   * Refuse with {@code code}: 1, or a custom code of the command's documented range (120001–130000 for the C2C
   * and official-account messages, 10100–10200 for topic creation), which reaches the client with {@code info}.
   */
  public static CallbackAnswer reject(int code, String info) {
    if (code == 0 || code == DROP_CODE) {
      throw new IllegalArgumentException("reject code " + code + " is not a rejection; use allow() or drop()");
    }
    return new CallbackAnswer(Kind.REJECT, code, info, null, null, null, null, null);
  }

  /** Drop the message silently: it is not delivered and its sender is told it was sent (ErrorCode 2). */
  public static CallbackAnswer drop() {
    return new CallbackAnswer(Kind.DROP, DROP_CODE, "", null, null, null, null, null);
  }

  /**
   * Deliver the message rewritten: {@code msgBody} replaces the body, {@code cloudCustomData} the CloudCustomData;
   * a {@code null} one keeps the original. The after-send callback sees the rewritten message.
   */
  public static CallbackAnswer rewrite(List<MsgElement> msgBody, String cloudCustomData) {
    if (msgBody == null && cloudCustomData == null) {
      throw new IllegalArgumentException("a rewrite needs a MsgBody or a CloudCustomData");
    }
    return new CallbackAnswer(Kind.REWRITE, 0, "", msgBody == null ? null : List.copyOf(msgBody), cloudCustomData,
        null, null, null);
  }

  /** Let the invitation through but refuse these invited members ({@code RefusedMembers_Account}). */
  public static CallbackAnswer refuseMembers(List<String> accounts) {
    return new CallbackAnswer(Kind.REFUSE_MEMBERS, 0, "", null, null, List.copyOf(accounts), null, null);
  }

  /** Let the subscription through but refuse these subscribers ({@code RefusedSubscribers_Account}). */
  public static CallbackAnswer refuseSubscribers(List<String> accounts) {
    return new CallbackAnswer(Kind.REFUSE_SUBSCRIBERS, 0, "", null, null, List.copyOf(accounts), null, null);
  }

  /** One result per target account of a friend request or response ({@code ResultItem}). */
  public static CallbackAnswer friendResults(List<FriendResult> results) {
    return new CallbackAnswer(Kind.FRIEND_RESULTS, 0, "", null, null, null, List.copyOf(results), null);
  }

  /** Allow the signal and hand {@code rspData} back to the chatbot ({@code RspData}). */
  public static CallbackAnswer signalData(String rspData) {
    return new CallbackAnswer(Kind.SIGNAL_DATA, 0, "", null, null, null, null,
        Objects.requireNonNull(rspData, "RspData"));
  }

  public Kind kind() {
    return kind;
  }

  public int errorCode() {
    return errorCode;
  }

  public String errorInfo() {
    return errorInfo;
  }

  /** The rewritten body, or null. */
  public List<MsgElement> msgBody() {
    return msgBody;
  }

  /** The rewritten CloudCustomData, or null. */
  public String cloudCustomData() {
    return cloudCustomData;
  }

  /** The refused members or subscribers; empty for other kinds. */
  public List<String> refusedAccounts() {
    return refused == null ? List.of() : refused;
  }

  /** The per-target results; empty for other kinds. */
  public List<FriendResult> friendResults() {
    return friendResults == null ? List.of() : friendResults;
  }

  /** The RspData, or null. */
  public String rspData() {
    return rspData;
  }

  /**
   * This answer, when {@code command} takes it; otherwise an {@link IllegalArgumentException} saying why (a kind
   * the command does not take, a custom code outside its documented range).
   */
  public CallbackAnswer checkFor(CallbackCommand command) {
    if (!ACCEPTED.get(command.decision()).contains(kind)) {
      throw new IllegalArgumentException(command.command() + " does not take a " + kind + " answer (it takes "
          + ACCEPTED.get(command.decision()) + ")");
    }
    if (kind == Kind.REJECT && errorCode != REJECT_CODE) {
      checkCustom(command, errorCode);
    }
    if (kind == Kind.FRIEND_RESULTS) {
      for (FriendResult r : friendResults) {
        if (r.resultCode() != 0) {
          checkCustom(command, r.resultCode());
        }
      }
    }
    return this;
  }

  private static void checkCustom(CallbackCommand command, int code) {
    if (command.customCodeMin() == 0) {
      throw new IllegalArgumentException(command.command() + " documents no custom reject codes; got " + code);
    }
    if (!command.isCustomCode(code)) {
      throw new IllegalArgumentException("code " + code + " is outside the custom range of " + command.command()
          + " (" + command.customCodeMin() + "-" + command.customCodeMax() + ")");
    }
  }

  /** The answer's body: {@code {"ActionStatus": "OK", "ErrorCode", "ErrorInfo", …}}. */
  public JsonObject toJson() {
    JsonObject json = new JsonObject().put("ActionStatus", "OK").put("ErrorCode", errorCode)
        .put("ErrorInfo", errorInfo);
    switch (kind) {
      case REWRITE -> {
        if (msgBody != null) {
          JsonArray body = new JsonArray();
          msgBody.forEach(e -> body.add(JsonCodec.toJsonValue(e)));
          json.put("MsgBody", body);
        }
        if (cloudCustomData != null) {
          json.put("CloudCustomData", cloudCustomData);
        }
      }
      case REFUSE_MEMBERS -> json.put("RefusedMembers_Account", new JsonArray(new ArrayList<>(refused)));
      case REFUSE_SUBSCRIBERS -> json.put("RefusedSubscribers_Account", new JsonArray(new ArrayList<>(refused)));
      case FRIEND_RESULTS -> {
        JsonArray items = new JsonArray();
        friendResults.forEach(r -> items.add(new JsonObject().put("To_Account", r.toAccount())
            .put("ResultCode", r.resultCode()).put("ResultInfo", r.resultInfo())));
        json.put("ResultItem", items);
      }
      case SIGNAL_DATA -> json.put("RspData", rspData);
      default -> {
      }
    }
    return json;
  }

  /**
   * An answer read back from its body (an event-bus consumer's reply): the fields say the kind. A body that is no
   * answer is an {@link IllegalArgumentException}.
   */
  public static CallbackAnswer fromJson(JsonObject json) {
    Objects.requireNonNull(json, "json");
    try {
      int code = json.getInteger("ErrorCode", 0);
      String info = json.getString("ErrorInfo", "");
      if (json.containsKey("ResultItem")) {
        List<FriendResult> results = new ArrayList<>();
        for (Object o : json.getJsonArray("ResultItem")) {
          JsonObject item = (JsonObject) o;
          results.add(new FriendResult(item.getString("To_Account"), item.getInteger("ResultCode", 0),
              item.getString("ResultInfo", "")));
        }
        return friendResults(results);
      }
      if (code == DROP_CODE) {
        return drop();
      }
      if (code != 0) {
        return reject(code, info);
      }
      if (json.containsKey("MsgBody") || json.containsKey("CloudCustomData")) {
        List<MsgElement> body = null;
        if (json.containsKey("MsgBody")) {
          body = new ArrayList<>();
          for (Object o : json.getJsonArray("MsgBody")) {
            body.add(JsonCodec.decode((JsonObject) o, ELEMENT));
          }
        }
        return rewrite(body, json.getString("CloudCustomData"));
      }
      if (json.containsKey("RefusedMembers_Account")) {
        return refuseMembers(strings(json.getJsonArray("RefusedMembers_Account")));
      }
      if (json.containsKey("RefusedSubscribers_Account")) {
        return refuseSubscribers(strings(json.getJsonArray("RefusedSubscribers_Account")));
      }
      if (json.containsKey("RspData")) {
        return signalData(json.getString("RspData"));
      }
      return allow();
    } catch (ClassCastException | NullPointerException e) {
      throw new IllegalArgumentException("not a callback answer: " + e.getMessage(), e);
    }
  }

  private static List<String> strings(JsonArray array) {
    List<String> list = new ArrayList<>(array.size());
    for (Object o : array) {
      list.add((String) Objects.requireNonNull(o, "account"));
    }
    return list;
  }

  /** The lists of targets of the Sns before-callbacks, whose answer must name each target. */
  private static final List<String> FRIEND_LISTS = List.of("FriendItem", "ResponseFriendItem");

  /**
   * The answer given when no decision is there in time, built from the raw event (no typed record needed): allow
   * or reject; for the Sns before-callbacks one ResultItem per target (ResultCode 0, or the first custom code of
   * the command's range); OK for after-callbacks.
   */
  public static CallbackAnswer byDefault(CallbackCommand command, JsonObject raw, CallbackDefault decision) {
    if (command.direction() == CallbackDirection.AFTER) {
      return allow();
    }
    if (command.decision() == CallbackDecision.FRIEND_ITEMS) {
      return friendResults(friendResults(command, raw, decision));
    }
    return decision == CallbackDefault.ALLOW ? allow() : reject();
  }

  private static List<FriendResult> friendResults(CallbackCommand command, JsonObject raw,
                                                                 CallbackDefault decision) {
    List<FriendResult> results = new ArrayList<>();
    for (String list : FRIEND_LISTS) {
      Object items = raw.getValue(list);
      if (!(items instanceof JsonArray array)) {
        continue;
      }
      for (Object item : array) {
        if (item instanceof JsonObject o && o.getValue("To_Account") instanceof String to) {
          results.add(decision == CallbackDefault.ALLOW ? FriendResult.allow(to)
              : FriendResult.refuse(to, command.customCodeMin(), "refused by default"));
        }
      }
    }
    return results;
  }

  @Override
  public String toString() {
    return "CallbackAnswer" + toJson().encode();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CallbackAnswer other && kind == other.kind && toJson().equals(other.toJson());
  }

  @Override
  public int hashCode() {
    return toJson().hashCode();
  }

  /**
   * The answer for one target account of a friend request: {@code resultCode} 0 allows, a code of 38000–39000
   * refuses with {@code resultInfo}.
   */
  public record FriendResult(String toAccount, int resultCode, String resultInfo) {

    public FriendResult {
      Objects.requireNonNull(toAccount, "To_Account");
      resultInfo = resultInfo == null ? "" : resultInfo;
    }

    public static FriendResult allow(String toAccount) {
      return new FriendResult(toAccount, 0, "");
    }

    public static FriendResult refuse(String toAccount, int resultCode, String resultInfo) {
      if (resultCode == 0) {
        throw new IllegalArgumentException("ResultCode 0 allows; a refusal needs a code of 38000-39000");
      }
      return new FriendResult(toAccount, resultCode, resultInfo);
    }
  }
}
