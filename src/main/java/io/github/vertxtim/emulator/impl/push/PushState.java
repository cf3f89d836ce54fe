package io.github.vertxtim.emulator.impl.push;

import io.github.vertxtim.emulator.impl.shared.EmulatorClock;
import io.github.vertxtim.emulator.impl.shared.Saved;
import io.github.vertxtim.emulator.impl.shared.StateSection;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The data of one push service: the app's attribute names (numbers 0..9), each account's attribute values (kept by
 * attribute number, so renaming an attribute keeps its values) and tags, the push tasks, and the daily quota and
 * spacing of all-user pushes. Legacy all-member push and TIMPush each have one: their pages describe two services
 * with their own attribute and tag APIs and never say that they share data.
 *
 * <p>Every method is synchronized: pushes are rate limited to a few per second, attribute and tag calls to 100/s,
 * and tests read the state from their own thread; one monitor keeps multi-map updates (a tag added to an account
 * and to the app's tag set) atomic. Nothing blocks inside.
 */
public final class PushState implements StateSection {

  /** Tasks kept for revoke and inspection; the oldest go first (all-user pushes are few, batch pushes are not). */
  static final int MAX_TASKS = 10_000;
  private static final long DAY_MILLIS = 86_400_000L;
  /** Daily quotas reset at midnight Beijing time (UTC+8), the zone of the console that sells them. */
  private static final long DAY_OFFSET_MILLIS = 8 * 3_600_000L;

  private final EmulatorClock clock;
  private final String taskPrefix;
  private final AtomicLong taskSeq = new AtomicLong();
  private final TreeMap<Integer, String> attrNames = new TreeMap<>();
  private final Map<String, Map<Integer, String>> attrs = new HashMap<>();
  private final Map<String, Set<String>> tags = new HashMap<>();
  /** Accounts carrying each tag: the app's distinct tags are its keys. */
  private final Map<String, Set<String>> tagged = new HashMap<>();
  private final LinkedHashMap<String, PushTask> tasks = new LinkedHashMap<>();
  /** The task a de-duplication key (kind, sender, targets, MsgRandom) made. */
  private final HashMap<String, String> taskByKey = new HashMap<>();
  private long lastPushMillis = Long.MIN_VALUE;
  private long quotaDay = Long.MIN_VALUE;
  private long pushesToday;

  /** {@code taskPrefix} starts every TaskId (it tells the two services' tasks apart). */
  public PushState(EmulatorClock clock, String taskPrefix) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.taskPrefix = Objects.requireNonNull(taskPrefix, "taskPrefix");
  }

  // attribute names

  /** Number to name, in number order (a snapshot). */
  public synchronized Map<Integer, String> attrNames() {
    return new TreeMap<>(attrNames);
  }

  /** The number of a named attribute, or -1. */
  synchronized int attrNumber(String name) {
    for (Map.Entry<Integer, String> e : attrNames.entrySet()) {
      if (e.getValue().equals(name)) {
        return e.getKey();
      }
    }
    return -1;
  }

  /** Sets the names of the given numbers, keeping the others. */
  synchronized void setAttrNames(Map<Integer, String> names) {
    attrNames.putAll(names);
  }

  // user attributes and tags

  /** An account's attributes by name (a snapshot; attributes whose number has no name are left out). */
  public synchronized Map<String, String> attrsOf(String account) {
    Map<String, String> out = new TreeMap<>();
    attrs.getOrDefault(account, Map.of()).forEach((n, v) -> {
      String name = attrNames.get(n);
      if (name != null) {
        out.put(name, v);
      }
    });
    return out;
  }

  synchronized void setAttrs(String account, Map<Integer, String> values) {
    attrs.computeIfAbsent(account, a -> new HashMap<>()).putAll(values);
  }

  synchronized void removeAttrs(String account, Collection<Integer> numbers) {
    Map<Integer, String> mine = attrs.get(account);
    if (mine != null) {
      numbers.forEach(mine::remove);
      if (mine.isEmpty()) {
        attrs.remove(account);
      }
    }
  }

  /** An account's tags in order (a snapshot). */
  public synchronized Set<String> tagsOf(String account) {
    return new TreeSet<>(tags.getOrDefault(account, Set.of()));
  }

  /** The app's distinct tags. */
  synchronized int distinctTags() {
    return tagged.size();
  }

  /** How many of {@code candidate} are tags the app does not have yet. */
  synchronized int newTags(Collection<String> candidate) {
    return (int) candidate.stream().distinct().filter(t -> !tagged.containsKey(t)).count();
  }

  /** Adds the tags (or replaces the account's tags with them). */
  synchronized void addTags(String account, Collection<String> add, boolean replace) {
    if (replace) {
      removeAllTags(account);
    }
    for (String t : add) {
      tags.computeIfAbsent(account, a -> new TreeSet<>()).add(t);
      tagged.computeIfAbsent(t, x -> new TreeSet<>()).add(account);
    }
  }

  synchronized void removeTags(String account, Collection<String> remove) {
    Set<String> mine = tags.get(account);
    if (mine == null) {
      return;
    }
    for (String t : remove) {
      if (mine.remove(t)) {
        untag(t, account);
      }
    }
    if (mine.isEmpty()) {
      tags.remove(account);
    }
  }

  synchronized void removeAllTags(String account) {
    Set<String> mine = tags.remove(account);
    if (mine != null) {
      mine.forEach(t -> untag(t, account));
    }
  }

  private void untag(String tag, String account) {
    Set<String> who = tagged.get(tag);
    if (who != null && who.remove(account) && who.isEmpty()) {
      tagged.remove(tag);
    }
  }

  // pushes

  /**
   * The task a send with this de-duplication key made within {@code windowMillis}, or null (a new send).
   */
  synchronized PushTask repeatOf(String key, long windowMillis) {
    String id = taskByKey.get(key);
    PushTask task = id == null ? null : tasks.get(id);
    return task != null && clock.millis() - task.createdMillis() < windowMillis ? task : null;
  }

  /**
   * Whether an all-user push may go now: null when it may, else why not. {@code minIntervalMillis}: a push must
   * come more than this long after the previous one (90024); {@code dailyQuota}: pushes per day (90047).
   */
  synchronized String pushRefusal(long minIntervalMillis, long dailyQuota) {
    long now = clock.millis();
    if (lastPushMillis != Long.MIN_VALUE && now - lastPushMillis <= minIntervalMillis) {
      return "interval";
    }
    if (day(now) == quotaDay && pushesToday >= dailyQuota) {
      return "quota";
    }
    return null;
  }

  /** Records a new task; an all-user push also takes one from the day's quota and restarts the interval. */
  synchronized PushTask addTask(String kind, String fromAccount, List<String> recipients,
                                JsonObject body, String dedupKey) {
    long now = clock.millis();
    if (PushTask.ALL.equals(kind)) {
      long today = day(now);
      if (today != quotaDay) {
        quotaDay = today;
        pushesToday = 0;
      }
      pushesToday++;
      lastPushMillis = now;
    }
    String id = (PushTask.BATCH.equals(kind) ? "batch_" : "") + taskPrefix
        + String.format("_%08x_%x", now / 1000, taskSeq.incrementAndGet());
    PushTask task = new PushTask(id, kind, now, fromAccount, recipients, body, false);
    tasks.put(id, task);
    taskByKey.put(dedupKey, id);
    if (tasks.size() > MAX_TASKS) {
      Iterator<PushTask> oldest = tasks.values().iterator();
      taskByKey.values().remove(oldest.next().taskId());
      oldest.remove();
    }
    return task;
  }

  /** The task, or null. */
  public synchronized PushTask task(String taskId) {
    return tasks.get(taskId);
  }

  /** Every task kept, oldest first (a snapshot). */
  public synchronized List<PushTask> tasks() {
    return new ArrayList<>(tasks.values());
  }

  /** Whether the task was made more than {@code millis} ago. */
  boolean isOlderThan(PushTask task, long millis) {
    return clock.millis() - task.createdMillis() > millis;
  }

  /** Marks a task revoked. */
  synchronized void revoke(String taskId) {
    tasks.computeIfPresent(taskId, (id, t) -> t.revoke());
  }

  /** Accounts matching a tag condition: all of {@code and} (when given) and any of {@code or} (when given). */
  synchronized boolean hasTags(String account, List<String> and, List<String> or) {
    Set<String> mine = tags.getOrDefault(account, Set.of());
    return (and == null || mine.containsAll(and)) && (or == null || or.stream().anyMatch(mine::contains));
  }

  /** Whether an account's attributes match: all of {@code and} and any of {@code or}, by attribute number. */
  synchronized boolean hasAttrs(String account, Map<Integer, String> and, Map<Integer, String> or) {
    Map<Integer, String> mine = attrs.getOrDefault(account, Map.of());
    return (and == null || and.entrySet().stream().allMatch(e -> e.getValue().equals(mine.get(e.getKey()))))
        && (or == null || or.entrySet().stream().anyMatch(e -> e.getValue().equals(mine.get(e.getKey()))));
  }

  private static long day(long millis) {
    return Math.floorDiv(millis + DAY_OFFSET_MILLIS, DAY_MILLIS);
  }

  /** {@code push-allpush} and {@code push-timpush}: one section per service. */
  @Override
  public String sectionName() {
    return "push-" + taskPrefix;
  }

  /** Attribute names and values, tags, tasks with their de-duplication keys, the quota day; by-tag index rebuilt. */
  @Override
  public synchronized JsonObject save() {
    JsonObject names = new JsonObject();
    attrNames.forEach((n, name) -> names.put(Integer.toString(n), name));
    JsonObject values = new JsonObject();
    attrs.forEach((account, byNumber) -> {
      JsonObject v = new JsonObject();
      byNumber.forEach((n, value) -> v.put(Integer.toString(n), value));
      values.put(account, v);
    });
    JsonObject tagLists = new JsonObject();
    tags.forEach((account, set) -> tagLists.put(account, new JsonArray(List.copyOf(set))));
    JsonArray taskList = new JsonArray();
    tasks.values().forEach(t -> taskList.add(new JsonObject().put("taskId", t.taskId()).put("kind", t.kind())
        .put("createdMillis", t.createdMillis()).put("fromAccount", t.fromAccount())
        .put("recipients", new JsonArray(t.recipients())).put("body", t.body()).put("revoked", t.revoked())));
    return new JsonObject().put("taskSeq", taskSeq.get()).put("attrNames", names).put("attrs", values)
        .put("tags", tagLists).put("tasks", taskList).put("taskByKey", Saved.json(taskByKey))
        .put("lastPushMillis", lastPushMillis).put("quotaDay", quotaDay).put("pushesToday", pushesToday);
  }

  @Override
  public synchronized void load(JsonObject saved) {
    Saved.stringMap(saved, "attrNames").forEach((n, name) -> attrNames.put(Integer.parseInt(n), name));
    JsonObject values = Saved.object(saved, "attrs");
    for (String account : values.fieldNames()) {
      Map<Integer, String> byNumber = new HashMap<>();
      Saved.stringMap(values, account).forEach((n, v) -> byNumber.put(Integer.parseInt(n), v));
      attrs.put(account, byNumber);
    }
    JsonObject tagLists = Saved.object(saved, "tags");
    for (String account : tagLists.fieldNames()) {
      addTags(account, Saved.strings(tagLists, account), false);
    }
    for (JsonObject t : Saved.objects(saved, "tasks")) {
      PushTask task = new PushTask(Saved.string(t, "taskId"), Saved.string(t, "kind"), Saved.number(t, "createdMillis"),
          Saved.nullableString(t, "fromAccount"), Saved.strings(t, "recipients"), Saved.object(t, "body"),
          Saved.bool(t, "revoked"));
      tasks.put(task.taskId(), task);
    }
    taskByKey.putAll(Saved.stringMap(saved, "taskByKey"));
    taskSeq.set(Saved.number(saved, "taskSeq"));
    lastPushMillis = Saved.number(saved, "lastPushMillis");
    quotaDay = Saved.number(saved, "quotaDay");
    pushesToday = Saved.number(saved, "pushesToday");
  }

  @Override
  public synchronized void clear() {
    attrNames.clear();
    attrs.clear();
    tags.clear();
    tagged.clear();
    tasks.clear();
    taskByKey.clear();
    lastPushMillis = Long.MIN_VALUE;
    quotaDay = Long.MIN_VALUE;
    pushesToday = 0;
  }
}
