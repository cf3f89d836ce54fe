package io.github.vertxtim.emulator.impl.group;

import io.github.vertxtim.TimErrorCode;
import io.github.vertxtim.emulator.impl.shared.EmulatorError;
import io.github.vertxtim.emulator.impl.shared.Fields;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Typed reads of group request fields on top of {@link Fields}, failing with the group family's "invalid parameter"
 * code (10004) or its unknown-account code (10019).
 */
final class GroupRequestFields {

  static final int INVALID = TimErrorCode.GROUP_INVALID_PARAMETER.code();          // 10004
  static final int NO_ACCOUNT = TimErrorCode.GROUP_ACCOUNT_NOT_FOUND.code();       // 10019

  private GroupRequestFields() {
  }

  /** A required, non-empty string field. */
  static String requiredString(JsonObject body, String field) {
    String s = Fields.optionalString(body, field, INVALID);
    if (s == null || s.isEmpty()) {
      throw new EmulatorError(INVALID, field + " is required");
    }
    return s;
  }

  /** An optional string of at most {@code maxBytes} bytes of UTF-8 (null when absent). */
  static String optionalString(JsonObject body, String field, int maxBytes) {
    String s = Fields.optionalString(body, field, INVALID);
    if (s != null && s.getBytes(StandardCharsets.UTF_8).length > maxBytes) {
      throw new EmulatorError(INVALID, field + " is longer than " + maxBytes + " bytes");
    }
    return s;
  }

  /** A required integer in {@code min..max}. */
  static long requiredInteger(JsonObject body, String field, long min, long max) {
    if (!body.containsKey(field)) {
      throw new EmulatorError(INVALID, field + " is required");
    }
    return Fields.optionalInteger(body, field, 0, min, max, INVALID);
  }

  /** A required, non-empty array of strings, duplicates dropped, in order. */
  static List<String> requiredStrings(JsonObject body, String field) {
    JsonArray a = Fields.requiredArray(body, field, INVALID);
    LinkedHashSet<String> out = new LinkedHashSet<>();
    for (Object v : a) {
      if (!(v instanceof String s) || s.isEmpty()) {
        throw new EmulatorError(INVALID, field + " must hold non-empty strings, got " + Fields.label(v));
      }
      out.add(s);
    }
    return new ArrayList<>(out);
  }

  /** Whether a JSON value is an integral number in {@code min..max}. */
  static boolean isInteger(Object v, long min, long max) {
    if (!(v instanceof Number n)) {
      return false;
    }
    double d = n.doubleValue();
    return d == Math.rint(d) && d >= min && d <= max;
  }
}
