package io.github.vertxtim.cli;

import io.vertx.core.json.DecodeException;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.util.Map;

/** The lines of {@code tim bulk}: each one JSON value, a string or an object, as the endpoint's item list holds it. */
final class JsonItems implements LineParser {

  @Override
  public Object parse(String line) {
    Object v = decode(line);
    if (v instanceof String || v instanceof JsonObject) {
      return v;
    }
    throw new LineParser.Malformed("an item must be a JSON string or object, got " + kind(v));
  }

  @Override
  public String format() {
    return AccountLines.JSONL;
  }

  /** The JSON object on {@code line}. */
  static JsonObject object(String line) {
    Object v = decode(line);
    if (v instanceof JsonObject o) {
      return o;
    }
    throw new LineParser.Malformed("expected a JSON object, got " + kind(v));
  }

  @SuppressWarnings("unchecked")
  private static Object decode(String line) {
    Object v;
    try {
      v = Json.decodeValue(line);
    } catch (DecodeException | IllegalStateException e) {
      throw new LineParser.Malformed("not valid JSON: " + firstLine(e.getMessage()));
    }
    return v instanceof Map<?, ?> m ? new JsonObject((Map<String, Object>) m) : v;
  }

  private static String kind(Object v) {
    if (v == null) {
      return "null";
    }
    if (v instanceof JsonArray) {
      return "an array";
    }
    if (v instanceof Number) {
      return "a number";
    }
    if (v instanceof Boolean) {
      return "a boolean";
    }
    return v.getClass().getSimpleName();
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "parse error";
    }
    int nl = s.indexOf('\n');
    String first = nl < 0 ? s : s.substring(0, nl);
    return first.length() > 200 ? first.substring(0, 200) + "..." : first;
  }
}
