package io.github.vertxtim.emulator.impl.shared;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * Messages by conversation key (the family chooses the key: a pair of accounts, a group ID, …), each conversation
 * in arrival order. Thread-safe for handlers on several event loops: reads take no lock; an append or a recall
 * holds its conversation's monitor for a few map operations, never for I/O, so nothing waits long.
 *
 * <p>Paging never duplicates or skips: a page reads only positions up to the conversation's published high mark,
 * and every position below it is already stored, so a message appended during a walk lands after the cursor of a
 * forward walk and after the start of a backward one.
 */
public final class MessageStore implements StateSection {

  /** What {@link #recall} found. */
  public enum Recall { RECALLED, ALREADY_RECALLED, NOT_FOUND }

  /**
   * One page. {@code next} is the cursor to pass for the following page (the position of the last message given,
   * or the cursor passed in when the page is empty); {@code complete} is true when no further message matched at
   * the time of the read.
   */
  public record Page(List<StoredMessage> messages, long next, boolean complete) {
  }

  /** The cursor that starts a forward walk (oldest first). */
  public static final long OLDEST = 0;
  /** The cursor that starts a backward walk (newest first). */
  public static final long NEWEST = Long.MAX_VALUE;

  private final EmulatorClock clock;
  private final ConcurrentHashMap<String, Conversation> conversations = new ConcurrentHashMap<>();

