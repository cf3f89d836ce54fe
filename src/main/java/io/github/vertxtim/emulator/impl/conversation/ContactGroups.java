package io.github.vertxtim.emulator.impl.conversation;

import io.github.vertxtim.emulator.impl.shared.Saved;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One user's conversation group and mark data, which the documents keep apart from the recent contacts
 * (https://trtc.io/document/53437): named groups of conversations, and per conversation its standard mark bits and
 * custom mark. Guarded by its own monitor. A conversation without groups and marks has no data and does not count
 * against the limit.
 */
final class ContactGroups {

  /** The data of one conversation. */
  record Data(int type, String peer, long standardMark, String customMark, Set<Integer> groupIds, long timestamp) {
    boolean blank() {
      return standardMark == 0 && customMark.isEmpty() && groupIds.isEmpty();
    }
  }

  /** A group; {@code keys} are the conversations in it, in the order added. */
  record Group(int id, String name, Set<String> keys) {
  }

  /** Why a change of one conversation was refused: 0 when it was made. */
  static final int OK = 0;

  private final Map<Integer, Group> groups = new LinkedHashMap<>();
  private final Map<String, Data> data = new LinkedHashMap<>();
  private int nextGroupId = 1;

  synchronized Group group(String name) {
    for (Group g : groups.values()) {
      if (g.name().equals(name)) {
        return g;
      }
    }
    return null;
  }

  synchronized List<Group> groups() {
    return List.copyOf(groups.values());
  }

  synchronized int groupCount() {
    return groups.size();
  }

  /** Creates an empty group and returns it. */
  synchronized Group create(String name) {
    Group g = new Group(nextGroupId++, name, new LinkedHashSet<>());
    groups.put(g.id(), g);
    return g;
  }

  synchronized void rename(Group g, String newName) {
    groups.put(g.id(), new Group(g.id(), newName, g.keys()));
  }

  /** Deletes the group; its conversations lose it. */
  synchronized void delete(Group g, long now) {
    groups.remove(g.id());
    for (String key : List.copyOf(g.keys())) {
      Data d = data.get(key);
      if (d != null) {
        Set<Integer> ids = new TreeSet<>(d.groupIds());
        ids.remove(g.id());
        put(key, new Data(d.type(), d.peer(), d.standardMark(), d.customMark(), Set.copyOf(ids), now));
      }
    }
  }

  /**
   * Adds a conversation to a group: 51008 when the group or the user's data is full ({@code max} each).
   */
  synchronized int add(Group g, int type, String peer, long now, int max) {
    String key = ConversationState.key(type, peer);
    Group current = groups.get(g.id());
    if (current == null || current.keys().contains(key)) {
      return OK;
    }
    if (current.keys().size() >= max || (!data.containsKey(key) && data.size() >= max)) {
      return ConversationHandlers.DATA_LIMIT;
    }
    current.keys().add(key);
    Data d = data.getOrDefault(key, new Data(type, peer, 0, "", Set.of(), now));
    Set<Integer> ids = new TreeSet<>(d.groupIds());
    ids.add(g.id());
    put(key, new Data(type, peer, d.standardMark(), d.customMark(), Set.copyOf(ids), now));
    return OK;
  }

  synchronized void remove(Group g, int type, String peer, long now) {
    String key = ConversationState.key(type, peer);
    Group current = groups.get(g.id());
    if (current == null || !current.keys().remove(key)) {
      return;
    }
    Data d = data.get(key);
    if (d != null) {
      Set<Integer> ids = new TreeSet<>(d.groupIds());
      ids.remove(g.id());
      put(key, new Data(type, peer, d.standardMark(), d.customMark(), Set.copyOf(ids), now));
    }
  }

  /**
   * Sets and clears standard mark bits and/or the custom mark (null: unchanged); 51008 when the conversation has
   * no data yet and the user's data is full.
   */
  synchronized int mark(int type, String peer, long setBits, long clearBits, String customMark, long now, int max) {
    String key = ConversationState.key(type, peer);
    Data d = data.get(key);
    if (d == null && data.size() >= max) {
      return ConversationHandlers.DATA_LIMIT;
    }
    if (d == null) {
      d = new Data(type, peer, 0, "", Set.of(), now);
    }
    long bits = (d.standardMark() | setBits) & ~clearBits;
    put(key, new Data(type, peer, bits, customMark == null ? d.customMark() : customMark, d.groupIds(), now));
    return OK;
  }

  synchronized Data data(int type, String peer) {
    return data.get(ConversationState.key(type, peer));
  }

  /** Every conversation that has data, in the order its data was first made. */
  synchronized List<Data> allData() {
    return new ArrayList<>(data.values());
  }

  synchronized JsonObject save() {
    JsonArray groupList = new JsonArray();
    groups.values().forEach(g -> groupList.add(new JsonObject().put("id", g.id()).put("name", g.name())
        .put("keys", new JsonArray(List.copyOf(g.keys())))));
    JsonArray dataList = new JsonArray();
    data.values().forEach(d -> dataList.add(new JsonObject().put("type", d.type()).put("peer", d.peer())
        .put("standardMark", d.standardMark()).put("customMark", d.customMark())
        .put("groupIds", new JsonArray(List.copyOf(new TreeSet<>(d.groupIds())))).put("timestamp", d.timestamp())));
    return new JsonObject().put("nextGroupId", nextGroupId).put("groups", groupList).put("data", dataList);
  }

  synchronized void load(JsonObject saved) {
    nextGroupId = (int) Saved.number(saved, "nextGroupId");
    for (JsonObject g : Saved.objects(saved, "groups")) {
      Group group = new Group((int) Saved.number(g, "id"), Saved.string(g, "name"),
          new LinkedHashSet<>(Saved.strings(g, "keys")));
      groups.put(group.id(), group);
    }
    for (JsonObject d : Saved.objects(saved, "data")) {
      Set<Integer> ids = new TreeSet<>();
      Saved.numbers(d, "groupIds").forEach(id -> ids.add(Math.toIntExact(id)));
      int type = (int) Saved.number(d, "type");
      String peer = Saved.string(d, "peer");
      data.put(ConversationState.key(type, peer), new Data(type, peer, Saved.number(d, "standardMark"),
          Saved.string(d, "customMark"), Set.copyOf(ids), Saved.number(d, "timestamp")));
    }
  }

  private void put(String key, Data d) {
    if (d.blank()) {
      data.remove(key);
    } else {
      data.put(key, d);
    }
  }
}
