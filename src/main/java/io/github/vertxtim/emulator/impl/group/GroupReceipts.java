package io.github.vertxtim.emulator.impl.group;

import io.github.vertxtim.emulator.impl.shared.Saved;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Read receipts of group messages sent with NeedReadReceipt 1: per message its sender and who has read it, in
 * reading order. Unread members are the group's current members but the sender and the readers. Thread-safe.
 */
final class GroupReceipts {

  /** One message's receipt. */
  static final class Receipt {
    private final String sender;
    private final Set<String> readers = new LinkedHashSet<>();

    Receipt(String sender) {
      this.sender = sender;
    }

    String sender() {
      return sender;
    }

    synchronized boolean read(String userId) {
      return !userId.equals(sender) && readers.add(userId);
    }

    synchronized List<String> readers() {
      return new ArrayList<>(readers);
    }

    synchronized boolean hasRead(String userId) {
      return readers.contains(userId);
    }

    /** The group's current members but the sender who have not read the message. */
    List<String> unread(Group g) {
      return g.members().stream().map(GroupMember::userId).filter(u -> !u.equals(sender) && !hasRead(u)).toList();
    }
  }

  private final ConcurrentHashMap<String, ConcurrentHashMap<Long, Receipt>> byConversation =
      new ConcurrentHashMap<>();

  /** Starts the receipt of a message just sent. */
  void track(String conversation, long msgSeq, String sender) {
    byConversation.computeIfAbsent(conversation, c -> new ConcurrentHashMap<>()).put(msgSeq, new Receipt(sender));
  }

  /** The message's receipt, or null when it was sent without one. */
  Receipt receipt(String conversation, long msgSeq) {
    ConcurrentHashMap<Long, Receipt> m = byConversation.get(conversation);
    return m == null ? null : m.get(msgSeq);
  }

  void forget(String conversation) {
    byConversation.remove(conversation);
  }

  void clear() {
    byConversation.clear();
  }

  /** Conversation → MsgSeq → sender and readers in reading order. */
  JsonObject save() {
    JsonObject out = new JsonObject();
    byConversation.forEach((conversation, bySeq) -> {
      JsonObject m = new JsonObject();
      bySeq.forEach((seq, r) -> m.put(Long.toString(seq), new JsonObject().put("sender", r.sender())
          .put("readers", new JsonArray(r.readers()))));
      out.put(conversation, m);
    });
    return out;
  }

  void load(JsonObject saved) {
    for (String conversation : saved.fieldNames()) {
      JsonObject m = Saved.object(saved, conversation);
      ConcurrentHashMap<Long, Receipt> bySeq = new ConcurrentHashMap<>();
      for (String seq : m.fieldNames()) {
        JsonObject o = Saved.object(m, seq);
        Receipt r = new Receipt(Saved.string(o, "sender"));
        r.readers.addAll(Saved.strings(o, "readers"));
        bySeq.put(Long.parseLong(seq), r);
      }
      byConversation.put(conversation, bySeq);
    }
  }
}
