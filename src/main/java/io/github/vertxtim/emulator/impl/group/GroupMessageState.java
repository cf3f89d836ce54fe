package io.github.vertxtim.emulator.impl.group;

import io.github.vertxtim.emulator.impl.shared.EmulatorClock;
import io.github.vertxtim.emulator.impl.shared.ConversationKeys;
import io.github.vertxtim.emulator.impl.shared.MessageStore;
import io.github.vertxtim.emulator.impl.shared.MsgRandomFilter;
import io.github.vertxtim.emulator.impl.shared.Saved;
import io.github.vertxtim.emulator.impl.shared.StateSection;
import io.github.vertxtim.emulator.impl.shared.StoredMessage;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Function;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Group messages on the emulator's one {@link MessageStore}: one conversation per group (or per community topic),
 * keyed {@code group:<GroupId>}, whose positions are the MsgSeq (strictly increasing from 1). Beside the store:
 * the Random de-duplication of sends, the MsgSeq counters of AVChatRooms (which keep no history), the clear marks of
 * clear_group_msg, system notifications and broadcasts (kept for inspection, bounded), read receipts and message
 * extensions. Follows group lifecycle: a dismissed group's messages and marks go with it. Thread-safe, never blocks.
 */
public final class GroupMessageState implements GroupListener, StateSection {

  /** send_group_msg: "If the random numbers of two messages are the same within five minutes, they are … the same". */
  static final long RANDOM_WINDOW_MILLIS = 5 * 60 * 1000L;
  /** Sends remembered for de-duplication at most (pruned of expired ones when full). */
  private static final int MAX_REMEMBERED_SENDS = 100_000;
  /** System notifications and broadcasts kept per group for inspection. */
  static final int MAX_KEPT_NOTICES = 100;

  /** What a de-duplicated send answers again. */
  record Sent(long msgSeq, long msgTime, long atMillis) {
  }

  private final MessageStore store;
  private final EmulatorClock clock;
  private final MsgRandomFilter randomFilter;
  private final ConcurrentHashMap<String, Sent> sentByRandom = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, AtomicLong> liveSeqs = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, Long> clearedUpTo = new ConcurrentHashMap<>();
  /** group|From_Account|SendTime|Random → MsgSeq of an imported message, to answer a re-import as a duplicate. */
  private final ConcurrentHashMap<String, Long> imported = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, Deque<JsonObject>> notices = new ConcurrentHashMap<>();
  private final AtomicLong broadcastSeq = new AtomicLong();
  private final GroupReceipts receipts = new GroupReceipts();
  private final GroupMsgExtensions extensions = new GroupMsgExtensions();

  public GroupMessageState(MessageStore store, EmulatorClock clock) {
    this.store = store;
    this.clock = clock;
    this.randomFilter = new MsgRandomFilter(clock, RANDOM_WINDOW_MILLIS, MAX_REMEMBERED_SENDS);
  }

  /** The MessageStore conversation of a group, or of one topic of a community. */
  static String conversation(String groupId, String topicId) {
    return ConversationKeys.group(topicId != null ? topicId : groupId);
  }

  MessageStore store() {
    return store;
  }

  EmulatorClock clock() {
    return clock;
  }

  GroupReceipts receipts() {
    return receipts;
  }

  /** A group message's read state: its readers in reading order and how many members have not read it. */
  public record ReceiptFacts(List<String> readers, int unread) {
  }

  /** The read state of message {@code msgSeq} of {@code g} (not of a topic), or null when it has no receipt. */
  public ReceiptFacts receiptFacts(Group g, long msgSeq) {
    GroupReceipts.Receipt r = receipts.receipt(conversation(g.groupId(), null), msgSeq);
    return r == null ? null : new ReceiptFacts(r.readers(), r.unread(g).size());
  }

  GroupMsgExtensions extensions() {
    return extensions;
  }

  // sending

  /**
   * The earlier send with the same sender, conversation and Random within five minutes, or null when this send is
   * new (it is then recorded; {@link #rememberSend} stores what it answered).
   */
  Sent repeatedSend(String conversation, String sender, long random) {
    String key = conversation + '\u0000' + sender + '\u0000' + random;
    if (randomFilter.firstSighting(sender, conversation, random)) {
      sentByRandom.remove(key);
      return null;
    }
    return sentByRandom.get(key);
  }

  void rememberSend(String conversation, String sender, long random, long msgSeq, long msgTime) {
    long now = clock.millis();
    if (sentByRandom.size() >= MAX_REMEMBERED_SENDS) {
      sentByRandom.values().removeIf(s -> now - s.atMillis() >= RANDOM_WINDOW_MILLIS);
      if (sentByRandom.size() >= MAX_REMEMBERED_SENDS) {
        return;
      }
    }
    sentByRandom.put(conversation + '\u0000' + sender + '\u0000' + random, new Sent(msgSeq, msgTime, now));
  }

  /** The next MsgSeq of a group that keeps no history (AVChatRoom): counted, never stored. */
  long nextLiveSeq(String conversation) {
    return liveSeqs.computeIfAbsent(conversation, c -> new AtomicLong()).incrementAndGet();
  }

  /** The newest MsgSeq of the conversation (0 when it has none). */
  long latestSeq(String conversation) {
    return store.size(conversation);
  }

  /** The stored message with this MsgSeq, or null. */
  StoredMessage message(String conversation, long msgSeq) {
    return msgSeq < 1 ? null : store.at(conversation, msgSeq);
  }

