package io.github.vertxtim.callback.impl;

import io.github.vertxtim.registry.CallbackCommand;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonObject;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The after-events seen recently, to drop Tencent's repeats: bounded by a number of entries (the oldest forgotten
 * first) and by a duration. An entry is a 128-bit digest of the command and its key fields (about 100 bytes with
 * the map's overhead), so a large body costs no more than a small one.
 */
final class DedupeWindow {

  private final long windowNanos;
  private final int maxEntries;
  /** Insertion order = expiry order, since every entry lives the same window. */
  private final LinkedHashMap<String, Long> expiries = new LinkedHashMap<>();

  DedupeWindow(long windowNanos, int maxEntries) {
    this.windowNanos = windowNanos;
    this.maxEntries = maxEntries;
  }

  /** The key of one event: its command and the row's dedupe fields, or its whole body when the row names none. */
  static String key(CallbackCommand command, JsonObject event) {
    StringBuilder text = new StringBuilder(command.command());
    if (command.dedupeKey().isEmpty()) {
      text.append('\0').append(event.encode());
    } else {
      for (String field : command.dedupeKey()) {
        text.append('\0').append(Json.encode(event.getValue(field)));
      }
    }
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(digest, 16));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Whether {@code key} is new inside the window; it is remembered from now on. */
  synchronized boolean firstSeen(String key, long nowNanos) {
    expire(nowNanos);
    Long expiry = expiries.get(key);
    if (expiry != null) {
      return false;
    }
    expiries.put(key, nowNanos + windowNanos);
    if (expiries.size() > maxEntries) {
      Iterator<String> oldest = expiries.keySet().iterator();
      oldest.next();
      oldest.remove();
    }
    return true;
  }

  /** Forgets {@code key}, so that Tencent's retry of an event whose handler failed is handled again. */
  synchronized void forget(String key) {
    expiries.remove(key);
  }

  synchronized int size() {
    return expiries.size();
  }

  private void expire(long nowNanos) {
    Iterator<Map.Entry<String, Long>> it = expiries.entrySet().iterator();
    while (it.hasNext() && it.next().getValue() - nowNanos <= 0) {
      it.remove();
    }
  }
}
