package io.github.vertxtim.emulator.impl.group;

import io.github.vertxtim.TimErrorCode;
import io.github.vertxtim.emulator.impl.shared.Accounts;
import io.github.vertxtim.emulator.impl.shared.EmulatorError;
import io.github.vertxtim.emulator.impl.shared.Fields;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads of the group family's request fields, failing with the group codes (10004 invalid, 10019 no such account). */
final class GroupFields {

  static final int INVALID = TimErrorCode.GROUP_INVALID_PARAMETER.code();        // 10004
  static final int NO_ACCOUNT = TimErrorCode.GROUP_ACCOUNT_NOT_FOUND.code();     // 10019
  static final int NOT_ALLOWED = TimErrorCode.GROUP_NO_PERMISSION.code();        // 10007

  /** Name ≤ 30 bytes, Introduction ≤ 240, Notification ≤ 300, NameCard ≤ 50 (https://www.tencentcloud.com/document/product/1047/34895, https://www.tencentcloud.com/document/product/1047/34900). */
  static final int MAX_NAME_BYTES = 30;
  static final int MAX_INTRODUCTION_BYTES = 240;
  static final int MAX_NOTIFICATION_BYTES = 300;
  static final int MAX_NAME_CARD_BYTES = 50;

  static final List<String> MSG_FLAGS = List.of("AcceptAndNotify", "AcceptNotNotify", "Discard");
  static final List<String> APPLY_JOIN_OPTIONS = List.of("FreeAccess", "NeedPermission", "DisableApply");
  static final List<String> INVITE_JOIN_OPTIONS = List.of("FreeAccess", "NeedPermission", "DisableInvite");

  private GroupFields() {
  }

  /** A required string field, else 10004. */
  static String requiredString(JsonObject body, String field) {
    String s = Fields.optionalString(body, field, INVALID);
    if (s == null) {
      throw new EmulatorError(INVALID, field + " is required");
    }
    return s;
  }

  /** An optional string of at most {@code maxBytes} UTF-8 bytes, else 10004. */
  static String optionalText(JsonObject body, String field, int maxBytes) {
    String s = Fields.optionalString(body, field, INVALID);
    if (s != null && s.getBytes(StandardCharsets.UTF_8).length > maxBytes) {
      throw new EmulatorError(INVALID, field + " must be at most " + maxBytes + " bytes");
    }
    return s;
  }

  /** An optional string that must be one of {@code allowed}, else 10004. */
  static String optionalChoice(JsonObject body, String field, List<String> allowed) {
    String s = Fields.optionalString(body, field, INVALID);
    if (s != null && !allowed.contains(s)) {
      throw new EmulatorError(INVALID, field + " must be one of " + allowed);
    }
    return s;
  }

  /** The first of {@code fields} present (a current name and its legacy one), or null. */
  static String present(JsonObject body, String... fields) {
    for (String f : fields) {
      if (body.containsKey(f)) {
        return f;
      }
    }
    return null;
  }

  /** A UserID that must be a usable string (10004) of an imported account (10019). */
  static String account(Object value, String field, Accounts accounts) {
    if (Fields.userIdProblem(value) != 0) {
      throw new EmulatorError(INVALID, field + ": " + Fields.userIdProblemInfo(Fields.userIdProblem(value)));
    }
    String id = (String) value;
    if (!accounts.exists(id)) {
      throw new EmulatorError(NO_ACCOUNT, field + ": account " + id + " is not imported");
    }
    return id;
  }

  /** {@link #account} of a required field. */
  static String requiredAccount(JsonObject body, String field, Accounts accounts) {
    if (!body.containsKey(field)) {
      throw new EmulatorError(INVALID, field + " is required");
    }
    return account(body.getValue(field), field, accounts);
  }

  /**
   * Custom fields {@code [{"Key":k,"Value":v}]} (the official SDK writes {@code key} in member fields, accepted
   * too) applied to {@code current}: an empty or missing Value deletes the key. Null when the field is absent.
   */
  static Map<String, String> customFields(JsonObject body, String field, Map<String, String> current) {
    Object v = body.getValue(field);
    if (v == null) {
      return null;
    }
    if (!(v instanceof JsonArray items)) {
      throw new EmulatorError(INVALID, field + " must be an array of {Key, Value}");
    }
    Map<String, String> out = new LinkedHashMap<>(current);
    for (Object item : items) {
      if (!(item instanceof JsonObject kv)) {
        throw new EmulatorError(INVALID, field + " items must be {Key, Value} objects");
      }
      Object key = kv.containsKey("Key") ? kv.getValue("Key") : kv.getValue("key");
      Object value = kv.getValue("Value");
      if (!(key instanceof String k) || k.isEmpty() || (value != null && !(value instanceof String))) {
        throw new EmulatorError(INVALID, field + " items need a string Key and a string Value");
      }
      if (value == null || ((String) value).isEmpty()) {
        out.remove(k);
      } else {
        out.put(k, (String) value);
      }
    }
    return out;
  }

  /** A group of a type whose members the group manages (not AVChatRoom), else 10007. */
  static void requireManagedMembers(Group g, String command) {
    if (!g.type().managesMembers()) {
      throw new EmulatorError(NOT_ALLOWED, command + " is not supported on " + g.type() + " groups");
    }
  }

  /** An optional array of strings, else 10004; null when absent. */
  static List<String> optionalStrings(JsonObject body, String field) {
    Object v = body.getValue(field);
    if (v == null) {
      return null;
    }
    if (!(v instanceof JsonArray a) || a.stream().anyMatch(e -> !(e instanceof String))) {
      throw new EmulatorError(INVALID, field + " must be an array of strings");
    }
    return a.stream().map(String.class::cast).toList();
  }
}
