package io.github.vertxtim.emulator.impl.official;

import io.github.vertxtim.TimErrorCode;
import io.github.vertxtim.emulator.impl.shared.EmulatorError;
import io.github.vertxtim.emulator.impl.shared.Fields;
import io.vertx.core.json.JsonObject;

import java.nio.charset.StandardCharsets;

/**
 * Request fields of the official-account endpoints. Their pages list 10004 for an invalid parameter (e.g.
 * https://trtc.io/document/60811), and 130004 for an official account that does not exist.
 */
final class OfficialAccountFields {

  static final int INVALID = TimErrorCode.GROUP_INVALID_PARAMETER.code();   // 10004
  static final int NOT_FOUND = TimErrorCode.OA_NOT_FOUND.code();            // 130004

  private OfficialAccountFields() {
  }

  /** A required string, else 10004. */
  static String required(JsonObject body, String field) {
    String v = Fields.optionalString(body, field, INVALID);
    if (v == null || v.isEmpty()) {
      throw new EmulatorError(INVALID, field + " is required");
    }
    return v;
  }

  /** An optional string of at most {@code maxBytes} UTF-8 bytes, else 10004. */
  static String optional(JsonObject body, String field, int maxBytes) {
    String v = Fields.optionalString(body, field, INVALID);
    checkBytes(field, v, maxBytes);
    return v;
  }

  static void checkBytes(String field, String v, int maxBytes) {
    if (v != null && v.getBytes(StandardCharsets.UTF_8).length > maxBytes) {
      throw new EmulatorError(INVALID, field + " is longer than " + maxBytes + " bytes");
    }
  }

  /** The official account a request names ({@code Official_Account}), which must exist (130004). */
  static OfficialAccountState.Account account(OfficialAccountState state, JsonObject body) {
    return account(state, body, "Official_Account");
  }

  static OfficialAccountState.Account account(OfficialAccountState state, JsonObject body, String field) {
    String id = required(body, field);
    OfficialAccountState.Account a = state.get(id);
    if (a == null) {
      throw new EmulatorError(NOT_FOUND, "official account " + id + " does not exist");
    }
    return a;
  }
}