  public MessageStore(EmulatorClock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Appends a message. A null {@code msgSeq} takes the next position (group MsgSeq: strictly increasing from 1);
   * a null {@code msgTime} takes the clock's seconds. MsgKey is {@code msgSeq_msgRandom_msgTime}, the shape of the
   * documented samples; a message whose key is already stored is not appended again and the stored one returned
   * (an import with the same MsgSeq, MsgRandom and time is the same message).
   */
  public StoredMessage append(String conversation, Long msgSeq, Long msgTime, long msgRandom, JsonObject fields) {
    Objects.requireNonNull(conversation, "conversation");
    JsonObject copy = fields == null ? new JsonObject() : fields.copy();
    long time = msgTime != null ? msgTime : clock.seconds();
    return conversations.computeIfAbsent(conversation, c -> new Conversation()).append(msgSeq, time, msgRandom, copy);
  }

  /** The message with this MsgKey, or null. */
  public StoredMessage find(String conversation, String msgKey) {
    Conversation c = conversations.get(conversation);
    return c == null ? null : c.find(msgKey);
  }

  /** Marks the message recalled (it stays in place, so cursors keep their meaning). */
  public Recall recall(String conversation, String msgKey) {
    Conversation c = conversations.get(conversation);
    return c == null ? Recall.NOT_FOUND : c.recall(msgKey);
  }

  /**
   * Up to {@code limit} messages after {@code cursor} ({@link #OLDEST} to start), oldest first, with MsgTime in
   * {@code minTime..maxTime}.
   */
  public Page pageForward(String conversation, long cursor, int limit, long minTime, long maxTime) {
    Conversation c = conversations.get(conversation);
    if (c == null) {
      return new Page(List.of(), cursor, true);
    }
    return page(c.published(cursor, false), cursor, limit, minTime, maxTime);
  }

  /**
   * Up to {@code limit} messages before {@code cursor} ({@link #NEWEST} to start), newest first, with MsgTime in
   * {@code minTime..maxTime}.
   */
  public Page pageBackward(String conversation, long cursor, int limit, long minTime, long maxTime) {
    Conversation c = conversations.get(conversation);
    if (c == null) {
      return new Page(List.of(), cursor, true);
    }
    return page(c.published(cursor, true), cursor, limit, minTime, maxTime);
  }

  private static Page page(NavigableMap<Long, StoredMessage> range, long cursor, int limit, long minTime,
                           long maxTime) {
    if (limit <= 0) {
      throw new IllegalArgumentException("limit must be positive");
    }
    List<StoredMessage> page = new ArrayList<>(Math.min(limit, 256));
    long next = cursor;
    for (StoredMessage m : range.values()) {
      if (m.msgTime() < minTime || m.msgTime() > maxTime) {
        continue;
      }
      if (page.size() == limit) {
        return new Page(page, next, false);
      }
      page.add(m);
      next = m.position();
    }
    return new Page(page, next, true);
  }

  /**
   * Removes every message of the conversation (its roaming messages, as recentcontact/delete with ClearRamble
   * clears them) and returns how many there were. A later append starts again at position 1.
   */
  public int clearConversation(String conversation) {
    Conversation c = conversations.remove(conversation);
    return c == null ? 0 : c.byPosition.size();
  }

  // by position (group conversations, where the position is the MsgSeq)

  /** The message at {@code position} (1, 2, …) of the conversation, or null. */
  public StoredMessage at(String conversation, long position) {
    Conversation c = conversations.get(conversation);
    return c == null ? null : c.byPosition.get(position);
  }

  /**
   * Replaces the family fields of the message at {@code position} with {@code change} applied to a copy of them
   * (modify, delete as a placeholder); its place, MsgSeq, MsgKey and recall mark stay. Returns the updated message,
   * or null when there is none.
   */
  public StoredMessage updateFields(String conversation, long position, UnaryOperator<JsonObject> change) {
    Conversation c = conversations.get(conversation);
    return c == null ? null : c.updateFields(position, change);
  }

  /**
   * Replaces the family fields of a stored message (a modification, a read receipt): {@code change} gets a copy of
   * the current fields and returns the new ones. The message keeps its place, MsgKey and recalled flag.
   *
   * @return the message as now stored, or null when the conversation has no message with this MsgKey
   */
  public StoredMessage update(String conversation, String msgKey, UnaryOperator<JsonObject> change) {
    Conversation c = conversations.get(conversation);
    return c == null ? null : c.update(msgKey, change);
  }

  /**
   * Up to {@code limit} messages in history order — MsgTime, then MsgSeq, then arrival — newest first, starting
   * strictly before the message {@code beforeMsgKey} (null: at the newest), with MsgTime in {@code minTime..maxTime}
   * and accepted by {@code filter} (e.g. what one side of a conversation sees). {@link Page#next} is the position
   * of the last message given. One-to-one history is ordered by time, not arrival (an import of old messages lands
   * among them), so a walk by this order never skips a message the way a time bound over arrival order could.
   *
   * @throws IllegalArgumentException when {@code beforeMsgKey} is not a message of the conversation
   */
  public Page pageByTimeNewestFirst(String conversation, String beforeMsgKey, int limit, long minTime, long maxTime,
                                    Predicate<StoredMessage> filter) {
    if (limit <= 0) {
      throw new IllegalArgumentException("limit must be positive");
    }
    Conversation c = conversations.get(conversation);
    if (c == null) {
      if (beforeMsgKey != null) {
        throw new IllegalArgumentException("no message " + beforeMsgKey);
      }
      return new Page(List.of(), NEWEST, true);
    }
    return c.pageByTime(beforeMsgKey, limit, minTime, maxTime, filter);
  }

  /** How many messages the conversation holds. */
  public int size(String conversation) {
    Conversation c = conversations.get(conversation);
    return c == null ? 0 : c.byPosition.size();
  }

  @Override
  public void clear() {
    conversations.clear();
  }

  @Override
  public String sectionName() {
    return "messages";
  }

  /** Every conversation's messages in arrival order; the by-time and by-key indexes are rebuilt on load. */
  @Override
  public JsonObject save() {
    JsonObject out = new JsonObject();
    conversations.forEach((key, c) -> {
      JsonArray list = new JsonArray();
      c.byPosition.values().forEach(m -> list.add(toJson(m)));
      out.put(key, list);
    });
    return new JsonObject().put("conversations", out);
  }

  @Override
  public void load(JsonObject saved) {
    JsonObject all = Saved.object(saved, "conversations");
    for (String key : all.fieldNames()) {
      Conversation c = new Conversation();
      for (JsonObject m : Saved.objects(all, key)) {
        c.restore(fromJson(m));
      }
      conversations.put(key, c);
    }
  }

  /** A stored message as saved (its fields are never changed once stored, so they are shared, not copied). */
  public static JsonObject toJson(StoredMessage m) {
    return new JsonObject().put("position", m.position()).put("msgSeq", m.msgSeq()).put("msgTime", m.msgTime())
        .put("msgRandom", m.msgRandom()).put("msgKey", m.msgKey()).put("recalled", m.recalled())
        .put("fields", m.fields());
  }

  public static StoredMessage fromJson(JsonObject m) {
    return new StoredMessage(Saved.number(m, "position"), Saved.number(m, "msgSeq"), Saved.number(m, "msgTime"),
        Saved.number(m, "msgRandom"), Saved.string(m, "msgKey"), Saved.bool(m, "recalled"),
        Saved.object(m, "fields").copy());
  }

  /** History order: MsgTime, then MsgSeq, then arrival. */
  private record TimeOrder(long msgTime, long msgSeq, long position) implements Comparable<TimeOrder> {
    static TimeOrder of(StoredMessage m) {
      return new TimeOrder(m.msgTime(), m.msgSeq(), m.position());
    }

    @Override
    public int compareTo(TimeOrder o) {
      int c = Long.compare(msgTime, o.msgTime);
      if (c == 0) {
        c = Long.compare(msgSeq, o.msgSeq);
      }
      return c != 0 ? c : Long.compare(position, o.position);
    }
  }

  private static final class Conversation {
    private final ConcurrentSkipListMap<Long, StoredMessage> byPosition = new ConcurrentSkipListMap<>();
    /** The positions in history order; an entry above {@link #published} is not yet readable and is skipped. */
    private final ConcurrentSkipListMap<TimeOrder, Long> byTime = new ConcurrentSkipListMap<>();
    private final ConcurrentHashMap<String, Long> positionByKey = new ConcurrentHashMap<>();
    /** The highest position stored; written after the store, so everything at or below it is readable. */
    private volatile long published;

    synchronized StoredMessage append(Long msgSeq, long msgTime, long msgRandom, JsonObject fields) {
      long position = published + 1;
      long seq = msgSeq != null ? msgSeq : position;
      String key = seq + "_" + msgRandom + "_" + msgTime;
      Long existing = positionByKey.get(key);
      if (existing != null) {
        return byPosition.get(existing);
      }
      StoredMessage m = new StoredMessage(position, seq, msgTime, msgRandom, key, false, fields);
      byPosition.put(position, m);
      positionByKey.put(key, position);
      byTime.put(TimeOrder.of(m), position);
      published = position;
      return m;
    }

    /** Puts back a saved message (positions ascending, as saved). */
    synchronized void restore(StoredMessage m) {
      if (m.position() <= published || positionByKey.containsKey(m.msgKey())) {
        throw new IllegalArgumentException("message " + m.msgKey() + " at position " + m.position()
            + " is out of order or repeated");
      }
      byPosition.put(m.position(), m);
      positionByKey.put(m.msgKey(), m.position());
      byTime.put(TimeOrder.of(m), m.position());
      published = m.position();
    }

    StoredMessage find(String msgKey) {
      Long position = positionByKey.get(msgKey);
      return position == null ? null : byPosition.get(position);
    }

    synchronized Recall recall(String msgKey) {
      StoredMessage m = find(msgKey);
      if (m == null) {
        return Recall.NOT_FOUND;
      }
      if (m.recalled()) {
        return Recall.ALREADY_RECALLED;
      }
      byPosition.put(m.position(), m.recall());
      return Recall.RECALLED;
    }

    synchronized StoredMessage updateFields(long position, UnaryOperator<JsonObject> change) {
      StoredMessage m = byPosition.get(position);
      if (m == null) {
        return null;
      }
      JsonObject fields = change.apply(m.fields().copy());
      StoredMessage updated = new StoredMessage(m.position(), m.msgSeq(), m.msgTime(), m.msgRandom(), m.msgKey(),
          m.recalled(), fields == null ? new JsonObject() : fields);
      byPosition.put(position, updated);
      return updated;
    }

    synchronized StoredMessage update(String msgKey, UnaryOperator<JsonObject> change) {
      StoredMessage m = find(msgKey);
      return m == null ? null : updateFields(m.position(), change);
    }

    Page pageByTime(String beforeMsgKey, int limit, long minTime, long maxTime, Predicate<StoredMessage> filter) {
      long high = published;
      TimeOrder start = new TimeOrder(maxTime, Long.MAX_VALUE, Long.MAX_VALUE);
      NavigableMap<TimeOrder, Long> range = byTime.headMap(start, true);
      if (beforeMsgKey != null) {
        StoredMessage before = find(beforeMsgKey);
        if (before == null) {
          throw new IllegalArgumentException("no message " + beforeMsgKey);
        }
        TimeOrder at = TimeOrder.of(before);
        if (at.compareTo(start) < 0) {
          range = byTime.headMap(at, false);
        }
      }
      List<StoredMessage> page = new ArrayList<>(Math.min(limit, 256));
      long next = NEWEST;
      for (Map.Entry<TimeOrder, Long> e : range.descendingMap().entrySet()) {
        if (e.getKey().msgTime() < minTime) {
          break;
        }
        if (e.getValue() > high) {
          continue;
        }
        StoredMessage m = byPosition.get(e.getValue());
        if (m == null || !filter.test(m)) {
          continue;
        }
        if (page.size() == limit) {
          return new Page(page, next, false);
        }
        page.add(m);
        next = m.position();
      }
      return new Page(page, next, true);
    }

    /** The published positions strictly after (or, backward, strictly before) {@code cursor}, in walk order. */
    NavigableMap<Long, StoredMessage> published(long cursor, boolean backward) {
      long high = published;
      if (backward) {
        long from = Math.min(cursor - 1, high);
        return from < 1 ? new ConcurrentSkipListMap<>() : byPosition.subMap(1L, true, from, true).descendingMap();
      }
      return cursor >= high ? new ConcurrentSkipListMap<>() : byPosition.subMap(cursor, false, high, true);
    }
  }
}
