package io.github.vertxtim.emulator.impl.group;

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
 * Message extensions (key-values) of group messages. Each message has its own version counter: every set or
 * delete gives the key the next Seq, a clear sets ClearSeq to the next Seq and drops every key; LatestSeq is the
 * largest Seq given out. Thread-safe: each message's extensions under their own monitor.
 */
final class GroupMsgExtensions {

  /** A key's value and version; a deleted key is kept with a null value so that pulls by Seq see the delete. */
  record Kv(String key, String value, long seq) {
  }

  /** One message's extensions. */
  static final class Extensions {
    private final Map<String, Kv> byKey = new LinkedHashMap<>();
    private long latestSeq;
    private long clearSeq;

    synchronized Kv set(String key, String value) {
      Kv kv = new Kv(key, value, ++latestSeq);
      byKey.put(key, kv);
      return kv;
    }

    /** Deletes a key; null when it was not there. */
    synchronized Kv delete(String key) {
      Kv old = byKey.get(key);
      if (old == null || old.value() == null) {
        return null;
      }
      Kv kv = new Kv(key, null, ++latestSeq);
      byKey.put(key, kv);
      return kv;
    }

    synchronized long clear() {
      byKey.clear();
      clearSeq = ++latestSeq;
      return clearSeq;
    }

    /** Keys with a value, count of live keys. */
    synchronized int size() {
      return (int) byKey.values().stream().filter(kv -> kv.value() != null).count();
    }

    synchronized boolean has(String key) {
      Kv kv = byKey.get(key);
      return kv != null && kv.value() != null;
    }

    /** Keys (with a value) whose Seq is at least {@code startSeq}, by Seq. */
    synchronized List<Kv> since(long startSeq) {
      List<Kv> out = new ArrayList<>();
      for (Kv kv : byKey.values()) {
        if (kv.seq() >= startSeq && kv.value() != null) {
          out.add(kv);
        }
      }
      out.sort(Comparator.comparingLong(Kv::seq));
      return out;
    }

    synchronized long latestSeq() {
      return latestSeq;
    }

    synchronized long clearSeq() {
      return clearSeq;
    }

    synchronized JsonObject toJson() {
      JsonArray kvs = new JsonArray();
      byKey.values().forEach(kv -> kvs.add(new JsonObject().put("key", kv.key()).put("value", kv.value())
          .put("seq", kv.seq())));
      return new JsonObject().put("latestSeq", latestSeq).put("clearSeq", clearSeq).put("keys", kvs);
    }

    static Extensions fromJson(JsonObject o) {
      Extensions e = new Extensions();
      e.latestSeq = Saved.number(o, "latestSeq");
      e.clearSeq = Saved.number(o, "clearSeq");
      for (JsonObject kv : Saved.objects(o, "keys")) {
        String key = Saved.string(kv, "key");
        e.byKey.put(key, new Kv(key, Saved.nullableString(kv, "value"), Saved.number(kv, "seq")));
      }
      return e;
    }
  }

  private final ConcurrentHashMap<String, ConcurrentHashMap<Long, Extensions>> byConversation =
      new ConcurrentHashMap<>();

  /** The message's extensions, created empty when it has none yet. */
  Extensions of(String conversation, long msgSeq) {
    return byConversation.computeIfAbsent(conversation, c -> new ConcurrentHashMap<>())
        .computeIfAbsent(msgSeq, s -> new Extensions());
  }

  /** The message's extensions, or null when none was ever set. */
  Extensions find(String conversation, long msgSeq) {
    ConcurrentHashMap<Long, Extensions> m = byConversation.get(conversation);
    return m == null ? null : m.get(msgSeq);
  }

  void forget(String conversation) {
    byConversation.remove(conversation);
  }

  void clear() {
    byConversation.clear();
  }

  /** Conversation → MsgSeq → versions and keys (deleted keys kept with a null value). */
  JsonObject save() {
    JsonObject out = new JsonObject();
    byConversation.forEach((conversation, bySeq) -> {
      JsonObject m = new JsonObject();
      bySeq.forEach((seq, e) -> m.put(Long.toString(seq), e.toJson()));
      out.put(conversation, m);
    });
    return out;
  }

  void load(JsonObject saved) {
    for (String conversation : saved.fieldNames()) {
      JsonObject m = Saved.object(saved, conversation);
      ConcurrentHashMap<Long, Extensions> bySeq = new ConcurrentHashMap<>();
      for (String seq : m.fieldNames()) {
        bySeq.put(Long.parseLong(seq), Extensions.fromJson(Saved.object(m, seq)));
      }
      byConversation.put(conversation, bySeq);
    }
  }
}
