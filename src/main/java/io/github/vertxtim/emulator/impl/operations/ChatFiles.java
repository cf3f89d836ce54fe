package io.github.vertxtim.emulator.impl.operations;

import io.github.vertxtim.emulator.impl.shared.Saved;
import io.github.vertxtim.emulator.impl.shared.MessageHooks;
import io.github.vertxtim.emulator.impl.shared.StoredMessage;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The chat files (COS objects) the emulator knows and which of them are banned (im_cos_msg, https://cloud.tencent.com/document/product/269/74775..74777). A file
 * is known when a stored message's body names it (image, sound, file and video URLs) or a test adds it.
 */
final class ChatFiles implements MessageHooks.Listener {

  /** Fields of the rich-media elements' MsgContent that hold a file URL (https://trtc.io/document/34926). */
  private static final Set<String> URL_FIELDS = Set.of("URL", "Url", "VideoUrl", "ThumbUrl");

  private final Set<String> known = ConcurrentHashMap.newKeySet();
  private final Set<String> banned = ConcurrentHashMap.newKeySet();

  @Override
  public void accepted(MessageHooks.Outgoing message, StoredMessage stored, boolean imported) {
    collect(message.msgBody());
  }

  private void collect(Object value) {
    if (value instanceof JsonArray a) {
      a.forEach(this::collect);
    } else if (value instanceof JsonObject o) {
      for (String field : o.fieldNames()) {
        Object v = o.getValue(field);
        if (URL_FIELDS.contains(field) && v instanceof String s && !s.isEmpty()) {
          known.add(s);
        } else {
          collect(v);
        }
      }
    }
  }

  void add(String url) {
    known.add(url);
  }

  boolean exists(String url) {
    return known.contains(url);
  }

  void ban(String url) {
    banned.add(url);
  }

  void unban(String url) {
    banned.remove(url);
  }

  boolean banned(String url) {
    return banned.contains(url);
  }

  JsonObject save() {
    return new JsonObject().put("known", new JsonArray(List.copyOf(known))).put("banned",
        new JsonArray(List.copyOf(banned)));
  }

  void load(JsonObject saved) {
    known.addAll(Saved.strings(saved, "known"));
    banned.addAll(Saved.strings(saved, "banned"));
  }

  void clear() {
    known.clear();
    banned.clear();
  }
}
