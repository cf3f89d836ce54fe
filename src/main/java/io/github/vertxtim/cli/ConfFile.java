package io.github.vertxtim.cli;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks a JSON options file against the options' own JSON (its keys and the type of each value) before the options
 * read it, so a misspelled key or a value of the wrong type is a clear usage error rather than a silently ignored
 * key or a ClassCastException. Messages name keys and expected types, never values (a file may hold the key).
 */
final class ConfFile {

  private ConfFile() {
  }

  /**
   * @param file      the file's name, for messages
   * @param json      what the file holds
   * @param template  the options' JSON with every key present, each with a value of its type
   */
  static void check(String file, JsonObject json, JsonObject template) {
    List<String> problems = new ArrayList<>();
    for (String key : json.fieldNames()) {
      Object value = json.getValue(key);
      if (!template.containsKey(key)) {
        problems.add("unknown key \"" + key + "\"" + suggestion(key, template));
        continue;
      }
      Object expected = template.getValue(key);
      String type = expected == null ? null : typeName(expected);
      if (type != null && value != null && !type.equals(typeName(value))) {
        problems.add("\"" + key + "\" must be " + type + ", got " + typeName(value));
      }
    }
    if (!problems.isEmpty()) {
      throw new CliUsageException(file + ": " + String.join("; ", problems));
    }
  }

  private static String typeName(Object v) {
    if (v instanceof Number) return "a number";
    if (v instanceof Boolean) return "true or false";
    if (v instanceof String) return "a string";
    if (v instanceof JsonObject) return "an object";
    if (v instanceof JsonArray) return "an array";
    return v.getClass().getSimpleName();
  }

  /** The known key closest to a misspelled one (case-insensitive, or at most two edits away). */
  private static String suggestion(String key, JsonObject template) {
    List<String> known = new ArrayList<>(template.fieldNames());
    String best = null;
    int bestDistance = 3;
    for (String k : known) {
      int d = k.equalsIgnoreCase(key) ? 0 : distance(k.toLowerCase(), key.toLowerCase());
      if (d < bestDistance) {
        best = k;
        bestDistance = d;
      }
    }
    return best == null ? "" : " (did you mean \"" + best + "\"?)";
  }

  private static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) prev[j] = j;
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
