package io.github.vertxtim.emulator.impl.shared;

import io.github.vertxtim.TimErrorCode;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.nio.charset.StandardCharsets;

/** Typed reads of request-body fields, failing with the documented codes. Field names are case-sensitive. */
public final class Fields {

  /** UserIDs are at most 32 bytes (https://trtc.io/document/34953, https://trtc.io/document/34954). */
  public static final int MAX_USER_ID_BYTES = 32;

  private Fields() {
  }

  /** Why a UserID value is unusable: 0 when fine, 60015 when not a JSON string, 70402 when empty or over 32 bytes. */
  public static int userIdProblem(Object value) {
    if (!(value instanceof String)) {
      return TimErrorCode.INVALID_ACCOUNT_TYPE.code();
    }
    String s = (String) value;
    if (s.isEmpty() || s.getBytes(StandardCharsets.UTF_8).length > MAX_USER_ID_BYTES) {
      return TimErrorCode.ACCOUNT_INVALID_PARAMETERS.code();
    }
    return 0;
  }

  /** The words for {@link #userIdProblem}'s code. */
  public static String userIdProblemInfo(int code) {
    return code == TimErrorCode.INVALID_ACCOUNT_TYPE.code() ? "UserID is not a string"
        : "UserID must be 1 to " + MAX_USER_ID_BYTES + " bytes of UTF-8";
  }

  /**
   * The UserID of a single-account request: {@code UserID}, or the legacy {@code Identifier} when UserID is absent.
   * Missing → 70402, not a string → 60015, empty or over 32 bytes → 70402.
   */
  public static String requiredUserId(JsonObject body) {
    String field = body.containsKey("UserID") ? "UserID" : "Identifier";
    if (!body.containsKey(field)) {
      throw new EmulatorError(TimErrorCode.ACCOUNT_INVALID_PARAMETERS.code(), "UserID is required");
    }
    Object v = body.getValue(field);
    int problem = userIdProblem(v);
    if (problem != 0) {
      throw new EmulatorError(problem, field + ": " + userIdProblemInfo(problem));
    }
    return (String) v;
  }

  /**
   * A required UserID field named {@code field} (Set_Account, From_Account, Robot_Account …): missing, not a
   * string, empty or over 32 bytes fails with the family's {@code code}.
   */
  public static String requiredUserId(JsonObject body, String field, int code) {
    Object v = body.getValue(field);
    int problem = userIdProblem(v);
    if (problem != 0) {
      throw new EmulatorError(code, v == null ? field + " is required" : field + ": " + userIdProblemInfo(problem));
    }
    return (String) v;
  }

  /** An optional string field: null when absent, {@code code} when present but not a string. */
  public static String optionalString(JsonObject body, String field, int code) {
    Object v = body.getValue(field);
    if (v == null && !body.containsKey(field)) {
      return null;
    }
    if (!(v instanceof String)) {
      throw new EmulatorError(code, field + " must be a string");
    }
    return (String) v;
  }

  /** A required, non-empty JSON array field, else {@code code}. */
  public static JsonArray requiredArray(JsonObject body, String field, int code) {
    Object v = body.getValue(field);
    if (!(v instanceof JsonArray)) {
      throw new EmulatorError(code, field + (v == null ? " is required" : " must be an array"));
    }
    JsonArray a = (JsonArray) v;
    if (a.isEmpty()) {
      throw new EmulatorError(code, field + " must not be empty");
    }
    return a;
  }

  /**
   * An optional integer field in {@code min..max}: {@code dflt} when absent, {@code code} when not an integral JSON
   * number or out of range.
   */
  public static long optionalInteger(JsonObject body, String field, long dflt, long min, long max, int code) {
    if (!body.containsKey(field)) {
      return dflt;
    }
    Object v = body.getValue(field);
    if (v instanceof Number) {
      Number n = (Number) v;
      double d = n.doubleValue();
      if (d == Math.rint(d) && d >= min && d <= max) {
        return n.longValue();
      }
    }
    throw new EmulatorError(code, field + " must be an integer from " + min + " to " + max);
  }

  /** A value as it appeared in the request, as a string for per-item answers. */
  public static String label(Object value) {
    if (value instanceof String) {
      return (String) value;
    }
    return value == null ? "" : Json.encode(value);
  }
}
