package io.github.vertxtim.emulator.impl.c2c;

import io.github.vertxtim.emulator.impl.shared.Saved;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The extension key-value pairs of one-to-one messages (https://trtc.io/document/51194, https://trtc.io/document/51195), by conversation and MsgKey. Each
 * message has a version, its Seq: every set, delete or clear raises it by one, and the pairs it touched take the
 * new Seq (the callback page shows pairs at Seq 1 after the first set and 2 after a delete). A deleted pair is
 * gone; a clear drops every pair and records its Seq as ClearSeq.
 */
final class MessageExtensions {

  /** One pair as stored. */
  record Pair(String key, String value, long seq) {
    JsonObject toJson() {
      return new JsonObject().put("Key", key).put("Value", value).put("Seq", seq);
    }
  }

  /** One message's pairs; its methods hold the message's monitor, never for I/O. */
  static final class Message {
    private final Map<String, Pair> pairs = new LinkedHashMap<>();
    private long latestSeq;
    private long clearSeq;

    synchronized int size() {
      return pairs.size();
    }

    synchronized boolean has(String key) {
      return pairs.containsKey(key);
    }

    /** Starts one operation: the Seq its pairs take. */
    synchronized long nextSeq() {
      return ++latestSeq;
    }

    synchronized Pair set(String key, String value, long seq) {
      Pair p = new Pair(key, value, seq);
      pairs.put(key, p);
      return p;
    }

    synchronized Pair delete(String key, long seq) {
      pairs.remove(key);
      return new Pair(key, "", seq);
    }

    synchronized void clear(long seq) {
      pairs.clear();
      clearSeq = seq;
    }

    synchronized long latestSeq() {
      return latestSeq;
    }

    synchronized long clearSeq() {
      return clearSeq;
    }

    /** The pairs with Seq of at least {@code startSeq}, in Seq order. */
    synchronized List<Pair> from(long startSeq) {
      List<Pair> out = new ArrayList<>();
      for (Pair p : pairs.values()) {
        if (p.seq() >= startSeq) {
          out.add(p);
        }
      }
      out.sort(Comparator.comparingLong(Pair::seq).thenComparing(Pair::key));
      return out;
    }
  }

  private final ConcurrentHashMap<String, Message> byMessage = new ConcurrentHashMap<>();

  Message of(String conversation, String msgKey) {
    return byMessage.computeIfAbsent(conversation + "#" + msgKey, k -> new Message());
  }

  void clear() {
    byMessage.clear();
  }

  /** conversation#MsgKey → versions and pairs. */
  JsonObject save() {
    JsonObject out = new JsonObject();
    byMessage.forEach((key, m) -> {
      synchronized (m) {
        JsonArray pairs = new JsonArray();
        m.pairs.values().forEach(p -> pairs.add(p.toJson()));
        out.put(key, new JsonObject().put("latestSeq", m.latestSeq).put("clearSeq", m.clearSeq).put("pairs", pairs));
      }
    });
    return out;
  }

  void load(JsonObject saved) {
    for (String key : saved.fieldNames()) {
      JsonObject o = Saved.object(saved, key);
      Message m = new Message();
      m.latestSeq = Saved.number(o, "latestSeq");
      m.clearSeq = Saved.number(o, "clearSeq");
      for (JsonObject p : Saved.objects(o, "pairs")) {
        String k = Saved.string(p, "Key");
        m.pairs.put(k, new Pair(k, Saved.string(p, "Value"), Saved.number(p, "Seq")));
      }
      byMessage.put(key, m);
    }
  }
}
