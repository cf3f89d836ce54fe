package io.github.vertxtim.emulator.impl.c2c;

import io.github.vertxtim.emulator.impl.shared.EmulatorClock;
import io.github.vertxtim.emulator.impl.shared.MessageStore;
import io.github.vertxtim.emulator.impl.shared.MsgRandomFilter;
import io.github.vertxtim.emulator.impl.shared.StoredMessage;
import io.vertx.core.json.JsonObject;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the one-to-one family keeps beside the shared {@link MessageStore}: which messages each side deleted from
 * its own history, each reader's read mark per peer, each account's peers (for the unread total) and the message
 * extensions. The messages themselves live only in the store, under {@link #conversation}. Thread-safe.
 */
public final class C2cState {

  /** Family fields of a stored one-to-one message that are the emulator's own, never answered as they are. */
  static final String COUNTS_UNREAD = "_CountsUnread";
  static final String HIDDEN_FROM_SENDER = "_HiddenFromSender";

  /**
   * A read mark: messages at or before {@code msgTime} that had arrived by {@code position} are read. A mark set
   * "now" covers what was stored by then, including messages of the same second; a mark at a given time covers
   * every message up to that time ({@code position} unbounded).
   */
  record ReadMark(long msgTime, long position) {
    boolean covers(StoredMessage m) {
      return m.msgTime() <= msgTime && m.position() <= position;
    }
  }

  private final MessageStore messages;
  private final EmulatorClock clock;
  /** Deleted MsgKeys by viewer and conversation: one-way deletion. */
  private final ConcurrentHashMap<String, Set<String>> deleted = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, ReadMark> readMarks = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, Set<String>> peers = new ConcurrentHashMap<>();
  private final MessageExtensions extensions = new MessageExtensions();
  /** The MsgSeq the service fills in when a sender gives none (see {@link #nextMsgSeq}). */
  private final AtomicLong msgSeqs = new AtomicLong();
  /** Recent sends, so a repeat answers the first send's outcome (see C2cSendHandlers). */
  private final MsgRandomFilter sends;

  /** @param dedupWindowSeconds how long a repeated send is recognised as the same message */
  public C2cState(MessageStore messages, EmulatorClock clock, long dedupWindowSeconds) {
    this.messages = Objects.requireNonNull(messages, "messages");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.sends = new MsgRandomFilter(clock, Math.multiplyExact(dedupWindowSeconds, 1000L),
        MsgRandomFilter.DEFAULT_MAX_ENTRIES);
  }

  /**
   * A MsgSeq for a message whose sender gave none: the service fills one in (the sendmsg page); here a family-wide
   * counter (32-bit, wrapping), so messages of one second keep their arrival order in history and every recipient
   * of one batch gets the same MsgSeq, hence the same MsgKey.
   */
  long nextMsgSeq() {
    return msgSeqs.incrementAndGet() & 0xFFFF_FFFFL;
  }

  MsgRandomFilter sends() {
    return sends;
  }

  /**
   * The store's key of the conversation between two accounts, the same from either side. Length-prefixed, so no
   * pair of UserIDs (which may hold any character) maps to another pair's key.
   */
  public static String conversation(String a, String b) {
    String low = a.compareTo(b) <= 0 ? a : b;
    String high = low == a ? b : a;
    return "c2c:" + low.length() + ":" + low + ":" + high;
  }

  MessageStore messages() {
    return messages;
  }

  EmulatorClock clock() {
    return clock;
  }

  MessageExtensions extensions() {
    return extensions;
  }

  /** Stores a message between {@code from} and {@code to} (or returns the stored one with the same MsgKey). */
  StoredMessage store(String from, String to, long msgSeq, long msgTime, long msgRandom, JsonObject fields) {
    StoredMessage m = messages.append(conversation(from, to), msgSeq, msgTime, msgRandom, fields);
    peers.computeIfAbsent(from, k -> ConcurrentHashMap.newKeySet()).add(to);
    peers.computeIfAbsent(to, k -> ConcurrentHashMap.newKeySet()).add(from);
    return m;
  }

  /** Whether {@code viewer} sees the message in its own history (not deleted by it, not kept from the sender). */
  boolean visibleTo(String viewer, String peer, StoredMessage m) {
    JsonObject f = m.fields();
    if (f.getBoolean(HIDDEN_FROM_SENDER, false) && viewer.equals(f.getString("From_Account"))) {
      return false;
    }
    Set<String> gone = deleted.get(viewKey(viewer, peer));
    return gone == null || !gone.contains(m.msgKey());
  }

  /** Deletes the messages from {@code viewer}'s history only. */
  void deleteFor(String viewer, String peer, List<String> msgKeys) {
    deleted.computeIfAbsent(viewKey(viewer, peer), k -> ConcurrentHashMap.newKeySet()).addAll(msgKeys);
  }

  void setReadMark(String reader, String peer, ReadMark mark) {
    readMarks.put(viewKey(reader, peer), mark);
  }

  /** What {@link ReadMark} "now" means: the clock's second and everything stored in the conversation so far. */
  ReadMark markNow(String reader, String peer) {
    return new ReadMark(clock.seconds(), highestPosition(reader, peer));
  }

  private long highestPosition(String reader, String peer) {
    MessageStore.Page newest = messages.pageBackward(conversation(reader, peer), MessageStore.NEWEST, 1,
        Long.MIN_VALUE, Long.MAX_VALUE);
    return newest.messages().isEmpty() ? 0 : newest.messages().get(0).position();
  }

  /**
   * Messages from {@code peer} to {@code reader} that count as unread: counted when sent (not a history import, not
   * NoUnread), not recalled, not yet receipted, visible to the reader and not covered by its read mark.
   */
  public int unread(String reader, String peer) {
    ReadMark mark = readMarks.get(viewKey(reader, peer));
    String conv = conversation(reader, peer);
    int n = 0;
    long cursor = MessageStore.OLDEST;
    while (true) {
      MessageStore.Page page = messages.pageForward(conv, cursor, 1000, Long.MIN_VALUE, Long.MAX_VALUE);
      for (StoredMessage m : page.messages()) {
        JsonObject f = m.fields();
        if (peer.equals(f.getString("From_Account")) && reader.equals(f.getString("To_Account"))
            && f.getBoolean(COUNTS_UNREAD, true) && !m.recalled() && f.getInteger("IsPeerRead", 0) == 0
            && (mark == null || !mark.covers(m)) && visibleTo(reader, peer, m)) {
          n++;
        }
      }
      if (page.complete()) {
        return n;
      }
      cursor = page.next();
    }
  }

  /** The accounts {@code user} has a conversation with (a snapshot). */
  Set<String> peersOf(String user) {
    Set<String> p = peers.get(user);
    return p == null ? Set.of() : Set.copyOf(p);
  }

  /** How many messages the conversation between the two accounts holds (every side, recalled included). */
  public int messageCount(String a, String b) {
    return messages.size(conversation(a, b));
  }

  /** Forgets this family's own state; the messages are cleared with the shared store. */
  public void clear() {
    sends.clear();
    msgSeqs.set(0);
    deleted.clear();
    readMarks.clear();
    peers.clear();
    extensions.clear();
  }

  /** Per-side state key: the viewer, then the conversation. */
  private static String viewKey(String viewer, String peer) {
    return viewer.length() + ":" + viewer + "|" + conversation(viewer, peer);
  }
}
