package io.github.vertxtim.emulator.impl.group;

import io.github.vertxtim.emulator.impl.shared.EmulatorClock;

import java.util.concurrent.ConcurrentHashMap;

/**
 * A per-group quota of so many actions per clock second (messages: 40/s, 10023; attribute writes: 5/s, 10049).
 * A fixed window per calendar second, the literal reading of "N per second", like the endpoint rate limiter.
 * Bounded: windows of past seconds are dropped when the map grows large, and a dismissed group's entry is removed.
 */
final class GroupRate {

  /** Windows kept before stale ones are pruned. */
  private static final int PRUNE_AT = 10_000;

  private record Window(long second, long used) {
  }

  private final EmulatorClock clock;
  private final long perSecond;
  private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();

  GroupRate(EmulatorClock clock, long perSecond) {
    this.clock = clock;
    this.perSecond = perSecond;
  }

  /** Takes one action from the group's current second; false when its quota is used up. */
  boolean tryAcquire(String groupId) {
    long second = clock.seconds();
    if (windows.size() >= PRUNE_AT) {
      windows.values().removeIf(w -> w.second() < second);
    }
    boolean[] admitted = {false};
    windows.compute(groupId, (k, w) -> {
      if (w == null || w.second() != second) {
        admitted[0] = perSecond > 0;
        return new Window(second, admitted[0] ? 1 : 0);
      }
      if (w.used() < perSecond) {
        admitted[0] = true;
        return new Window(second, w.used() + 1);
      }
      return w;
    });
    return admitted[0];
  }

  void forget(String groupId) {
    windows.remove(groupId);
  }

  void clear() {
    windows.clear();
  }
}
