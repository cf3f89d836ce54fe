package io.github.vertxtim.emulator.impl.robot;

import io.github.vertxtim.emulator.impl.shared.Saved;
import io.github.vertxtim.emulator.impl.shared.StateSection;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.github.vertxtim.emulator.impl.account.AccountState;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The chatbots. A chatbot is an account (imported into {@link AccountState}, so messages can be sent to it) that
 * is also listed here; creating it again keeps one bot (https://www.tencentcloud.com/document/product/1047/55281).
 */
public final class RobotState implements StateSection {

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

  @Override
  public void clear() {
    robots.clear();
  }

  @Override
  public String sectionName() {
    return "robots";
  }

  /** The bots (their accounts are the accounts section's) and the creation counter. */
  @Override
  public synchronized JsonObject save() {
    JsonArray list = new JsonArray();
    robots.values().forEach(r -> list.add(new JsonObject().put("userId", r.userId())
        .put("selfSignature", r.selfSignature()).put("seq", r.seq())));
    return new JsonObject().put("seq", seq).put("robots", list);
  }

  @Override
  public synchronized void load(JsonObject saved) {
    for (JsonObject r : Saved.objects(saved, "robots")) {
      Robot robot = new Robot(Saved.string(r, "userId"), Saved.nullableString(r, "selfSignature"),
          Saved.number(r, "seq"));
      robots.put(robot.userId(), robot);
    }
    seq = Saved.number(saved, "seq");
  }
}
