package io.github.vertxtim.emulator.impl.group;

import io.github.vertxtim.TimErrorCode;
import io.github.vertxtim.emulator.EmulatorLimit;
import io.github.vertxtim.emulator.TimEmulatorOptions;
import io.github.vertxtim.emulator.impl.shared.EmulatorClock;
import io.github.vertxtim.emulator.impl.shared.EmulatorError;
import io.github.vertxtim.emulator.impl.shared.Fields;
import io.github.vertxtim.emulator.impl.shared.HandlerTable;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.github.vertxtim.emulator.impl.group.GroupBodies.INVALID;

/**
 * Custom group attributes (https://www.tencentcloud.com/document/product/1047/44187, https://www.tencentcloud.com/document/product/1047/44188, https://trtc.io/document/44189, https://www.tencentcloud.com/document/product/1047/44190, https://trtc.io/document/59499) and group counters (https://www.tencentcloud.com/document/product/1047/53427..53429).
 * Attributes: keys 1..32 bytes (10045), values at most 4000 bytes (10046), at most 16 keys (10047) and 16000 bytes
 * of keys and values in all (10048), 5 writes a second per group (10049), deleting a missing key 10050, and
 * clear_group_attr not on Community (10007). Counters: keys 1..128 bytes (10004), signed 64-bit values (an
 * overflow is 10004), at most 20 per group (10063).
 */
public final class GroupAttributeHandlers {

  static final int MAX_KEY_BYTES = 32;
  static final int MAX_VALUE_BYTES = 4000;
  static final int MAX_KEYS = 16;
  static final int MAX_TOTAL_BYTES = 16_000;
  static final int MAX_COUNTER_KEY_BYTES = 128;
  static final int MAX_COUNTERS = 20;

  private final GroupState groups;
  private final GroupAttributeState state;
  private final GroupRate writeRate;

  public GroupAttributeHandlers(GroupState groups, GroupAttributeState state, EmulatorClock clock,
                                TimEmulatorOptions options) {
    this.groups = groups;
    this.state = state;
    this.writeRate = new GroupRate(clock, options.getLimit(EmulatorLimit.GROUP_ATTR_WRITES_PER_SECOND));
    groups.addListener(new GroupListener() {
      @Override
      public void dismissed(Group group) {
        writeRate.forget(group.groupId());
      }
    });
  }

  public void install(HandlerTable table) {
    table.handle("group_open_attr_http_svc/get_group_attr", this::getGroupAttr);
    table.handle("group_open_http_svc/modify_group_attr", body -> write(body, false));
    table.handle("group_open_http_svc/set_group_attr", body -> write(body, true));
    table.handle("group_open_http_svc/clear_group_attr", this::clearGroupAttr);
    table.handle("group_open_http_svc/delete_group_attr", this::deleteGroupAttr);
    table.handle("group_open_http_svc/get_group_counter", this::getGroupCounter);
    table.handle("group_open_http_svc/update_group_counter", this::updateGroupCounter);
    table.handle("group_open_http_svc/delete_group_counter", this::deleteGroupCounter);
  }

  /** {@code GroupAttrAry: [{"key", "value"}]}, in the order the keys were first written. */
  JsonObject getGroupAttr(JsonObject body) {
    Group g = groups.require(body.getValue("GroupId"));
    JsonArray list = new JsonArray();
    state.attributes(g.groupId()).forEach((k, v) -> list.add(new JsonObject().put("key", k).put("value", v)));
    return new JsonObject().put("GroupAttrAry", list);
  }

