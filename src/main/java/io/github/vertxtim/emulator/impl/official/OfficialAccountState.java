package io.github.vertxtim.emulator.impl.official;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The official accounts, their subscribers and each user's subscriptions. One official account's profile,
 * subscribers and send history change under that account's monitor (a few map operations, never I/O); the maps
 * across accounts are concurrent, so handlers on several event loops and tests on their own thread never wait long.
 * Messages live in the shared MessageStore under {@link Account#conversation}.
 */
public final class OfficialAccountState {

  /** The documented prefix of every official account ID (https://trtc.io/document/60755). */
  public static final String ID_PREFIX = "@TOA#_";
  private static final char[] ID_CHARS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ".toCharArray();

  /** One subscription: its order (the paging cursor), time and the subscriber's custom string. */
  record Subscription(long seq, String userId, long subscribeTime, String customString) {
  }

  /** A sent message remembered for the duplicate window: its content and the answer it got. */
  record Sent(long atMillis, String content, long msgTime, String msgKey) {
  }

  /** One official account; its mutable fields are guarded by the object's monitor. */
  static final class Account {
    final String id;
    /** The MessageStore key: unique per incarnation, so a destroyed ID created again starts with no history. */
    final String conversation;
    final String owner;
    final long createTime;
    String name;
    String introduction = "";
    String faceUrl = "";
    String organization = "";
    String customString = "";
    long maxSubscribers;
    long lastMsgTime;
    final NavigableMap<Long, Subscription> bySeq = new ConcurrentSkipListMap<>();
    final Map<String, Subscription> byUser = new HashMap<>();
    /** Send times in the last hour, oldest first (at most the hourly limit). */
    final ArrayDeque<Long> sendMillis = new ArrayDeque<>();
    /** Messages within the duplicate window, oldest first. */
    final ArrayDeque<Sent> recent = new ArrayDeque<>();

    Account(String id, String conversation, String owner, long createTime) {
      this.id = id;
      this.conversation = conversation;
      this.owner = owner;
      this.createTime = createTime;
    }

    synchronized int subscriberCount() {
      return byUser.size();
    }
  }

  private final ConcurrentHashMap<String, Account> accounts = new ConcurrentHashMap<>();
  /** user → (subscription seq → official account ID), in subscription order. */
  private final ConcurrentHashMap<String, ConcurrentSkipListMap<Long, String>> subscriptions =
      new ConcurrentHashMap<>();
  private final AtomicLong sequence = new AtomicLong();

  /** The account, or null. */
  Account get(String id) {
    return accounts.get(id);
  }

  int count() {
    return accounts.size();
  }

  /**
   * A fresh ID: the prefix and nine base-36 characters. The sequence times an odd constant modulo 2^46 is a
   * bijection, so IDs never repeat before 2^46 creations; a custom ID that happens to equal one is skipped.
   */
  String newId() {
    while (true) {
      long n = sequence.incrementAndGet() * 0x9E3779B97F4A7C15L & ((1L << 46) - 1);
      StringBuilder sb = new StringBuilder(ID_PREFIX);
      for (int i = 0; i < 9; i++) {
        sb.append(ID_CHARS[(int) (n % ID_CHARS.length)]);
        n /= ID_CHARS.length;
      }
      String id = sb.toString();
      if (!accounts.containsKey(id)) {
        return id;
      }
    }
  }

  /**
   * Adds an account, initialised by {@code init} before anyone can see it, unless the ID is taken or
   * {@code maxAccounts} are held.
   *
   * @return the account, or null when the ID is taken
   * @throws IllegalStateException when the app holds {@code maxAccounts} already
   */
  synchronized Account create(String id, String owner, long createTime, long maxAccounts, Consumer<Account> init) {
    if (accounts.containsKey(id)) {
      return null;
    }
    if (accounts.size() >= maxAccounts) {
      throw new IllegalStateException("official account limit");
    }
    Account a = new Account(id, "official:" + id + "#" + sequence.incrementAndGet(), owner, createTime);
    synchronized (a) {
      init.accept(a);
    }
    accounts.put(id, a);
    return a;
  }

  /** Removes the account and every subscription to it; false when absent. */
  boolean destroy(String id) {
    Account a = accounts.remove(id);
    if (a == null) {
      return false;
    }
    List<Subscription> subs;
    synchronized (a) {
      subs = new ArrayList<>(a.byUser.values());
      a.byUser.clear();
      a.bySeq.clear();
    }
    for (Subscription s : subs) {
      forget(s.userId(), s.seq());
    }
    return true;
  }

  /** What {@link #subscribe} did. */
  enum Subscribed { ADDED, ALREADY, FULL }

  Subscribed subscribe(Account a, String userId, long now) {
    Subscription s;
    synchronized (a) {
      if (a.byUser.containsKey(userId)) {
        return Subscribed.ALREADY;
      }
      if (a.byUser.size() >= a.maxSubscribers) {
        return Subscribed.FULL;
      }
      s = new Subscription(sequence.incrementAndGet(), userId, now, "");
      a.byUser.put(userId, s);
      a.bySeq.put(s.seq(), s);
    }
    subscriptions.computeIfAbsent(userId, u -> new ConcurrentSkipListMap<>()).put(s.seq(), a.id);
    return Subscribed.ADDED;
  }

  /** False when the user does not subscribe. */
  boolean unsubscribe(Account a, String userId) {
    Subscription s;
    synchronized (a) {
      s = a.byUser.remove(userId);
      if (s == null) {
        return false;
      }
      a.bySeq.remove(s.seq());
    }
    forget(userId, s.seq());
    return true;
  }

  /** Sets the subscriber's custom string; false when the user does not subscribe. */
  boolean setCustomString(Account a, String userId, String customString) {
    synchronized (a) {
      Subscription s = a.byUser.get(userId);
      if (s == null) {
        return false;
      }
      Subscription changed = new Subscription(s.seq(), userId, s.subscribeTime(), customString);
      a.byUser.put(userId, changed);
      a.bySeq.put(s.seq(), changed);
      return true;
    }
  }

  /** The subscription, or null. */
  Subscription subscription(Account a, String userId) {
    synchronized (a) {
      return a.byUser.get(userId);
    }
  }

  /** The official account IDs the user subscribes to, in subscription order (a snapshot). */
  List<String> subscribedBy(String userId) {
    ConcurrentSkipListMap<Long, String> m = subscriptions.get(userId);
    return m == null ? List.of() : List.copyOf(m.values());
  }

  /** The subscribers' UserIDs in subscription order (a snapshot), or null when the account does not exist. */
  public List<String> subscribers(String id) {
    Account a = accounts.get(id);
    if (a == null) {
      return null;
    }
    return a.bySeq.values().stream().map(Subscription::userId).toList();
  }

  /** The account's MessageStore key, or null. */
  public String conversation(String id) {
    Account a = accounts.get(id);
    return a == null ? null : a.conversation;
  }

  /** The owner, name and whether the account is full, or null when there is none (the callbacks read them). */
  public OfficialAccountFacts facts(String id) {
    Account a = accounts.get(id);
    if (a == null) {
      return null;
    }
    synchronized (a) {
      return new OfficialAccountFacts(a.owner, a.name, a.byUser.size() >= a.maxSubscribers);
    }
  }

  /** What the callbacks of an official account read. */
  public record OfficialAccountFacts(String owner, String name, boolean full) {
  }

  public boolean exists(String id) {
    return accounts.containsKey(id);
  }

  private void forget(String userId, long seq) {
    subscriptions.computeIfPresent(userId, (u, m) -> {
      m.remove(seq);
      return m.isEmpty() ? null : m;
    });
  }

  public void clear() {
    accounts.clear();
    subscriptions.clear();
  }

}
