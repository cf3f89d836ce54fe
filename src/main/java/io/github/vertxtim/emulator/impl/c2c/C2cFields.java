package io.github.vertxtim.emulator.impl.c2c;

import io.github.vertxtim.TimErrorCode;
import io.github.vertxtim.emulator.impl.shared.Accounts;
import io.github.vertxtim.emulator.impl.shared.EmulatorError;
import io.github.vertxtim.emulator.impl.shared.Fields;
import io.github.vertxtim.emulator.impl.shared.MessageBodyLimit;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.util.regex.Pattern;

/** Field reads the one-to-one handlers share, with the codes of the message range (catalog §6.6). */
final class C2cFields {

  static final int INVALID_PACKET = TimErrorCode.MSG_INVALID_PACKET.code();       // 20001
  static final int ACCOUNT_INVALID = TimErrorCode.MSG_ACCOUNT_INVALID.code();     // 20003
  static final int MSG_KEY_INVALID = TimErrorCode.MSG_KEY_INVALID.code();         // 90054
  static final int NOT_FOUND = TimErrorCode.MSG_RECALL_NOT_FOUND.code();          // 20022
  /** 32-bit unsigned values: MsgRandom, MsgSeq (every page gives the range 0..4294967295). */
  static final long MAX_UINT32 = 4_294_967_295L;

  /** MsgKey as the service shapes it: {@code MsgSeq_MsgRandom_MsgTime} (every sample, e.g. 44739199_12_1665388280). */
  private static final Pattern MSG_KEY = Pattern.compile("\\d{1,19}_\\d{1,19}_\\d{1,19}");

  private final Accounts accounts;
  private final String admin;

  C2cFields(Accounts accounts, String admin) {
    this.accounts = accounts;
    this.admin = admin;
  }

  /** The app admin, the sender of a message the admin sends without From_Account. */
  String admin() {
    return admin;
  }

  /**
   * A side of a stored conversation: an imported account or the app admin (who is a conversation's side when it
   * sent without From_Account). 20001 when missing, 20003 when neither.
   */
  String party(JsonObject body, String field) {
    Object v = body.getValue(field);
    if (admin.equals(v)) {
      return admin;
    }
    return account(body, field);
  }

  /**
   * A UserID field that must name an imported account: {@code missingCode} when absent or not a usable UserID,
   * {@code unknownCode} when not imported.
   */
  String account(JsonObject body, String field, int missingCode, int unknownCode) {
    Object v = body.getValue(field);
    if (Fields.userIdProblem(v) != 0) {
      throw new EmulatorError(missingCode, field + (v == null ? " is required" : ": " + Fields.userIdProblemInfo(
          Fields.userIdProblem(v))));
    }
    String id = (String) v;
    if (!accounts.exists(id)) {
      throw new EmulatorError(unknownCode, field + " " + id + " is not an imported account");
    }
    return id;
  }

  /** Whether the account is imported. */
  boolean exists(String userId) {
    return accounts.exists(userId);
  }

  /** A present account field of the read/modify endpoints: 20001 when missing, 20003 when not imported. */
  String account(JsonObject body, String field) {
    return account(body, field, INVALID_PACKET, ACCOUNT_INVALID);
  }

  /** A required MsgKey: 20001 when missing or not a string, 90054 when not of the service's shape. */
  static String msgKey(JsonObject body) {
    return msgKeyField(body, "MsgKey");
  }

  /** A MsgKey in {@code field} (MsgKey, LastMsgKey), with the codes of {@link #msgKey}. */
  static String msgKeyField(JsonObject body, String field) {
    Object v = body.getValue(field);
    if (!(v instanceof String)) {
      throw new EmulatorError(INVALID_PACKET, field + " is required");
    }
    if (!isMsgKey(v)) {
      throw new EmulatorError(MSG_KEY_INVALID, field + " " + v + " is not a MsgKey (MsgSeq_MsgRandom_MsgTime)");
    }
    return (String) v;
  }

  static boolean isMsgKey(Object v) {
    return v instanceof String && MSG_KEY.matcher((String) v).matches();
  }

  /**
   * A required MsgBody: 90007 when missing or not an array, 90002 when empty or an element is not
   * {@code {MsgType: string, MsgContent: object}}, then the 12 KB limit (80002).
   */
  static JsonArray msgBody(JsonObject body) {
    Object v = body.getValue("MsgBody");
    if (!(v instanceof JsonArray)) {
      throw new EmulatorError(TimErrorCode.MSG_BODY_NOT_ARRAY.code(),
          "MsgBody " + (v == null ? "is required" : "must be an array"));
    }
    return checkedBody((JsonArray) v);
  }

  static JsonArray checkedBody(JsonArray elements) {
    if (elements.isEmpty()) {
      throw new EmulatorError(TimErrorCode.MSG_BODY_FORMAT_ERROR.code(), "MsgBody must not be empty");
    }
    for (Object e : elements) {
      if (!(e instanceof JsonObject o) || !(o.getValue("MsgType") instanceof String)
          || !(o.getValue("MsgContent") instanceof JsonObject)) {
        throw new EmulatorError(TimErrorCode.MSG_BODY_FORMAT_ERROR.code(),
            "each MsgBody element needs a string MsgType and an object MsgContent");
      }
    }
    MessageBodyLimit.C2C.check(elements);
    return elements;
  }

  /** An optional unsigned 32-bit field (MsgSeq): null when absent, {@code code} when malformed. */
  static Long optionalUint32(JsonObject body, String field, int code) {
    if (!body.containsKey(field)) {
      return null;
    }
    return Fields.optionalInteger(body, field, 0, 0, MAX_UINT32, code);
  }

  /** A required unsigned 32-bit field (MsgRandom): {@code code} when missing or malformed. */
  static long requiredUint32(JsonObject body, String field, int code) {
    if (!body.containsKey(field)) {
      throw new EmulatorError(code, field + " is required");
    }
    return Fields.optionalInteger(body, field, 0, 0, MAX_UINT32, code);
  }
}
