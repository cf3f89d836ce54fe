package io.github.vertxtim.emulator.impl;

import io.github.vertxtim.emulator.EmulatorFaults;

import java.util.Objects;
import java.util.Random;

/**
 * Draws the fault of each request from the current {@link EmulatorFaults}. One uniform draw per request, always
 * (even when every ratio is 0), so a seeded run gives the same sequence whatever the settings; the draw picks, by
 * cumulative ratio, in the documented order: reset, 502, throttle, slow.
 */
final class FaultInjector {

  /** What happens to one request; {@link #kind} is the name {@code EmulatorStats.faults(kind)} counts. */
  enum Fault {
    NONE(null),
    RESET("reset"),
    BAD_GATEWAY("502"),
    THROTTLE("throttle"),
    SLOW("slow");

    final String kind;

    Fault(String kind) {
      this.kind = kind;
    }
  }

  /** java.util.Random is thread-safe (a CAS on its seed); handlers run on several event loops. */
  private final Random random;
  private volatile EmulatorFaults faults;

  FaultInjector(EmulatorFaults faults, long seed) {
    this.faults = Objects.requireNonNull(faults, "faults");
    this.random = new Random(seed);
  }

  EmulatorFaults faults() {
    return faults;
  }

  void setFaults(EmulatorFaults faults) {
    this.faults = Objects.requireNonNull(faults, "faults");
  }

  /** The fault for the next request under the given settings (read once by the caller, so they are consistent). */
  Fault draw(EmulatorFaults f) {
    double r = random.nextDouble();
    double edge = f.resetRatio();
    if (r < edge) {
      return Fault.RESET;
    }
    edge += f.fail502Ratio();
    if (r < edge) {
      return Fault.BAD_GATEWAY;
    }
    edge += f.throttleRatio();
    if (r < edge) {
      return Fault.THROTTLE;
    }
    edge += f.slowRatio();
    if (r < edge) {
      return Fault.SLOW;
    }
    return Fault.NONE;
  }
}
