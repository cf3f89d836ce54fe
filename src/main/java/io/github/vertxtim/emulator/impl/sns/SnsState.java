package io.github.vertxtim.emulator.impl.sns;

import io.github.vertxtim.TimErrorCode;
import io.github.vertxtim.emulator.impl.shared.EmulatorError;
import io.github.vertxtim.emulator.impl.shared.MessageHooks;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The relationship chain of every user: one graph of friends, blocklists, friend lists and follows. A change
 * touches two users (a two-way add, a blocklist that ends a friendship), so every read and write runs under one
 * lock; the critical sections are short and never block on I/O.
 */
public final class SnsState {

  private final Object lock = new Object();
  private final Map<String, SnsUser> users = new HashMap<>();

  /** Runs {@code work} under the graph's lock. */
  <T> T locked(Supplier<T> work) {
    synchronized (lock) {
      return work.get();
    }
  }

  /** The user's side of the graph, made on first use (under the lock). */
  SnsUser user(String userId) {
    return users.computeIfAbsent(userId, id -> new SnsUser());
  }

  /** The user's side if it exists, without making one (under the lock). */
  SnsUser peek(String userId) {
    return users.get(userId);
  }

  /** Drops a user's side once nothing is left in it, so reads of strangers do not grow the map (under the lock). */
  void tidy(String userId) {
    SnsUser u = users.get(userId);
    if (u != null && u.empty() && u.standardSequence == 0 && u.customSequence == 0 && u.blocklistSequence == 0
        && u.groupSequence == 0) {
      users.remove(userId);
    }
  }

  /** Removes {@code peer} from {@code owner}'s friends (under the lock); whether it was there. */
  boolean unfriend(String owner, String peer) {
    SnsUser u = users.get(owner);
    if (u == null || u.friends.remove(peer) == null) {
      return false;
    }
    u.standardSequence++;
    return true;
  }

  /** Whether {@code owner} has {@code other} on its blocklist. */
  public boolean blocks(String owner, String other) {
    return locked(() -> {
      SnsUser u = users.get(owner);
      return u != null && u.blocklist.containsKey(other);
    });
  }

  /**
   * A one-to-one message to a user who blocklisted its sender is refused with 20007 (https://trtc.io/document/34348);
   * registered on the emulator's message hooks for {@link MessageHooks.Kind#C2C}.
   */
  public void install(MessageHooks hooks) {
    hooks.addCheck(message -> {
      if (message.kind() == MessageHooks.Kind.C2C && message.from() != null && blocks(message.to(), message.from())) {
        throw new EmulatorError(TimErrorCode.MSG_SENDER_BLOCKLISTED.code(),
            "the recipient " + message.to() + " has blocklisted the sender " + message.from());
      }
    });
  }

  /** {@code userId}'s friends, in list order (a snapshot). */
  public List<String> friends(String userId) {
    return locked(() -> {
      SnsUser u = users.get(userId);
      return u == null ? List.of() : List.copyOf(u.friends.keySet());
    });
  }

  /** {@code userId}'s blocklist, in list order (a snapshot). */
  public List<String> blocklist(String userId) {
    return locked(() -> {
      SnsUser u = users.get(userId);
      return u == null ? List.of() : List.copyOf(u.blocklist.keySet());
    });
  }

  /** {@code userId}'s friend lists, in creation order (a snapshot). */
  public List<String> friendGroups(String userId) {
    return locked(() -> {
      SnsUser u = users.get(userId);
      return u == null ? List.of() : List.copyOf(u.friendGroups);
    });
  }

  /** The users {@code userId} follows, in follow order (a snapshot). */
  public List<String> following(String userId) {
    return locked(() -> {
      SnsUser u = users.get(userId);
      return u == null ? List.of() : List.copyOf(u.following.keySet());
    });
  }

  public void clear() {
    synchronized (lock) {
      users.clear();
    }
  }
}
