package io.github.vertxtim.cli;

import com.fasterxml.jackson.annotation.JsonValue;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One input line as a bulk item. The job sends {@link #value()} (a record item is sent as its JSON form, here the
 * {@link JsonValue}); the outcome hands the whole record back, so a failed item is written to the failed file as
 * its original text, and its reason names the line.
 *
 * @param number the line number in the input file (1-based, blank lines and a header counted)
 * @param text   the line as read, without its line end
 * @param value  what the endpoint's item list holds: a String or a JsonObject
 */
record SourceLine(long number, String text, Object value) {

  /** The item as plain maps, lists and scalars, which is what the client's JSON conversion expects. */
  @JsonValue
  public Object json() {
    return plain(value);
  }

  private static Object plain(Object v) {
    if (v instanceof JsonObject o) {
      return plain(o.getMap());
    }
    if (v instanceof JsonArray a) {
      return plain(a.getList());
    }
    if (v instanceof Map<?, ?> m) {
      Map<String, Object> copy = new LinkedHashMap<>();
      m.forEach((k, x) -> copy.put(String.valueOf(k), plain(x)));
      return copy;
    }
    if (v instanceof List<?> l) {
      List<Object> copy = new ArrayList<>(l.size());
      l.forEach(x -> copy.add(plain(x)));
      return copy;
    }
    return v;
  }
}