  /** modify_group_attr (merge) and set_group_attr (replace): GroupAttr {@code [{"key", "value"}]}, 1..16 items. */
  private JsonObject write(JsonObject body, boolean replace) {
    Group g = groups.require(body.getValue("GroupId"));
    Map<String, String> given = new LinkedHashMap<>();
    for (Object item : Fields.requiredArray(body, "GroupAttr", INVALID)) {
      String key = attrKey(item);
      Object value = ((JsonObject) item).getValue("value");
      if (!(value instanceof String v)) {
        throw new EmulatorError(INVALID, "GroupAttr value of " + key + " must be a string");
      }
      if (GroupBodies.utf8Length(v) > MAX_VALUE_BYTES) {
        throw new EmulatorError(TimErrorCode.GROUP_ATTR_VALUE_TOO_LONG.code(),
            "the value of " + key + " is longer than " + MAX_VALUE_BYTES + " bytes");
      }
      given.put(key, v);
    }
    GroupAttributeState.Entry e = state.of(g.groupId());
    synchronized (e) {
      Map<String, String> next = replace ? new LinkedHashMap<>() : new LinkedHashMap<>(e.attributes);
      next.putAll(given);
      if (next.size() > MAX_KEYS) {
        throw new EmulatorError(TimErrorCode.GROUP_ATTR_TOO_MANY_KEYS.code(),
            "a group holds at most " + MAX_KEYS + " attributes, this write makes " + next.size());
      }
      int total = next.entrySet().stream()
          .mapToInt(a -> GroupBodies.utf8Length(a.getKey()) + GroupBodies.utf8Length(a.getValue())).sum();
      if (total > MAX_TOTAL_BYTES) {
        throw new EmulatorError(TimErrorCode.GROUP_ATTR_TOO_LARGE.code(),
            "a group's attributes hold at most " + MAX_TOTAL_BYTES + " bytes, this write makes " + total);
      }
      acquireWrite(g);
      e.attributes.clear();
      e.attributes.putAll(next);
    }
    return new JsonObject();
  }

  JsonObject clearGroupAttr(JsonObject body) {
    Group g = groups.require(body.getValue("GroupId"));
    if (g.type() == GroupType.Community) {
      throw new EmulatorError(TimErrorCode.GROUP_NO_PERMISSION.code(), "clear_group_attr does not work on Community");
    }
    GroupAttributeState.Entry e = state.of(g.groupId());
    synchronized (e) {
      acquireWrite(g);
      e.attributes.clear();
    }
    return new JsonObject();
  }

  /** GroupAttr {@code [{"key"}]}: every key must exist (10050, and nothing is deleted). */
  JsonObject deleteGroupAttr(JsonObject body) {
    Group g = groups.require(body.getValue("GroupId"));
    List<String> keys = Fields.requiredArray(body, "GroupAttr", INVALID).stream().map(this::attrKey).toList();
    GroupAttributeState.Entry e = state.of(g.groupId());
    synchronized (e) {
      for (String key : keys) {
        if (!e.attributes.containsKey(key)) {
          throw new EmulatorError(TimErrorCode.GROUP_ATTR_KEY_NOT_FOUND.code(), "no attribute " + key);
        }
      }
      acquireWrite(g);
      keys.forEach(e.attributes::remove);
    }
    return new JsonObject();
  }

  /** {@code GroupCounter: [{"Key", "Value"}]}: the listed keys that exist (GroupCounterKeys), or every counter. */
  JsonObject getGroupCounter(JsonObject body) {
    Group g = groups.require(body.getValue("GroupId"));
    List<String> keys = GroupBodies.optionalStrings(body, "GroupCounterKeys");
    Map<String, Long> counters = state.counters(g.groupId());
    JsonArray list = new JsonArray();
    if (keys == null || keys.isEmpty()) {
      counters.forEach((k, v) -> list.add(counter(k, v)));
    } else {
      keys.stream().distinct().filter(counters::containsKey).forEach(k -> list.add(counter(k, counters.get(k))));
    }
    return new JsonObject().put("GroupCounter", list);
  }

