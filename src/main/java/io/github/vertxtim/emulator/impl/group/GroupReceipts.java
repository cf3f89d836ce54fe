package io.github.vertxtim.emulator.impl.group;

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
}
