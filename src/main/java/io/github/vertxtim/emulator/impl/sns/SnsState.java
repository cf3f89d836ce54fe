package io.github.vertxtim.emulator.impl.sns;

import io.github.vertxtim.emulator.impl.shared.Saved;
import io.github.vertxtim.emulator.impl.shared.StateSection;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
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
public final class SnsState implements StateSection {

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

  @Override
  public void clear() {
    synchronized (lock) {
      users.clear();
    }
  }

  @Override
  public String sectionName() {
    return "sns";
  }

  /** Every user's side of the graph; both sides of a relation are saved, as they are kept. */
  @Override
  public JsonObject save() {
    synchronized (lock) {
      JsonObject out = new JsonObject();
      users.forEach((id, u) -> {
        JsonArray friends = new JsonArray();
        u.friends.values().forEach(f -> friends.add(new JsonObject().put("userId", f.userId).put("remark", f.remark)
            .put("remarkTime", f.remarkTime).put("groups", new JsonArray(List.copyOf(f.groups)))
            .put("addSource", f.addSource).put("addWording", f.addWording).put("addTime", f.addTime)
            .put("custom", Saved.json(f.custom))));
        out.put(id, new JsonObject().put("friends", friends).put("blocklist", Saved.json(u.blocklist))
            .put("friendGroups", new JsonArray(List.copyOf(u.friendGroups)))
            .put("following", Saved.json(u.following)).put("followers", Saved.json(u.followers))
            .put("standardSequence", u.standardSequence).put("customSequence", u.customSequence)
            .put("blocklistSequence", u.blocklistSequence).put("groupSequence", u.groupSequence));
      });
      return new JsonObject().put("users", out);
    }
  }

  @Override
  public void load(JsonObject saved) {
    JsonObject all = Saved.object(saved, "users");
    synchronized (lock) {
      for (String id : all.fieldNames()) {
        JsonObject o = Saved.object(all, id);
        SnsUser u = new SnsUser();
        for (JsonObject f : Saved.objects(o, "friends")) {
          Friend friend = new Friend(Saved.string(f, "userId"), Saved.nullableString(f, "addSource"),
              Saved.number(f, "addTime"));
          friend.remark = Saved.string(f, "remark");
          friend.remarkTime = Saved.number(f, "remarkTime");
          friend.groups.addAll(Saved.strings(f, "groups"));
          friend.addWording = Saved.string(f, "addWording");
          friend.custom.putAll(Saved.stringMap(f, "custom"));
          u.friends.put(friend.userId, friend);
        }
        u.blocklist.putAll(Saved.numberMap(o, "blocklist"));
        u.friendGroups.addAll(Saved.strings(o, "friendGroups"));
        u.following.putAll(Saved.numberMap(o, "following"));
        u.followers.putAll(Saved.numberMap(o, "followers"));
        u.standardSequence = Saved.number(o, "standardSequence");
        u.customSequence = Saved.number(o, "customSequence");
        u.blocklistSequence = Saved.number(o, "blocklistSequence");
        u.groupSequence = Saved.number(o, "groupSequence");
        users.put(id, u);
      }
    }
  }
}
