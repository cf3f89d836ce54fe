package io.github.vertxtim.emulator.impl.account;

import io.github.vertxtim.emulator.impl.shared.Accounts;

import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The imported accounts and their online status. Thread-safe through one concurrent map of immutable records
 * (handlers run on several event loops; tests seed it from their own thread). Never blocks.
 */
public final class AccountState implements Accounts {

  public static final String ONLINE = "Online";
  public static final String PUSH_ONLINE = "PushOnline";
  public static final String OFFLINE = "Offline";
  static final Set<String> STATUSES = Set.of(ONLINE, PUSH_ONLINE, OFFLINE);

  /** An imported account; {@code status} is Online, PushOnline or Offline (the default). */
  public record Account(String userId, String nick, String faceUrl, String status) {
  }

  private final ConcurrentHashMap<String, Account> accounts = new ConcurrentHashMap<>();

  /** Imports the account, or updates it: a null {@code nick} or {@code faceUrl} keeps the stored value. */
  public Account importAccount(String userId, String nick, String faceUrl) {
    Objects.requireNonNull(userId, "userId");
    return accounts.merge(userId, new Account(userId, nick == null ? "" : nick, faceUrl == null ? "" : faceUrl,
        OFFLINE), (old, fresh) -> new Account(userId, nick == null ? old.nick() : nick,
        faceUrl == null ? old.faceUrl() : faceUrl, old.status()));
  }

  /** The account, or null when not imported. */
  public Account account(String userId) {
    return accounts.get(userId);
  }

  boolean deleteAccount(String userId) {
    return accounts.remove(userId) != null;
  }

  /** Ends the user's login: it goes Offline. False when not imported. */
  boolean kick(String userId) {
    return accounts.computeIfPresent(userId,
        (id, a) -> new Account(id, a.nick(), a.faceUrl(), OFFLINE)) != null;
  }

  @Override
  public boolean exists(String userId) {
    return accounts.containsKey(userId);
  }

  public int count() {
    return accounts.size();
  }

  /** The imported UserIDs (a snapshot). */
  public Set<String> ids() {
    return Set.copyOf(accounts.keySet());
  }

  /** Sets an imported account's status; fails when the status is not one of the three or the account is absent. */
  public void setOnlineStatus(String userId, String status) {
    if (!STATUSES.contains(status)) {
      throw new IllegalArgumentException("status must be Online, PushOnline or Offline, got " + status);
    }
    if (accounts.computeIfPresent(userId, (id, a) -> new Account(id, a.nick(), a.faceUrl(), status)) == null) {
      throw new IllegalArgumentException("account " + userId + " is not imported");
    }
  }

  public void clear() {
    accounts.clear();
  }
}
