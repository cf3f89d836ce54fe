package io.github.vertxtim.emulator.impl.callback;

import io.github.vertxtim.registry.CallbackCommand;
import io.github.vertxtim.registry.CallbackRegistry;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * The deciders of the decision kinds in shared/api/callbacks.md §5.2: how an answer's {@code ErrorCode} (and, by
 * kind, {@code MsgBody}/{@code CloudCustomData}, {@code RefusedMembers_Account}, {@code ResultItem}) turns into
 * the request's outcome. A code in the command's documented custom range reaches the caller with its
 * {@code ErrorInfo}; any other non-zero code is a plain reject with the code the caller's page gives.
 */
public final class Decisions {

  /** The message before-callbacks' "drop silently" answer. */
  static final int DROP = 2;

  private Decisions() {
  }

  static CallbackCommand command(String name) {
    return CallbackRegistry.defaultRegistry().find(name)
        .orElseThrow(() -> new IllegalArgumentException("no callback command " + name + " in the registry"));
  }

  /** The answer's ErrorCode; a number or a numeric string, 0 when absent, -1 when unreadable (a plain reject). */
  static int errorCode(JsonObject answer) {
    Object v = answer.getValue("ErrorCode");
    if (v == null) {
      return 0;
    }
    if (v instanceof Number n) {
      return n.intValue();
    }
    try {
      return Integer.parseInt(v.toString().trim());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** The reject of a non-zero code: the custom code and its ErrorInfo when in range, else {@code plainCode}. */
  private static Outcome reject(CallbackCommand command, int code, JsonObject answer, int plainCode) {
    if (command.isCustomCode(code)) {
      return Outcome.reject(code, answer.getString("ErrorInfo", ""));
    }
    return Outcome.reject(plainCode, "refused by the " + command.command() + " callback");
  }

  /**
   * Allow (0, with {@code MsgBody} and/or {@code CloudCustomData} replacing the request's when given), reject,
   * or drop (2: {@code dropAnswer} is the caller's success).
   */
  public static Decider message(String commandName, int plainCode, Supplier<JsonObject> dropAnswer) {
    CallbackCommand command = command(commandName);
    return (request, answer) -> {
      int code = errorCode(answer);
      if (code == DROP) {
        return Outcome.drop(dropAnswer.get());
      }
      if (code != 0) {
        return reject(command, code, answer, plainCode);
      }
      if (answer.getValue("MsgBody") instanceof JsonArray body && !body.isEmpty()) {
        request.put("MsgBody", body.copy());
      }
      if (answer.getValue("CloudCustomData") instanceof String cloud) {
        request.put("CloudCustomData", cloud);
      }
      return Outcome.proceed(request);
    };
  }

  /** Allow (0) or reject. */
  public static Decider allowReject(String commandName, int plainCode) {
    CallbackCommand command = command(commandName);
    return (request, answer) -> {
      int code = errorCode(answer);
      return code == 0 ? Outcome.proceed(request) : reject(command, code, answer, plainCode);
    };
  }

  /**
   * Allow while refusing the accounts listed in {@code field} ({@code RefusedMembers_Account},
   * {@code RefusedSubscribers_Account}): {@code refuse} removes them from the request and says how the answer
   * shows them. A non-zero code rejects the whole request.
   */
  public static Decider refuse(String commandName, int plainCode, String field,
                               BiFunction<JsonObject, Set<String>, Outcome> refuse) {
    CallbackCommand command = command(commandName);
    return (request, answer) -> {
      int code = errorCode(answer);
      if (code != 0) {
        return reject(command, code, answer, plainCode);
      }
      Set<String> refused = new LinkedHashSet<>();
      if (answer.getValue(field) instanceof JsonArray list) {
        list.forEach(id -> {
          if (id instanceof String s) {
            refused.add(s);
          }
        });
      }
      return refused.isEmpty() ? Outcome.proceed(request) : refuse.apply(request, refused);
    };
  }

  /**
   * The Sns before-callbacks: one {@code ResultItem {To_Account, ResultCode, ResultInfo}} per target; the
   * top-level ErrorCode is ignored (§5.2). {@code refuse} gets the items with a non-zero ResultCode by account.
   */
  public static Decider friendItems(BiFunction<JsonObject, Map<String, JsonObject>, Outcome> refuse) {
    return (request, answer) -> {
      Map<String, JsonObject> refused = new LinkedHashMap<>();
      if (answer.getValue("ResultItem") instanceof JsonArray items) {
        for (Object o : items) {
          if (o instanceof JsonObject item && item.getValue("To_Account") instanceof String to
              && errorCode(new JsonObject().put("ErrorCode", item.getValue("ResultCode"))) != 0) {
            refused.put(to, item);
          }
        }
      }
      return refused.isEmpty() ? Outcome.proceed(request) : refuse.apply(request, refused);
    };
  }
}
