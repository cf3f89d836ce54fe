package io.github.vertxtim.bulk.impl;

import io.github.vertxtim.bulk.JournalRecord;
import io.github.vertxtim.registry.RetrySafety;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.util.ArrayList;
import java.util.List;

/** The file journal's lines: one JSON object per record, {@code "t"} naming its kind (docs/resumable-jobs.md). */
final class JournalLines {

  private JournalLines() {
  }

  static Buffer encode(JournalRecord record) {
    JsonObject j;
    if (record instanceof JournalRecord.Header h) {
      j = new JsonObject().put("t", "job").put("v", h.version()).put("endpoint", h.endpoint())
          .put("chunkSize", h.chunkSize()).put("template", h.templateHash()).put("retry", h.retrySafety().name());
    } else if (record instanceof JournalRecord.Sent s) {
      j = new JsonObject().put("t", "sent").put("c", s.chunk()).put("r", longs(s.ranges())).put("h", s.itemsHash());
      if (s.msgRandom() != null) {
        j.put("mr", s.msgRandom());
      }
      j.put("at", s.atMillis());
    } else {
      JournalRecord.Settled s = (JournalRecord.Settled) record;
      j = new JsonObject().put("t", "settled").put("c", s.chunk());
      if (s.ok().length > 0) {
        j.put("ok", longs(s.ok()));
      }
      if (!s.failed().isEmpty()) {
        JsonArray f = new JsonArray();
        for (JournalRecord.Failure x : s.failed()) {
          f.add(new JsonArray().add(x.position()).add(x.errorCode()).add(x.errorInfo()));
        }
        j.put("failed", f);
      }
      if (s.unknown().length > 0) {
        j.put("unknown", longs(s.unknown()));
      }
    }
    return j.toBuffer().appendByte((byte) '\n');
  }

  /** @throws IllegalArgumentException when the line is no journal record */
  static JournalRecord decode(String line) {
    JsonObject j;
    try {
      j = new JsonObject(line);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("not a JSON object");
    }
    String t = j.getString("t", "");
    try {
      return switch (t) {
        case "job" -> new JournalRecord.Header(j.getInteger("v"), j.getString("endpoint"), j.getInteger("chunkSize"),
            j.getString("template"), RetrySafety.valueOf(j.getString("retry")));
        case "sent" -> new JournalRecord.Sent(j.getLong("c"), longs(j.getJsonArray("r")), j.getString("h"),
            j.getLong("mr"), j.getLong("at"));
        case "settled" -> {
          List<JournalRecord.Failure> failed = new ArrayList<>();
          for (Object o : j.getJsonArray("failed", new JsonArray())) {
            JsonArray f = (JsonArray) o;
            failed.add(new JournalRecord.Failure(f.getLong(0), f.getInteger(1), f.getString(2)));
          }
          yield new JournalRecord.Settled(j.getLong("c"), longs(j.getJsonArray("ok")), failed,
              longs(j.getJsonArray("unknown")));
        }
        default -> throw new IllegalArgumentException("unknown record kind '" + t + "'");
      };
    } catch (ClassCastException | NullPointerException e) {
      throw new IllegalArgumentException("a '" + t + "' record with a missing or mistyped field");
    }
  }

  private static JsonArray longs(long[] values) {
    JsonArray a = new JsonArray(new ArrayList<>(values.length));
    for (long v : values) {
      a.add(v);
    }
    return a;
  }

  private static long[] longs(JsonArray a) {
    if (a == null) {
      return new long[0];
    }
    long[] v = new long[a.size()];
    for (int i = 0; i < v.length; i++) {
      v[i] = a.getLong(i);
    }
    return v;
  }
}
