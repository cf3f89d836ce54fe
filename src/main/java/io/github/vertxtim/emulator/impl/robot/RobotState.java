package io.github.vertxtim.emulator.impl.robot;

import io.github.vertxtim.emulator.impl.account.AccountState;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The chatbots. A chatbot is an account (imported into {@link AccountState}, so messages can be sent to it) that
 * is also listed here; creating it again keeps one bot (https://www.tencentcloud.com/document/product/1047/55281).
 */
public final class RobotState {

  /** What the create request gave besides the account's Nick and FaceUrl. */
  record Robot(String userId, String selfSignature, long seq) {
  }

  private final AccountState accounts;
  private final ConcurrentHashMap<String, Robot> robots = new ConcurrentHashMap<>();
  private long seq;

  public RobotState(AccountState accounts) {
    this.accounts = Objects.requireNonNull(accounts, "accounts");
  }

  /** Creates (or updates) a bot; false when it is new and {@code max} bots exist. */
  synchronized boolean create(String userId, String nick, String faceUrl, String selfSignature, int max) {
    Robot old = robots.get(userId);
    if (old == null && robots.size() >= max) {
      return false;
    }
    accounts.importAccount(userId, nick, faceUrl);
    robots.put(userId, new Robot(userId, selfSignature == null && old != null ? old.selfSignature() : selfSignature,
        old != null ? old.seq() : ++seq));
    return true;
  }

  /** Removes the bot from the bot list; its account stays (the service keeps the UserID). */
  boolean delete(String userId) {
    return robots.remove(userId) != null;
  }

  /** The bots' UserIDs in creation order. */
  public List<String> ids() {
    List<Robot> list = new ArrayList<>(robots.values());
    list.sort((a, b) -> Long.compare(a.seq(), b.seq()));
    return list.stream().map(Robot::userId).toList();
  }

  public boolean isRobot(String userId) {
    return robots.containsKey(userId);
  }

  public void clear() {
    robots.clear();
  }
}
