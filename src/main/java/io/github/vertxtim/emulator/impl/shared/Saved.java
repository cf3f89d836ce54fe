package io.github.vertxtim.emulator.impl.shared;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Strict reads of a saved section: a field that is missing or of the wrong type is an
 * {@link IllegalArgumentException} naming it, never a default, so a damaged snapshot is refused instead of loading
 * as something else. Optional fields are read with {@link JsonObject}'s own getters.
 */
public final class Saved {

  private Saved() {
  }

  public static String string(JsonObject o, String key) {
    if (o.getValue(key) instanceof String s) {
      return s;
    }
    throw problem(o, key, "a string");
  }

  /** A string that may be JSON null (or absent). */
  public static String nullableString(JsonObject o, String key) {
    Object v = o.getValue(key);
    if (v == null || v instanceof String) {
      return (String) v;
    }
    throw problem(o, key, "a string or null");
  }

  public static long number(JsonObject o, String key) {
    if (o.getValue(key) instanceof Number n && !(n instanceof Double) && !(n instanceof Float)) {
      return n.longValue();
    }
    throw problem(o, key, "an integer");
  }

  public static boolean bool(JsonObject o, String key) {
    if (o.getValue(key) instanceof Boolean b) {
      return b;
    }
    throw problem(o, key, "a boolean");
  }

  public static JsonObject object(JsonObject o, String key) {
    if (o.getValue(key) instanceof JsonObject j) {
      return j;
    }
    throw problem(o, key, "an object");
  }

  public static JsonArray array(JsonObject o, String key) {
    if (o.getValue(key) instanceof JsonArray a) {
      return a;
    }
    throw problem(o, key, "an array");
  }

  /** The objects of an array field. */
  public static List<JsonObject> objects(JsonObject o, String key) {
    List<JsonObject> out = new ArrayList<>();
    for (Object item : array(o, key)) {
      if (!(item instanceof JsonObject j)) {
        throw new IllegalArgumentException(key + " must hold objects, found " + item);
      }
      out.add(j);
    }
    return out;
  }

  /** The strings of an array field, in order. */
  public static List<String> strings(JsonObject o, String key) {
    List<String> out = new ArrayList<>();
    for (Object item : array(o, key)) {
      if (!(item instanceof String s)) {
        throw new IllegalArgumentException(key + " must hold strings, found " + item);
      }
      out.add(s);
    }
    return out;
  }

  /** The integers of an array field, in order. */
  public static List<Long> numbers(JsonObject o, String key) {
    List<Long> out = new ArrayList<>();
    for (Object item : array(o, key)) {
      if (!(item instanceof Number n) || n instanceof Double || n instanceof Float) {
        throw new IllegalArgumentException(key + " must hold integers, found " + item);
      }
      out.add(n.longValue());
    }
    return out;
  }

  /** An object field of string values, in saved order. */
  public static Map<String, String> stringMap(JsonObject o, String key) {
    Map<String, String> out = new LinkedHashMap<>();
    JsonObject m = object(o, key);
    for (String k : m.fieldNames()) {
      out.put(k, string(m, k));
    }
    return out;
  }

  /** An object field of integer values, in saved order. */
  public static Map<String, Long> numberMap(JsonObject o, String key) {
    Map<String, Long> out = new LinkedHashMap<>();
    JsonObject m = object(o, key);
    for (String k : m.fieldNames()) {
      out.put(k, number(m, k));
    }
    return out;
  }

  /** A map as a JSON object (keys in the map's order). */
  public static JsonObject json(Map<String, ?> map) {
    JsonObject o = new JsonObject();
    map.forEach(o::put);
    return o;
  }

  private static IllegalArgumentException problem(JsonObject o, String key, String what) {
    Object v = o.getValue(key);
    String found = v == null ? "nothing" : String.valueOf(v);
    return new IllegalArgumentException(key + " must be " + what + ", found "
        + (found.length() > 80 ? found.substring(0, 80) + "…" : found));
  }
}
