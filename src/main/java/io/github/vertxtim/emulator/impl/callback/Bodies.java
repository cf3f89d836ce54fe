package io.github.vertxtim.emulator.impl.callback;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.util.Collection;

/** Small pieces every family's callback bodies share. */
final class Bodies {

  private Bodies() {
  }

  /** {@code {"CallbackCommand": command, ...}}: the body of every command but ContentCallback.ResultNotify. */
  static JsonObject event(String command) {
    return new JsonObject().put("CallbackCommand", command);
  }

  /** A string field of the request, or {@code fallback}. */
  static String string(JsonObject request, String field, String fallback) {
    return request.getValue(field) instanceof String s ? s : fallback;
  }

  /** The request's sender: From_Account, the admin when absent. */
  static String from(JsonObject request, CallbackFacts facts) {
    return string(request, "From_Account", facts.admin());
  }

  /** A copy of an array field, empty when absent. */
  static JsonArray array(JsonObject request, String field) {
    return request.getValue(field) instanceof JsonArray a ? a.copy() : new JsonArray();
  }

  /** {@code [{field: id}, ...]}. */
  static JsonArray accounts(String field, Collection<String> ids) {
    JsonArray list = new JsonArray();
    ids.forEach(id -> list.add(new JsonObject().put(field, id)));
    return list;
  }

  /** The strings of an array, or of the {@code field} of each object in it. */
  static java.util.List<String> ids(Object list, String field) {
    java.util.List<String> ids = new java.util.ArrayList<>();
    if (list instanceof JsonArray a) {
      for (Object o : a) {
        if (o instanceof String s) {
          ids.add(s);
        } else if (o instanceof JsonObject j && j.getValue(field) instanceof String s) {
          ids.add(s);
        }
      }
    }
    return ids;
  }

  /** Copies the fields the request has, those it lacks stay out. */
  static JsonObject copy(JsonObject request, JsonObject body, String... fields) {
    for (String f : fields) {
      if (request.containsKey(f)) {
        Object v = request.getValue(f);
        body.put(f, v instanceof JsonObject o ? o.copy() : v instanceof JsonArray a ? a.copy() : v);
      }
    }
    return body;
  }

  /** The number, accepting a numeric string; {@code fallback} otherwise. */
  static long number(Object v, long fallback) {
    if (v instanceof Number n) {
      return n.longValue();
    }
    if (v instanceof String s) {
      try {
        return Long.parseLong(s.trim());
      } catch (NumberFormatException e) {
        return fallback;
      }
    }
    return fallback;
  }
}
