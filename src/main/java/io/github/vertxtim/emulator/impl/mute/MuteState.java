package io.github.vertxtim.emulator.impl.mute;

import io.github.vertxtim.emulator.impl.shared.Saved;
import io.github.vertxtim.emulator.impl.shared.StateSection;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.github.vertxtim.TimErrorCode;
import io.github.vertxtim.emulator.impl.shared.EmulatorClock;
import io.github.vertxtim.emulator.impl.shared.EmulatorError;
import io.github.vertxtim.emulator.impl.shared.MessageHooks;

import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Global mute: until when each account may send no one-to-one and no group messages. As a
 * {@link MessageHooks.Check} it refuses a muted sender's one-to-one message with 20012 and group message with 10017
 * (https://trtc.io/document/34923). A mute ends by itself when its time is over; 4294967295 never ends.
 */
public final class MuteState implements MessageHooks.Check, StateSection {

  /** The documented "forever" (0xFFFFFFFF seconds). */
  public static final long FOREVER = 4_294_967_295L;

  /** Absolute end times in seconds of the clock; {@link Long#MAX_VALUE} forever, 0 not muted. */
  private record Mute(long c2cUntil, long groupUntil) {
  }

  private final EmulatorClock clock;
  private final ConcurrentHashMap<String, Mute> mutes = new ConcurrentHashMap<>();

  public MuteState(EmulatorClock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** Sets the mute times in seconds from now (null: unchanged; 0 unmutes; {@link #FOREVER} forever). */
  public void set(String userId, Long c2cSeconds, Long groupSeconds) {
    long now = clock.seconds();
    mutes.compute(userId, (id, old) -> {
      long c2c = c2cSeconds == null ? (old == null ? 0 : old.c2cUntil()) : until(now, c2cSeconds);
      long group = groupSeconds == null ? (old == null ? 0 : old.groupUntil()) : until(now, groupSeconds);
      return c2c == 0 && group == 0 ? null : new Mute(c2c, group);
    });
  }

  /** Seconds of one-to-one mute left: 0 none, {@link #FOREVER} forever. */
  public long c2cRemaining(String userId) {
    Mute m = mutes.get(userId);
    return m == null ? 0 : remaining(m.c2cUntil());
  }

  /** Seconds of group mute left: 0 none, {@link #FOREVER} forever. */
  public long groupRemaining(String userId) {
    Mute m = mutes.get(userId);
    return m == null ? 0 : remaining(m.groupUntil());
  }

  @Override
  public void check(MessageHooks.Outgoing message) {
    if (message.fromAdmin() || message.from() == null) {
      return;
    }
    switch (message.kind()) {
      case C2C -> {
        if (c2cRemaining(message.from()) > 0) {
          throw new EmulatorError(TimErrorCode.MSG_SENDER_MUTED.code(), "sender muted: " + message.from());
        }
      }
      case GROUP -> {
        if (groupRemaining(message.from()) > 0) {
          throw new EmulatorError(TimErrorCode.GROUP_SENDER_MUTED.code(), "sender muted: " + message.from());
        }
      }
      default -> {
        // Global mute covers one-to-one and group messages only.
      }
    }
  }

  private static long until(long now, long seconds) {
    return seconds == 0 ? 0 : seconds >= FOREVER ? Long.MAX_VALUE : now + seconds;
  }

  private long remaining(long until) {
    if (until == Long.MAX_VALUE) {
      return FOREVER;
    }
    return Math.max(0, until - clock.seconds());
  }

  @Override
  public void clear() {
    mutes.clear();
  }

  @Override
  public String sectionName() {
    return "mutes";
  }

  /** The absolute end times, so a mute ends when it would have without the restart. */
  @Override
  public JsonObject save() {
    JsonObject out = new JsonObject();
    mutes.forEach((id, m) -> out.put(id, new JsonArray().add(m.c2cUntil()).add(m.groupUntil())));
    return new JsonObject().put("mutes", out);
  }

  @Override
  public void load(JsonObject saved) {
    JsonObject all = Saved.object(saved, "mutes");
    for (String id : all.fieldNames()) {
      JsonArray m = Saved.array(all, id);
      mutes.put(id, new Mute(m.getLong(0), m.getLong(1)));
    }
  }
}
