package io.github.vertxtim.emulator.impl.c2c;

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
}