  /**
   * Mode Set (the default), Increase or Decrease the counters of GroupCounter {@code [{"Key", "Value"}]}; a new key
   * starts at 0. Answers the updated counters' new values.
   */
  JsonObject updateGroupCounter(JsonObject body) {
    Group g = groups.require(body.getValue("GroupId"));
    String mode = Fields.optionalString(body, "Mode", INVALID);
    if (mode != null && !List.of("Set", "Increase", "Decrease").contains(mode)) {
      throw new EmulatorError(INVALID, "Mode must be Set, Increase or Decrease");
    }
    Map<String, Long> given = new LinkedHashMap<>();
    for (Object item : Fields.requiredArray(body, "GroupCounter", INVALID)) {
      Object key = item instanceof JsonObject o ? o.getValue("Key") : null;
      Object value = item instanceof JsonObject o ? o.getValue("Value") : null;
      if (!(key instanceof String k) || k.isEmpty() || GroupBodies.utf8Length(k) > MAX_COUNTER_KEY_BYTES) {
        throw new EmulatorError(INVALID, "GroupCounter keys are 1 to " + MAX_COUNTER_KEY_BYTES + " bytes");
      }
      if (!(value instanceof Number n) || n.doubleValue() != Math.rint(n.doubleValue())
          || value instanceof Double || value instanceof Float) {
        throw new EmulatorError(INVALID, "GroupCounter value of " + k + " must be an integer");
      }
      given.put(k, n.longValue());
    }
    GroupAttributeState.Entry e = state.of(g.groupId());
    JsonArray updated = new JsonArray();
    synchronized (e) {
      Map<String, Long> next = new LinkedHashMap<>(e.counters);
      for (Map.Entry<String, Long> c : given.entrySet()) {
        long old = next.getOrDefault(c.getKey(), 0L);
        try {
          long value = switch (mode == null ? "Set" : mode) {
            case "Increase" -> Math.addExact(old, c.getValue());
            case "Decrease" -> Math.subtractExact(old, c.getValue());
            default -> c.getValue();
          };
          next.put(c.getKey(), value);
        } catch (ArithmeticException overflow) {
          throw new EmulatorError(INVALID, "counter " + c.getKey() + " would leave the signed 64-bit range");
        }
      }
      if (next.size() > MAX_COUNTERS) {
        throw new EmulatorError(TimErrorCode.GROUP_TOO_MANY_COUNTERS.code(),
            "a group holds at most " + MAX_COUNTERS + " counters, this update makes " + next.size());
      }
      e.counters.clear();
      e.counters.putAll(next);
      given.keySet().forEach(k -> updated.add(counter(k, next.get(k))));
    }
    return new JsonObject().put("GroupCounter", updated);
  }

  /** Deletes the counters of GroupCounterKeys (missing ones are ignored), or every counter when it is absent. */
  JsonObject deleteGroupCounter(JsonObject body) {
    Group g = groups.require(body.getValue("GroupId"));
    List<String> keys = GroupBodies.optionalStrings(body, "GroupCounterKeys");
    GroupAttributeState.Entry e = state.of(g.groupId());
    synchronized (e) {
      if (keys == null || keys.isEmpty()) {
        e.counters.clear();
      } else {
        keys.forEach(e.counters::remove);
      }
    }
    return new JsonObject();
  }

  private String attrKey(Object item) {
    Object key = item instanceof JsonObject o ? o.getValue("key") : null;
    if (!(key instanceof String k) || k.isEmpty()) {
      throw new EmulatorError(INVALID, "GroupAttr items need a non-empty string key");
    }
    if (GroupBodies.utf8Length(k) > MAX_KEY_BYTES) {
      throw new EmulatorError(TimErrorCode.GROUP_ATTR_KEY_TOO_LONG.code(),
          "attribute key " + k + " is longer than " + MAX_KEY_BYTES + " bytes");
    }
    return k;
  }

  private void acquireWrite(Group g) {
    if (!writeRate.tryAcquire(g.groupId())) {
      throw new EmulatorError(TimErrorCode.GROUP_ATTR_WRITE_RATE.code(),
          "group " + g.groupId() + " takes at most its quota of attribute writes per second");
    }
  }

  private static JsonObject counter(String key, long value) {
    return new JsonObject().put("Key", key).put("Value", value);
  }
}
