package io.github.vertxtim.eventbus.impl;

import io.github.vertxtim.bulk.BulkProgress;
import io.github.vertxtim.bulk.BulkSummary;
import io.vertx.core.json.JsonObject;

import java.util.HashMap;
import java.util.Map;

/** JSON forms of the bulk records as they travel between verticle and requester. */
final class Wire {

  private Wire() {
  }

  static JsonObject progress(BulkProgress p) {
    return new JsonObject().put("total", p.total()).put("done", p.done()).put("ok", p.ok()).put("failed", p.failed())
        .put("cancelled", p.cancelled()).put("inFlight", p.inFlight()).put("itemsPerSecond", p.itemsPerSecond())
        .put("etaMillis", p.etaMillis()).put("elapsedMillis", p.elapsedMillis());
  }

  static BulkProgress progress(JsonObject j, long extraFailed) {
    return new BulkProgress(j.getLong("total", -1L), j.getLong("done", 0L) + extraFailed, j.getLong("ok", 0L),
        j.getLong("failed", 0L) + extraFailed, j.getLong("cancelled", 0L), j.getLong("inFlight", 0L),
        j.getDouble("itemsPerSecond", 0d), j.getLong("etaMillis", -1L), j.getLong("elapsedMillis", 0L));
  }

  static JsonObject summary(BulkSummary s) {
    JsonObject codes = new JsonObject();
    s.failuresByCode().forEach((code, n) -> codes.put(String.valueOf(code), n));
    JsonObject j = new JsonObject().put("items", s.items()).put("ok", s.ok()).put("failed", s.failed())
        .put("cancelled", s.cancelled()).put("calls", s.calls()).put("retriedItems", s.retriedItems())
        .put("elapsedMillis", s.elapsedMillis()).put("failuresByCode", codes);
    if (s.sourceError() != null) {
      j.put("sourceError", String.valueOf(s.sourceError().getMessage()));
    }
    return j;
  }

  /**
   * The summary the requester reports: the verticle's, plus the items the requester refused itself
   * ({@code localFailures}, by code), with the requester's own source failure.
   */
  static BulkSummary summary(JsonObject j, Map<Integer, Long> localFailures, Throwable sourceError) {
    Map<Integer, Long> codes = new HashMap<>();
    j.getJsonObject("failuresByCode", new JsonObject())
        .forEach(e -> codes.put(Integer.parseInt(e.getKey()), ((Number) e.getValue()).longValue()));
    long local = 0;
    for (Map.Entry<Integer, Long> e : localFailures.entrySet()) {
      codes.merge(e.getKey(), e.getValue(), Long::sum);
      local += e.getValue();
    }
    Throwable error = sourceError;
    if (error == null && j.getString("sourceError") != null) {
      error = new IllegalStateException(j.getString("sourceError"));
    }
    return new BulkSummary(j.getLong("items", 0L) + local, j.getLong("ok", 0L), j.getLong("failed", 0L) + local,
        j.getLong("cancelled", 0L), j.getLong("calls", 0L), j.getLong("retriedItems", 0L),
        j.getLong("elapsedMillis", 0L), codes, error);
  }
}