  // import

  Long importedSeq(String conversation, String from, long sendTime, long random) {
    return imported.get(conversation + '\u0000' + from + '\u0000' + sendTime + '\u0000' + random);
  }

  void rememberImport(String conversation, String from, long sendTime, long random, long msgSeq) {
    imported.put(conversation + '\u0000' + from + '\u0000' + sendTime + '\u0000' + random, msgSeq);
  }

  // clear_group_msg

  /** Marks the messages up to {@code msgSeq} cleared for members (the admin still pulls them). */
  void clear(String conversation, long msgSeq) {
    clearedUpTo.merge(conversation, msgSeq, Math::max);
  }

  /** The MsgSeq up to which members no longer see the history (0 when never cleared). */
  public long clearedUpTo(String groupId) {
    return clearedUpTo.getOrDefault(conversation(groupId, null), 0L);
  }

  // notifications and broadcasts, kept for inspection

  void keepNotice(String groupId, JsonObject notice) {
    Deque<JsonObject> q = notices.computeIfAbsent(groupId, g -> new ArrayDeque<>());
    synchronized (q) {
      if (q.size() == MAX_KEPT_NOTICES) {
        q.removeFirst();
      }
      q.addLast(notice);
    }
  }

  /** The latest system notifications and broadcasts the group got, oldest first (copies). */
  public List<JsonObject> notices(String groupId) {
    Deque<JsonObject> q = notices.get(groupId);
    if (q == null) {
      return List.of();
    }
    synchronized (q) {
      List<JsonObject> out = new ArrayList<>(q.size());
      q.forEach(n -> out.add(n.copy()));
      return out;
    }
  }

  long nextBroadcastSeq() {
    return broadcastSeq.incrementAndGet();
  }

  /** How many messages the group's history holds (placeholders of deleted ones included). */
  public int messageCount(String groupId) {
    return store.size(conversation(groupId, null));
  }

  /** The stored message with this MsgSeq in the group's history, or null. */
  public StoredMessage historyMessage(String groupId, long msgSeq) {
    return message(conversation(groupId, null), msgSeq);
  }

  @Override
  public void dismissed(Group group) {
    forget(group.groupId());
  }

  private void forget(String groupId) {
    String c = conversation(groupId, null);
    store.clearConversation(c);
    liveSeqs.remove(c);
    clearedUpTo.remove(c);
    notices.remove(groupId);
    receipts.forget(c);
    extensions.forget(c);
    String prefix = c + '\u0000';
    imported.keySet().removeIf(k -> k.startsWith(prefix));
  }

  @Override
  public String sectionName() {
    return "groupMessages";
  }

  /**
   * Everything but the messages (the MessageStore is its own section): the Random window with the answers it
   * repeats, AVChatRoom and broadcast sequences, clear marks, imports, notices, receipts and extensions.
   */
  @Override
  public JsonObject save() {
    long now = clock.millis();
    JsonObject sent = new JsonObject();
    sentByRandom.forEach((k, v) -> {
      if (now - v.atMillis() < RANDOM_WINDOW_MILLIS) {
        sent.put(k, new JsonArray().add(v.msgSeq()).add(v.msgTime()).add(v.atMillis()));
      }
    });
    JsonObject live = new JsonObject();
    liveSeqs.forEach((k, v) -> live.put(k, v.get()));
    JsonObject kept = new JsonObject();
    notices.forEach((g, q) -> {
      synchronized (q) {
        JsonArray list = new JsonArray();
        q.forEach(n -> list.add(n.copy()));
        kept.put(g, list);
      }
    });
    return new JsonObject().put("randomFilter", randomFilter.save(Function.identity())).put("sent", sent)
        .put("liveSeqs", live).put("clearedUpTo", Saved.json(clearedUpTo)).put("imported", Saved.json(imported))
        .put("notices", kept).put("broadcastSeq", broadcastSeq.get()).put("receipts", receipts.save())
        .put("extensions", extensions.save());
  }

  @Override
  public void load(JsonObject saved) {
    randomFilter.load(Saved.object(saved, "randomFilter"), Function.identity());
    JsonObject sent = Saved.object(saved, "sent");
    for (String k : sent.fieldNames()) {
      JsonArray v = Saved.array(sent, k);
      sentByRandom.put(k, new Sent(v.getLong(0), v.getLong(1), v.getLong(2)));
    }
    Saved.numberMap(saved, "liveSeqs").forEach((k, v) -> liveSeqs.put(k, new AtomicLong(v)));
    clearedUpTo.putAll(Saved.numberMap(saved, "clearedUpTo"));
    imported.putAll(Saved.numberMap(saved, "imported"));
    JsonObject kept = Saved.object(saved, "notices");
    for (String g : kept.fieldNames()) {
      Deque<JsonObject> q = new ArrayDeque<>(Saved.objects(kept, g));
      notices.put(g, q);
    }
    broadcastSeq.set(Saved.number(saved, "broadcastSeq"));
    receipts.load(Saved.object(saved, "receipts"));
    extensions.load(Saved.object(saved, "extensions"));
  }

  /** Everything but the MessageStore, which the emulator state clears itself. */
  @Override
  public void clear() {
    randomFilter.clear();
    sentByRandom.clear();
    liveSeqs.clear();
    clearedUpTo.clear();
    imported.clear();
    notices.clear();
    receipts.clear();
    extensions.clear();
  }
}
