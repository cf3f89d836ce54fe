package io.github.vertxtim.emulator.impl.group;

import io.github.vertxtim.TimErrorCode;
import io.github.vertxtim.emulator.impl.shared.EmulatorError;
import io.github.vertxtim.emulator.impl.shared.Fields;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads of group-message, attribute and counter request bodies, failing with the group family's codes: 10004 for a
 * missing or malformed field. {@link Fields} does the generic parts.
 */
final class GroupBodies {

  static final int INVALID = TimErrorCode.GROUP_INVALID_PARAMETER.code(); // 10004
  /** MsgSeq, MsgRandom and Random are unsigned 32-bit values (the pages give [0, 4294967295]). */
  static final long MAX_UINT32 = 4_294_967_295L;

  private GroupBodies() {
  }

  static int utf8Length(String s) {
    return s.getBytes(StandardCharsets.UTF_8).length;
  }

  /** A required, non-empty string field, else 10004. */
  static String requiredString(JsonObject body, String field) {
    String v = Fields.optionalString(body, field, INVALID);
    if (v == null || v.isEmpty()) {
      throw new EmulatorError(INVALID, field + " is required");
    }
    return v;
  }

  /** A required integer field in {@code min..max}, else 10004. */
  static long requiredInteger(JsonObject body, String field, long min, long max) {
    if (!body.containsKey(field)) {
      throw new EmulatorError(INVALID, field + " is required");
    }
    return Fields.optionalInteger(body, field, 0, min, max, INVALID);
  }

  /** An optional integer field in {@code min..max}, {@code dflt} when absent, else 10004. */
  static long optionalInteger(JsonObject body, String field, long dflt, long min, long max) {
    return Fields.optionalInteger(body, field, dflt, min, max, INVALID);
  }

  /**
   * A message body: a non-empty array of {@code {"MsgType": string, "MsgContent": object}} elements, else 10004.
   * The 12 KB limit is checked by the caller ({@code MessageBodyLimit.GROUP}, 80002).
   */
  static JsonArray msgBody(JsonObject body, String field) {
    JsonArray elements = Fields.requiredArray(body, field, INVALID);
    for (Object e : elements) {
      if (!(e instanceof JsonObject element) || !(element.getValue("MsgType") instanceof String type)
          || type.isEmpty() || !(element.getValue("MsgContent") instanceof JsonObject)) {
        throw new EmulatorError(INVALID, field + " elements need a MsgType string and a MsgContent object");
      }
    }
    return elements;
  }

  /** {@code [{"MsgSeq": n}, …]} (a list of plain numbers is accepted too): the sequence numbers, else 10004. */
  static List<Long> msgSeqList(JsonObject body, String field) {
    JsonArray items = Fields.requiredArray(body, field, INVALID);
    List<Long> seqs = new ArrayList<>(items.size());
    for (Object item : items) {
      Object v = item instanceof JsonObject o ? o.getValue("MsgSeq") : item;
      if (!(v instanceof Number n) || n.doubleValue() != Math.rint(n.doubleValue()) || n.longValue() < 0
          || n.longValue() > MAX_UINT32) {
        throw new EmulatorError(INVALID, field + " items need an integer MsgSeq, got " + Fields.label(item));
      }
      seqs.add(n.longValue());
    }
    return seqs;
  }

  /** An optional list of strings (null when absent), else 10004. */
  static List<String> optionalStrings(JsonObject body, String field) {
    if (!body.containsKey(field) || body.getValue(field) == null) {
      return null;
    }
    if (!(body.getValue(field) instanceof JsonArray a)) {
      throw new EmulatorError(INVALID, field + " must be an array of strings");
    }
    List<String> out = new ArrayList<>(a.size());
    for (Object v : a) {
      if (!(v instanceof String s)) {
        throw new EmulatorError(INVALID, field + " must be an array of strings, got " + Fields.label(v));
      }
      out.add(s);
    }
    return out;
  }
}
