package io.github.vertxtim.emulator.impl.sns;

import io.github.vertxtim.TimErrorCode;
import io.github.vertxtim.emulator.impl.shared.Accounts;
import io.github.vertxtim.emulator.impl.shared.EmulatorError;
import io.github.vertxtim.emulator.impl.shared.Fields;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.nio.charset.StandardCharsets;

/**
 * Reads of relationship-chain request bodies with the family's codes (https://trtc.io/document/34348): 30001 bad
 * parameters, 30003 account not imported, 60015 a UserID that is not a string; and the per-item answer
 * {@code {"To_Account","ResultCode","ResultInfo"}} the sns and follow pages share.
 */
final class SnsRequests {

  static final int INVALID = TimErrorCode.SNS_INVALID_PARAMETERS.code();          // 30001
  static final int NOT_IMPORTED = TimErrorCode.SNS_ACCOUNT_NOT_IMPORTED.code();   // 30003
  static final int NOT_A_STRING = TimErrorCode.INVALID_ACCOUNT_TYPE.code();       // 60015

  private final Accounts accounts;

  SnsRequests(Accounts accounts) {
    this.accounts = accounts;
  }

  /** The request's {@code From_Account}: 30001 missing or malformed, 60015 not a string, 30003 not imported. */
  String from(JsonObject body) {
    Object v = body.getValue("From_Account");
    if (v == null) {
      throw new EmulatorError(INVALID, "From_Account is required");
    }
    int problem = userIdProblem(v);
    if (problem != 0) {
      throw new EmulatorError(problem, "From_Account: " + Fields.userIdProblemInfo(problem == INVALID
          ? TimErrorCode.ACCOUNT_INVALID_PARAMETERS.code() : problem));
    }
    if (!accounts.exists((String) v)) {
      throw new EmulatorError(NOT_IMPORTED, "account not imported: " + v);
    }
    return (String) v;
  }

  /** 0 for a usable UserID, 60015 when not a string, 30001 when empty or over 32 bytes. */
  static int userIdProblem(Object v) {
    int p = Fields.userIdProblem(v);
    return p == 0 || p == NOT_A_STRING ? p : INVALID;
  }

  /** The per-item code for a target account: its {@link #userIdProblem}, else 30003 when not imported, else 0. */
  int targetProblem(Object v) {
    int p = userIdProblem(v);
    return p != 0 ? p : accounts.exists((String) v) ? 0 : NOT_IMPORTED;
  }

  /** A required non-empty array, else 30001. */
  static JsonArray array(JsonObject body, String field) {
    return Fields.requiredArray(body, field, INVALID);
  }

  /** A string field that is one of {@code allowed}; {@code dflt} when absent (null: required), else 30001. */
  static String choice(JsonObject body, String field, String dflt, String... allowed) {
    Object v = body.getValue(field);
    if (v == null && dflt != null) {
      return dflt;
    }
    for (String a : allowed) {
      if (a.equals(v)) {
        return a;
      }
    }
    throw new EmulatorError(INVALID, field + " must be one of " + String.join(", ", allowed) + ", got " + v);
  }

  /** Whether {@code v} is a string of at most {@code maxBytes} bytes of UTF-8. */
  static boolean fits(Object v, int maxBytes) {
    return v instanceof String s && s.getBytes(StandardCharsets.UTF_8).length <= maxBytes;
  }

  static JsonObject item(Object toAccount, int code, String info) {
    return new JsonObject().put("To_Account", Fields.label(toAccount)).put("ResultCode", code)
        .put("ResultInfo", code == 0 ? "" : info);
  }

  /** The words of a target's {@link #targetProblem}. */
  static String problemInfo(int code) {
    return code == NOT_IMPORTED ? "account not imported" : code == NOT_A_STRING ? "UserID is not a string"
        : "UserID must be 1 to " + Fields.MAX_USER_ID_BYTES + " bytes of UTF-8";
  }

  /** {@code {"ResultItem":[…],"Fail_Account":[…]}}: the accounts of the items whose ResultCode is not 0. */
  static JsonObject results(JsonArray items) {
    JsonArray failed = new JsonArray();
    for (Object o : items) {
      JsonObject i = (JsonObject) o;
      if (i.getInteger("ResultCode") != 0) {
        failed.add(i.getString("To_Account"));
      }
    }
    return new JsonObject().put("ResultItem", items).put("Fail_Account", failed);
  }
}
