package io.github.vertxtim.emulator.impl.conversation;

import io.github.vertxtim.emulator.impl.shared.Saved;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One user's conversation list (recent contacts): which peers and groups, the time of the last message and the
 * pinned flag. Guarded by its own monitor; every method is a few map operations.
 */
final class RecentContacts {

  /** AssistFlags bits of get_list (https://www.tencentcloud.com/document/product/1047/43087). */
  static final int WITH_PINNED = 1;
  static final int WITH_EMPTY = 2;
  static final int PAGED_PINNED = 4;

  /** One conversation; {@code empty} when it has no message yet (pinned or seeded before any message). */
  record Conversation(int type, String peer, long msgTime, boolean pinned, boolean empty) {
    String key() {
      return ConversationState.key(type, peer);
    }
  }

  /** Newest first; ties by key so that the order (and so every cursor) is total. */
  static final Comparator<Conversation> ORDER = Comparator.comparingLong(Conversation::msgTime).reversed()
      .thenComparing(Conversation::key);

  /** A cursor of get_list: after the {@code index} first conversations whose MsgTime is {@code time}. */
  record Cursor(long time, int index) {
    static final Cursor START = new Cursor(0, 0);
  }

  /** A page and the cursors that continue it. */
  record Page(List<Conversation> conversations, Cursor next, Cursor nextTop, boolean complete) {
  }

  private final Map<String, Conversation> byKey = new HashMap<>();

  /** A message at {@code msgTime} (seconds): the conversation exists, and its time moves forward only. */
  synchronized void touch(int type, String peer, long msgTime) {
    String key = ConversationState.key(type, peer);
    Conversation c = byKey.get(key);
    if (c == null) {
      byKey.put(key, new Conversation(type, peer, msgTime, false, false));
    } else {
      byKey.put(key, new Conversation(type, peer, Math.max(c.msgTime(), msgTime), c.pinned(), false));
    }
  }

  /** Pins or unpins; a pinned conversation without messages exists, empty. False when over {@code maxPinned}. */
  synchronized boolean pin(int type, String peer, boolean pinned, long now, int maxPinned) {
    String key = ConversationState.key(type, peer);
    Conversation c = byKey.get(key);
    if (pinned && (c == null || !c.pinned()) && pinnedCount() >= maxPinned) {
      return false;
    }
    if (c == null) {
      if (pinned) {
        byKey.put(key, new Conversation(type, peer, now, true, true));
      }
      return true;
    }
    byKey.put(key, new Conversation(type, peer, c.msgTime(), pinned, c.empty()));
    return true;
  }

  synchronized JsonArray save() {
    JsonArray out = new JsonArray();
    byKey.values().forEach(c -> out.add(new JsonObject().put("type", c.type()).put("peer", c.peer())
        .put("msgTime", c.msgTime()).put("pinned", c.pinned()).put("empty", c.empty())));
    return out;
  }

  synchronized void load(JsonArray saved) {
    for (Object item : saved) {
      if (!(item instanceof JsonObject o)) {
        throw new IllegalArgumentException("a conversation must be an object, found " + item);
      }
      Conversation c = new Conversation((int) Saved.number(o, "type"), Saved.string(o, "peer"),
          Saved.number(o, "msgTime"), Saved.bool(o, "pinned"), Saved.bool(o, "empty"));
      byKey.put(c.key(), c);
    }
  }

  synchronized boolean delete(int type, String peer) {
    return byKey.remove(ConversationState.key(type, peer)) != null;
  }

  synchronized List<Conversation> all() {
    List<Conversation> list = new ArrayList<>(byKey.values());
    list.sort(ORDER);
    return list;
  }

  private int pinnedCount() {
    int n = 0;
    for (Conversation c : byKey.values()) {
      if (c.pinned()) {
        n++;
      }
    }
    return n;
  }

  /**
   * One page of at most {@code size} ordinary conversations, after the pinned ones: with {@link #WITH_PINNED},
   * pinned conversations come first with TopFlag 1 (all of them on the first page, or paged by {@code top} with
   * {@link #PAGED_PINNED}); without it they are ordinary conversations. Empty conversations only with
   * {@link #WITH_EMPTY}.
   */
  synchronized Page page(Cursor normal, Cursor top, int flags, int size) {
    boolean pinFirst = (flags & WITH_PINNED) != 0;
    boolean pagedPins = pinFirst && (flags & PAGED_PINNED) != 0;
    List<Conversation> pinnedList = new ArrayList<>();
    List<Conversation> normalList = new ArrayList<>();
    for (Conversation c : all()) {
      if (c.empty() && (flags & WITH_EMPTY) == 0) {
        continue;
      }
      (pinFirst && c.pinned() ? pinnedList : normalList).add(c);
    }
    List<Conversation> out = new ArrayList<>();
    Cursor nextTop = top;
    boolean pinsDone = true;
    if (pagedPins) {
      Slice s = slice(pinnedList, top, size);
      out.addAll(s.items);
      nextTop = s.next;
      pinsDone = s.complete;
    } else if (pinFirst && normal.equals(Cursor.START)) {
      out.addAll(pinnedList);  // at most the pinned limit (50), all on the first page
    }
    if (!pinsDone) {
      return new Page(out, normal, nextTop, false);
    }
    Slice s = slice(normalList, normal, size - (pagedPins ? out.size() : 0));
    out.addAll(s.items);
    return new Page(out, s.next, nextTop, s.complete);
  }

  private record Slice(List<Conversation> items, Cursor next, boolean complete) {
  }

  /** Up to {@code size} conversations of {@code ordered} after {@code from}. */
  private static Slice slice(List<Conversation> ordered, Cursor from, int size) {
    List<Conversation> items = new ArrayList<>();
    Cursor next = from;
    int sameTime = 0;
    long lastTime = -1;
    for (Conversation c : ordered) {
      sameTime = c.msgTime() == lastTime ? sameTime + 1 : 1;
      lastTime = c.msgTime();
      boolean before = !from.equals(Cursor.START)
          && (c.msgTime() > from.time() || (c.msgTime() == from.time() && sameTime <= from.index()));
      if (before) {
        continue;
      }
      if (items.size() >= size) {
        return new Slice(items, next, false);
      }
      items.add(c);
      next = new Cursor(c.msgTime(), sameTime);
    }
    return new Slice(items, next, true);
  }
}
