package io.github.vertxtim.emulator.impl;

import io.github.vertxtim.TimErrorCode;
import io.github.vertxtim.emulator.impl.shared.EmulatorError;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The URL query, parsed by hand because the seed says parameter names and values are case-sensitive while
 * Vert.x's {@code request.params()} is a case-insensitive map. The first occurrence of a repeated name wins.
 */
final class QueryParams {

  private final Map<String, String> values;

  private QueryParams(Map<String, String> values) {
    this.values = values;
  }

  /**
   * Parses a raw query ({@code a=1&b=2}, percent-encoded, may be null).
   *
   * @throws EmulatorError 60002 when the percent-encoding is broken (an HTTP parse error)
   */
  static QueryParams parse(String rawQuery) {
    Map<String, String> map = new HashMap<>();
    if (rawQuery != null && !rawQuery.isEmpty()) {
      for (String pair : rawQuery.split("&")) {
        if (pair.isEmpty()) {
          continue;
        }
        int eq = pair.indexOf('=');
        String name = decode(eq < 0 ? pair : pair.substring(0, eq));
        String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
        map.putIfAbsent(name, value);
      }
    }
    return new QueryParams(map);
  }

  private static String decode(String s) {
    try {
      return URLDecoder.decode(s, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new EmulatorError(TimErrorCode.HTTP_PARSE_ERROR.code(), "bad percent-encoding in the URL query");
    }
  }

  /** The value of the exact (case-sensitive) name, or null when absent. */
  String get(String name) {
    return values.get(name);
  }
}
