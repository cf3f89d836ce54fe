package io.github.vertxtim.emulator.impl.account;

import io.github.vertxtim.emulator.impl.shared.Accounts;
import io.github.vertxtim.emulator.impl.shared.Saved;
import io.github.vertxtim.emulator.impl.shared.StateSection;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The imported accounts, their online status and their profile fields. Thread-safe through one concurrent map of immutable records
 * (handlers run on several event loops; tests seed it from their own thread). Never blocks.
 */
public final class AccountState implements Accounts, StateSection {

  public static final String ONLINE = "Online";
  public static final String PUSH_ONLINE = "PushOnline";
  public static final String OFFLINE = "Offline";
  static final Set<String> STATUSES = Set.of(ONLINE, PUSH_ONLINE, OFFLINE);

  /** An imported account; {@code status} is Online, PushOnline or Offline (the default). */
  public record Account(String userId, String nick, String faceUrl, String status) {
  }

  /** Profile tags whose values are the account's Nick and FaceUrl, the fields account_import sets. */
  public static final String NICK_TAG = "Tag_Profile_IM_Nick";
  public static final String IMAGE_TAG = "Tag_Profile_IM_Image";

  private final ConcurrentHashMap<String, Account> accounts = new ConcurrentHashMap<>();
  /** Profile fields other than Nick and Image, per account (immutable maps, replaced whole). */
  private final ConcurrentHashMap<String, Map<String, Object>> profiles = new ConcurrentHashMap<>();

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
    profiles.remove(userId);
    return accounts.remove(userId) != null;
  }

  /**
   * The account's profile fields by tag, null when not imported: Nick and Image are the account's Nick and
   * FaceUrl (present when not empty), then the fields portrait_set wrote, in the order first written.
   */
  public Map<String, Object> profile(String userId) {
    Account a = accounts.get(userId);
    if (a == null) {
      return null;
    }
    Map<String, Object> p = new LinkedHashMap<>();
    if (!a.nick().isEmpty()) {
      p.put(NICK_TAG, a.nick());
    }
    if (!a.faceUrl().isEmpty()) {
      p.put(IMAGE_TAG, a.faceUrl());
    }
    p.putAll(profiles.getOrDefault(userId, Map.of()));
    return p;
  }

  /**
   * Writes profile fields (Nick and Image become the account's Nick and FaceUrl); false when not imported.
   * Values are Strings or Longs, already validated.
   */
  public boolean setProfile(String userId, Map<String, Object> fields) {
    Object nick = fields.get(NICK_TAG);
    Object image = fields.get(IMAGE_TAG);
    if (accounts.computeIfPresent(userId, (id, a) -> new Account(id, nick != null ? (String) nick : a.nick(),
        image != null ? (String) image : a.faceUrl(), a.status())) == null) {
      return false;
    }
    Map<String, Object> rest = new LinkedHashMap<>(fields);
    rest.remove(NICK_TAG);
    rest.remove(IMAGE_TAG);
    if (!rest.isEmpty()) {
      profiles.merge(userId, Collections.unmodifiableMap(rest), (old, add) -> {
        Map<String, Object> m = new LinkedHashMap<>(old);
        m.putAll(add);
        return Collections.unmodifiableMap(m);
      });
    }
    return true;
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

  @Override
  public void clear() {
    accounts.clear();
    profiles.clear();
  }

  @Override
  public String sectionName() {
    return "accounts";
  }

  @Override
  public JsonObject save() {
    JsonArray list = new JsonArray();
    accounts.values().forEach(a -> list.add(new JsonObject().put("UserID", a.userId()).put("Nick", a.nick())
        .put("FaceUrl", a.faceUrl()).put("Status", a.status())
        .put("Profile", Saved.json(profiles.getOrDefault(a.userId(), Map.of())))));
    return new JsonObject().put("accounts", list);
  }

  /** Profile values are Strings or Longs (uint32 fields), as portrait_set stores them. */
  @Override
  public void load(JsonObject saved) {
    for (JsonObject a : Saved.objects(saved, "accounts")) {
      String userId = Saved.string(a, "UserID");
      String status = Saved.string(a, "Status");
      if (!STATUSES.contains(status)) {
        throw new IllegalArgumentException("Status of " + userId + " is " + status);
      }
      accounts.put(userId, new Account(userId, Saved.string(a, "Nick"), Saved.string(a, "FaceUrl"), status));
      JsonObject profile = Saved.object(a, "Profile");
      if (!profile.isEmpty()) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (String tag : profile.fieldNames()) {
          Object v = profile.getValue(tag);
          fields.put(tag, v instanceof String ? v : Saved.number(profile, tag));
        }
        profiles.put(userId, Collections.unmodifiableMap(fields));
      }
    }
  }
}
