package io.github.vertxtim.emulator.impl.group;

import io.github.vertxtim.emulator.impl.shared.Saved;
import io.github.vertxtim.emulator.impl.shared.StateSection;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Custom attributes and counters of each group, in insertion order. Each group's maps are changed under their own
 * monitor, so a check of the limits and the write that follows are one step. Follows group lifecycle: a dismissed
 * group's attributes and counters go with it. Never blocks.
 */
public final class GroupAttributeState implements GroupListener, StateSection {

  /** One group's attributes and counters. */
  static final class Entry {
    final Map<String, String> attributes = new LinkedHashMap<>();
    final Map<String, Long> counters = new LinkedHashMap<>();
  }

  private final ConcurrentHashMap<String, Entry> byGroup = new ConcurrentHashMap<>();

  /** The group's entry, created empty. Lock it while reading or changing its maps. */
  Entry of(String groupId) {
    return byGroup.computeIfAbsent(groupId, g -> new Entry());
  }

  /** A copy of the group's attributes. */
  public Map<String, String> attributes(String groupId) {
    Entry e = byGroup.get(groupId);
    if (e == null) {
      return Map.of();
    }
    synchronized (e) {
      return new LinkedHashMap<>(e.attributes);
    }
  }

  /** A copy of the group's counters. */
  public Map<String, Long> counters(String groupId) {
    Entry e = byGroup.get(groupId);
    if (e == null) {
      return Map.of();
    }
    synchronized (e) {
      return new LinkedHashMap<>(e.counters);
    }
  }

  @Override
  public void dismissed(Group group) {
    byGroup.remove(group.groupId());
  }

  @Override
  public void clear() {
    byGroup.clear();
  }

  @Override
  public String sectionName() {
    return "groupAttributes";
  }

  @Override
  public JsonObject save() {
    JsonObject out = new JsonObject();
    byGroup.forEach((id, e) -> {
      synchronized (e) {
        out.put(id, new JsonObject().put("attributes", Saved.json(e.attributes))
            .put("counters", Saved.json(e.counters)));
      }
    });
    return new JsonObject().put("groups", out);
  }

  @Override
  public void load(JsonObject saved) {
    JsonObject all = Saved.object(saved, "groups");
    for (String id : all.fieldNames()) {
      JsonObject o = Saved.object(all, id);
      Entry e = new Entry();
      e.attributes.putAll(Saved.stringMap(o, "attributes"));
      e.counters.putAll(Saved.numberMap(o, "counters"));
      byGroup.put(id, e);
    }
  }
}
