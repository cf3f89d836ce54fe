package io.github.vertxtim.emulator.impl.shared;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Recognises a repeated send: the same sender, the same recipient or conversation and the same MsgRandom within
 * the window is the same message. The push pages describe MsgRandom as "used by the backend to de-duplicate
 * messages within the same second"; sendmsg and batchsendmsg carry the same field, so every family uses this.
 * Bounded and never blocking: a lock-free map of first sightings, expired ones pruned when it fills.
 *
 * @see <a href="https://www.tencentcloud.com/document/product/1047/37166">Pushing to All Users</a>
 */
public final class MsgRandomFilter {

  /** "Within the same second" (im_push, timpush/batch pages), read as one second after the first sighting. */
  public static final long DEFAULT_WINDOW_MILLIS = 1_000;
  /**
   * Sightings kept at most. Sends are rate limited to a few hundred a second per endpoint, so a one-second window
   * holds far fewer; when it is full anyway, a send is let through unrecorded rather than refused.
   */
  public static final int DEFAULT_MAX_ENTRIES = 100_000;

  private record Sighting(String sender, String target, long msgRandom) {
  }

  private final EmulatorClock clock;
  private final long windowMillis;
  private final int maxEntries;
  private final ConcurrentHashMap<Sighting, Long> firstSeenMillis = new ConcurrentHashMap<>();
  /** What {@link #once} remembers of a send: when it was first seen and what it produced. */
  private record Outcome(long atMillis, Object value) {
  }

  private final ConcurrentHashMap<Sighting, Outcome> outcomes = new ConcurrentHashMap<>();
  private volatile long lastOutcomePruneMillis = Long.MIN_VALUE / 2;

  public MsgRandomFilter(EmulatorClock clock) {
    this(clock, DEFAULT_WINDOW_MILLIS, DEFAULT_MAX_ENTRIES);
  }

  public MsgRandomFilter(EmulatorClock clock, long windowMillis, int maxEntries) {
    if (windowMillis <= 0 || maxEntries <= 0) {
      throw new IllegalArgumentException("windowMillis and maxEntries must be positive");
    }
    this.clock = Objects.requireNonNull(clock, "clock");
    this.windowMillis = windowMillis;
    this.maxEntries = maxEntries;
  }

  /**
   * Records a send and says whether it is new.
   *
   * @param target the recipient (C2C) or conversation (group, push task)
   * @return true when no send with the same sender, target and MsgRandom was seen within the window (it is now
   *     recorded); false for a duplicate
   */
  public boolean firstSighting(String sender, String target, long msgRandom) {
    long now = clock.millis();
    Sighting sighting = new Sighting(sender, target, msgRandom);
    if (firstSeenMillis.size() >= maxEntries && !firstSeenMillis.containsKey(sighting)) {
      firstSeenMillis.values().removeIf(at -> now - at >= windowMillis);
      if (firstSeenMillis.size() >= maxEntries) {
        return true;
      }
    }
    boolean[] fresh = {false};
    firstSeenMillis.compute(sighting, (k, at) -> {
      if (at != null && now - at < windowMillis) {
        return at;
      }
      fresh[0] = true;
      return now;
    });
    return fresh[0];
  }

  /**
   * Runs {@code send} once per sender, target and MsgRandom within the window: a repeat gets the first send's
   * outcome back and {@code send} is not run, so a retried request answers what the first attempt answered (the
   * same MsgKey) and stores nothing twice. A {@code send} that throws (a refused message) records nothing, so its
   * retry is judged afresh. {@code send} runs under the entry's lock; it must not call this filter.
   */
  @SuppressWarnings("unchecked")
  public <T> T once(String sender, String target, long msgRandom, Supplier<T> send) {
    long now = clock.millis();
    Sighting sighting = new Sighting(sender, target, msgRandom);
    if (outcomes.size() >= maxEntries && !outcomes.containsKey(sighting)) {
      // a full map is scanned for expired outcomes at most once a second, not on every send while it stays full
      if (now - lastOutcomePruneMillis >= DEFAULT_WINDOW_MILLIS) {
        lastOutcomePruneMillis = now;
        outcomes.values().removeIf(o -> now - o.atMillis() >= windowMillis);
      }
      if (outcomes.size() >= maxEntries) {
        return send.get();
      }
    }
    Outcome outcome = outcomes.compute(sighting, (k, seen) ->
        seen != null && now - seen.atMillis() < windowMillis ? seen : new Outcome(now, send.get()));
    return (T) outcome.value();
  }

  /** Sightings held now (expired ones included until pruned). */
  public int size() {
    return firstSeenMillis.size() + outcomes.size();
  }

  /**
   * The sightings and outcomes still inside the window (expired ones are left out), for a snapshot; an outcome's
   * value is written by {@code values}. A reload with the same clock keeps recognising the repeats of sends made
   * before it, until their window ends.
   */
  public JsonObject save(Function<Object, Object> values) {
    long now = clock.millis();
    JsonArray seen = new JsonArray();
    firstSeenMillis.forEach((s, at) -> {
      if (now - at < windowMillis) {
        seen.add(sightingJson(s).put("atMillis", at));
      }
    });
    JsonArray done = new JsonArray();
    outcomes.forEach((s, o) -> {
      if (now - o.atMillis() < windowMillis) {
        done.add(sightingJson(s).put("atMillis", o.atMillis()).put("value", values.apply(o.value())));
      }
    });
    return new JsonObject().put("sightings", seen).put("outcomes", done);
  }

  /** Puts back what {@link #save} wrote; {@code values} reads an outcome's value back. */
  public void load(JsonObject saved, Function<Object, Object> values) {
    for (JsonObject s : Saved.objects(saved, "sightings")) {
      firstSeenMillis.put(sighting(s), Saved.number(s, "atMillis"));
    }
    for (JsonObject o : Saved.objects(saved, "outcomes")) {
      outcomes.put(sighting(o), new Outcome(Saved.number(o, "atMillis"), values.apply(o.getValue("value"))));
    }
  }

  private static JsonObject sightingJson(Sighting s) {
    return new JsonObject().put("sender", s.sender()).put("target", s.target()).put("msgRandom", s.msgRandom());
  }

  private static Sighting sighting(JsonObject o) {
    return new Sighting(Saved.nullableString(o, "sender"), Saved.nullableString(o, "target"),
        Saved.number(o, "msgRandom"));
  }

  public void clear() {
    firstSeenMillis.clear();
    outcomes.clear();
    lastOutcomePruneMillis = Long.MIN_VALUE / 2;
  }
}
